package asyncscope.engine.task;

/**
 * Where a woken task goes: the multi-thread or current-thread scheduler for ordinary tasks, the blocking
 * pool for {@code spawnBlocking} tasks, the block-on thread for the root future. {@code isYield} is true
 * when the task asked to go to the back of the line (it yielded, or was woken while it was running).
 */
@FunctionalInterface
public interface TaskScheduler {
    void schedule(Task<?> task, boolean isYield);

    /** The same, for callers that already hold the thread's context (spawn does). */
    default void schedule(Task<?> task, boolean isYield, asyncscope.engine.runtime.Current current) {
        schedule(task, isYield);
    }
}
