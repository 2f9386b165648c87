package asyncscope.engine.task;

/**
 * The bits of a task's single atomic state word, and how to read them. Tokio packs the same facts into
 * one word so that "wake", "start running", "finish running" and "abort" are each one compare-and-set:
 *
 * <ul>
 *   <li>{@code RUNNING}: a worker is polling the future right now.</li>
 *   <li>{@code NOTIFIED}: the task is in a queue, or (if also RUNNING) must be queued again after this
 *       poll. A second wake of a notified task does nothing: a task is never queued twice.</li>
 *   <li>{@code COMPLETE}: the task finished (value, panic or cancelled). Wakes are ignored.</li>
 *   <li>{@code CANCELLED}: abort was requested; the next time a worker picks the task up it drops the
 *       future instead of polling it.</li>
 * </ul>
 */
public final class TaskState {
    public static final int RUNNING = 1;
    public static final int NOTIFIED = 1 << 1;
    public static final int COMPLETE = 1 << 2;
    public static final int CANCELLED = 1 << 3;

    private TaskState() {}

    public static boolean isRunning(int s) {
        return (s & RUNNING) != 0;
    }

    public static boolean isNotified(int s) {
        return (s & NOTIFIED) != 0;
    }

    public static boolean isComplete(int s) {
        return (s & COMPLETE) != 0;
    }

    public static boolean isCancelled(int s) {
        return (s & CANCELLED) != 0;
    }

    public static String describe(int s) {
        StringBuilder b = new StringBuilder();
        if (isRunning(s)) b.append("RUNNING|");
        if (isNotified(s)) b.append("NOTIFIED|");
        if (isComplete(s)) b.append("COMPLETE|");
        if (isCancelled(s)) b.append("CANCELLED|");
        return b.length() == 0 ? "IDLE" : b.substring(0, b.length() - 1);
    }
}
