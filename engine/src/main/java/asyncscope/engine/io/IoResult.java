package asyncscope.engine.io;

import java.util.function.Function;

/**
 * The outcome of a socket operation: {@link Ok} with a value or {@link Err} with an {@link IoError}
 * (Rust's {@code io::Result}). Sealed, so a program can match on it exhaustively.
 */
public sealed interface IoResult<T> permits IoResult.Ok, IoResult.Err {

    record Ok<T>(T value) implements IoResult<T> {}

    record Err<T>(IoError error) implements IoResult<T> {}

    static <T> IoResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> IoResult<T> err(IoError error) {
        return new Err<>(error);
    }

    static <T> IoResult<T> err(IoError.Kind kind, String message) {
        return new Err<>(new IoError(kind, message));
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; throws {@link IllegalStateException} naming the error if this is an {@link Err}. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("called value() on an error: " + error());
    }

    /** The error, or null if this is {@link Ok}. */
    default IoError error() {
        return this instanceof Err<T> e ? e.error() : null;
    }

    /** The same error with another value type. */
    @SuppressWarnings("unchecked")
    default <U> IoResult<U> castErr() {
        if (this instanceof Err) {
            return (IoResult<U>) this;
        }
        throw new IllegalStateException("castErr() on an Ok");
    }

    default <U> IoResult<U> map(Function<? super T, ? extends U> f) {
        return this instanceof Ok<T> ok ? new Ok<>(f.apply(ok.value())) : castErr();
    }
}
