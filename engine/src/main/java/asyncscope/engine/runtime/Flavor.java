package asyncscope.engine.runtime;

/** The scheduler a runtime uses, as in {@code #[tokio::main(flavor = "...")]}. */
public enum Flavor {
    /** Work-stealing scheduler over N worker threads. */
    MULTI_THREAD,
    /** Everything on the thread that calls {@code blockOn}. */
    CURRENT_THREAD
}
