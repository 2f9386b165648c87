package asyncscope.lessons.rustlite.interp;

/** Public entry to the per-poll watchdog ({@link Exec}) for the prelude's task wrappers. */
public final class Watch {
    private Watch() {}

    public static Exec begin(long taskId, Exec.Limits limits) {
        return Exec.begin(taskId, limits);
    }

    /** Counts a blocking job's steps as CPU time, without the not-yielding watchdog. */
    public static Exec beginBlocking(long taskId, Exec.Limits limits) {
        return Exec.beginBlocking(taskId, limits);
    }

    public static void end(Exec prev) {
        Exec.end(prev);
    }
}
