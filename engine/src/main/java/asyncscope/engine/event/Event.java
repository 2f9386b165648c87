package asyncscope.engine.event;

/**
 * One step the runtime took: a small immutable record. {@code seq} orders all events of a run (it is
 * unique and gap-free), {@code time} is nanoseconds since the runtime started on its clock (real or
 * virtual), {@code worker} is the worker that took the step ({@link #NO_WORKER} for the main thread,
 * the blocking pool, timers or I/O outside a worker), {@code task} the task it concerns ({@link #NO_TASK}
 * if none). What is particular to the kind lives in the typed {@link Payload}.
 */
public record Event(long seq, long time, int worker, long task, Payload payload) {
    public static final int NO_WORKER = -1;
    public static final long NO_TASK = -1;

    public EventKind kind() {
        return payload.kind();
    }

    @Override
    public String toString() {
        return "#" + seq + " t=" + time + " w" + worker + " task " + task + " " + payload;
    }
}
