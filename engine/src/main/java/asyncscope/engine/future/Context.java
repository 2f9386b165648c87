package asyncscope.engine.future;

/**
 * What an executor hands a future when it polls it: the {@link Waker} of the task doing the polling.
 * A future that returns {@link Poll.Pending} must have stored this waker (or a clone of it) somewhere
 * that will call it when progress is possible; otherwise the task sleeps forever.
 */
public class Context {
    private final Waker waker;

    public Context(Waker waker) {
        this.waker = waker;
    }

    /**
     * For an executor's task object that is its own waker: the task serves as its own context, which
     * saves an allocation per task. The subclass must implement {@link Waker}.
     */
    protected Context() {
        this.waker = (Waker) this;
    }

    public Waker waker() {
        return waker;
    }

    /** A context with a waker that does nothing, for polling by hand in tests. */
    public static Context noop() {
        return new Context(Waker.NOOP);
    }
}
