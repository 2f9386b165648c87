package asyncscope.app.model;

/**
 * What a waiting task waits on, read from the stage state (never the engine): the earliest timer it armed,
 * a channel or semaphore it is parked on, a socket it registered that is not ready, or — when the events do
 * not say — a child task it spawned that is still running, else simply "a wake".
 */
public final class WaitsOn {
    private WaitsOn() {}

    /** What a waiting task waits on: the kind of thing, its id (timer, resource, socket's resource or task), in words. */
    public record Target(Kind kind, long id, String words) {
        public enum Kind { TIMER, RESOURCE, SOCKET, TASK, WAKE }
    }

    /** Short words for the tag beside a waiting task's token: "timer 300 ms", "mpsc 1", "socket 127.0.0.1:80". */
    public static String of(TraceModel m, StageState s, long task) {
        return target(m, s, task).words();
    }

    /** What {@code task} waits on, so the stage can draw it beside that thing. */
    public static Target target(TraceModel m, StageState s, long task) {
        TimerEntry first = null;
        for (TimerEntry t : s.timers().values()) {
            if (t.task() == task && (first == null || t.deadline() < first.deadline())) {
                first = t;
            }
        }
        if (first != null) {
            return new Target(Target.Kind.TIMER, first.timer(), "timer " + RunClockText.deadline(first.deadline()));
        }
        for (ResourceEntry r : s.resources().values()) {
            boolean parkedHere = r.lastTask() == task
                    && (r.op().endsWith("_parked") || r.op().equals("waiting") || r.op().equals("arrive"));
            if (r.waiting().contains(task) || parkedHere) {
                return new Target(Target.Kind.RESOURCE, r.id(), m.resourceName(r.id()));
            }
        }
        for (SocketEntry so : s.sockets().values()) {
            if (so.task() == task && so.readiness() == 0) {
                return new Target(Target.Kind.SOCKET, so.resource(), "socket " + so.label());
            }
        }
        for (TaskInfo t : m.tasks().all()) {
            if (t.parent() == task && !s.status(t.index()).isFinished() && s.status(t.index()) != TaskStatus.NEW) {
                return new Target(Target.Kind.TASK, t.id(), "task " + t.id());
            }
        }
        return new Target(Target.Kind.WAKE, -1, "a wake");
    }
}
