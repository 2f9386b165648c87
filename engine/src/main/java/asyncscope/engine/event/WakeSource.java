package asyncscope.engine.event;

/**
 * What caused a wake: the kind of thing (a timer, a socket, a channel, a semaphore, another task …) and,
 * where it has one, the id of that resource. The task that was running when the wake happened is
 * recorded separately, as the wake's {@code by}.
 */
public record WakeSource(Kind kind, long resource) {
    public enum Kind { TASK, YIELD, JOIN, TIMER, IO, CHANNEL, SEMAPHORE, NOTIFY, MUTEX, BLOCKING, ABORT, BUDGET, OTHER }

    public static final WakeSource OTHER = new WakeSource(Kind.OTHER, -1);
    public static final WakeSource YIELD = new WakeSource(Kind.YIELD, -1);
    public static final WakeSource BUDGET = new WakeSource(Kind.BUDGET, -1);
    public static final WakeSource ABORT = new WakeSource(Kind.ABORT, -1);

    public static WakeSource of(Kind kind, long resource) {
        return new WakeSource(kind, resource);
    }

    @Override
    public String toString() {
        return resource < 0 ? kind.name().toLowerCase() : kind.name().toLowerCase() + "#" + resource;
    }
}
