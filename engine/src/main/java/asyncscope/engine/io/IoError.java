package asyncscope.engine.io;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;

/**
 * A failed socket operation, as a value: what went wrong ({@link Kind}) and the system's message.
 * Programs match on the kind (Rust's {@code io::ErrorKind}); nothing is thrown across a worker.
 */
public record IoError(Kind kind, String message) {
    /** The failures a lesson can tell apart. */
    public enum Kind {
        /** Nobody listens on that address ({@code ECONNREFUSED}). */
        REFUSED,
        /** The peer aborted the connection ({@code ECONNRESET}, a broken pipe). */
        RESET,
        /** The socket was closed on this side and cannot be used any more. */
        CLOSED,
        /** The address to bind is taken. */
        ADDR_IN_USE,
        /** The input was not valid (a bad URL, a malformed response …). */
        INVALID_INPUT,
        /** Anything else. */
        OTHER
    }

    public static IoError of(Kind kind, String message) {
        return new IoError(kind, message);
    }

    /** Classifies a Java I/O exception. */
    public static IoError from(IOException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ConnectException) {
            return new IoError(Kind.REFUSED, msg);
        }
        if (e instanceof BindException) {
            return new IoError(Kind.ADDR_IN_USE, msg);
        }
        if (e instanceof ClosedChannelException) {
            return new IoError(Kind.CLOSED, "the socket is closed");
        }
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("reset") || lower.contains("broken pipe") || lower.contains("aborted")) {
            return new IoError(Kind.RESET, msg);
        }
        if (lower.contains("refused")) {
            return new IoError(Kind.REFUSED, msg);
        }
        return new IoError(Kind.OTHER, msg);
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
