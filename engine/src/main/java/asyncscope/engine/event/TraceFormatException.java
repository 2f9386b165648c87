package asyncscope.engine.event;

/** A trace file could not be read: truncated, corrupt, or of an unknown format. The message says where. */
public final class TraceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TraceFormatException(String message) {
        super(message);
    }

    public TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
