package asyncscope.engine.future;

/**
 * What an executor hands a future when it polls it: the {@link Waker} of the task doing the polling.
 * A future that returns {@link Poll.Pending} must have stored this waker (or a clone of it) somewhere
 * that will call it when progress is possible; otherwise the task sleeps forever.
 *
 * <p>An abstract class rather than a holder of a waker field so that the executor's task object, which
 * is its own waker, can also be its own context: one object fewer (and four bytes fewer) per spawned task.
 */
public abstract class Context {
    protected Context() {}

    /** The waker to call when the polled future can make progress. */
    public abstract Waker waker();

    /** A context carrying {@code waker}. */
    public static Context of(Waker waker) {
        return new Fixed(waker);
    }

    /** A context with a waker that does nothing, for polling by hand in tests. */
    public static Context noop() {
        return new Fixed(Waker.NOOP);
    }

    private static final class Fixed extends Context {
        private final Waker waker;

        Fixed(Waker waker) {
            if (waker == null) {
                throw new NullPointerException("a context needs a waker");
            }
            this.waker = waker;
        }

        @Override
        public Waker waker() {
            return waker;
        }
    }
}
