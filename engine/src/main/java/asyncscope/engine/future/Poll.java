package asyncscope.engine.future;

/**
 * The answer of {@link Future#poll}: {@link Ready} with the value, or {@link Pending} meaning "not yet; I
 * have arranged for the context's waker to be called when it is worth polling me again".
 */
public sealed interface Poll<T> permits Poll.Ready, Poll.Pending {

    /** The future finished with {@code value}. */
    record Ready<T>(T value) implements Poll<T> {}

    /** The future cannot make progress now. A single shared instance. */
    final class Pending<T> implements Poll<T> {
        private static final Pending<?> INSTANCE = new Pending<>();

        private Pending() {}

        @Override
        public String toString() {
            return "Pending";
        }
    }

    @SuppressWarnings("unchecked")
    static <T> Poll<T> ready(T value) {
        return value == null ? (Poll<T>) Holder.READY_NULL : new Ready<>(value);
    }

    /** Shared instances, so the common {@code ready(null)} allocates nothing. */
    final class Holder {
        static final Ready<?> READY_NULL = new Ready<>(null);

        private Holder() {}
    }

    @SuppressWarnings("unchecked")
    static <T> Poll<T> pending() {
        return (Poll<T>) Pending.INSTANCE;
    }

    default boolean isReady() {
        return this instanceof Ready;
    }

    default boolean isPending() {
        return this instanceof Pending;
    }

    /** The value of a ready poll. */
    default T value() {
        if (this instanceof Ready<T> r) {
            return r.value();
        }
        throw new IllegalStateException("value() of a pending poll");
    }
}
