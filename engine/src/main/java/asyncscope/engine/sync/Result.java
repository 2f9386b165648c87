package asyncscope.engine.sync;

import java.util.Optional;

/**
 * Rust's {@code Result<T, E>} for the sync primitives: {@link Ok} with a value or {@link Err} with an error
 * value. Channel and semaphore operations fail in ordinary, expected ways (the receiver is gone, the
 * buffer is full), so they answer with a Result rather than throwing; {@link #unwrap()} throws when a
 * caller decides failure is a bug, as Rust's {@code unwrap} panics.
 */
public sealed interface Result<T, E> permits Result.Ok, Result.Err {

    /** Success, with {@code value} ({@code null} stands for Rust's unit {@code ()}). */
    record Ok<T, E>(T value) implements Result<T, E> {}

    /** Failure, with {@code error}. */
    record Err<T, E>(E error) implements Result<T, E> {}

    @SuppressWarnings("unchecked")
    static <T, E> Result<T, E> ok(T value) {
        return value == null ? (Result<T, E>) OkNull.INSTANCE : new Ok<>(value);
    }

    /** The shared {@code Ok(())}: the common successful send allocates nothing. */
    final class OkNull {
        static final Ok<?, ?> INSTANCE = new Ok<>(null);

        private OkNull() {}
    }

    static <T, E> Result<T, E> err(E error) {
        return new Err<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default boolean isErr() {
        return this instanceof Err;
    }

    /** The value of an Ok; throws {@link IllegalStateException} naming the error for an Err. */
    default T unwrap() {
        if (this instanceof Ok<T, E> ok) {
            return ok.value();
        }
        throw new IllegalStateException("called unwrap() on an Err value: " + ((Err<T, E>) this).error());
    }

    /** The error of an Err; throws for an Ok. */
    default E unwrapErr() {
        if (this instanceof Err<T, E> err) {
            return err.error();
        }
        throw new IllegalStateException("called unwrapErr() on an Ok value: " + ((Ok<T, E>) this).value());
    }

    /** The value, if this is an Ok and the value is not null. */
    default Optional<T> okValue() {
        return this instanceof Ok<T, E> ok ? Optional.ofNullable(ok.value()) : Optional.empty();
    }

    /** The error, if this is an Err. */
    default Optional<E> errValue() {
        return this instanceof Err<T, E> err ? Optional.ofNullable(err.error()) : Optional.empty();
    }
}
