package asyncscope.engine.task;

/**
 * Why a task produced no value: it panicked (an exception escaped its future) or it was cancelled
 * (aborted, or dropped by runtime shutdown). Awaiting a {@link JoinHandle} throws this; the runtime
 * itself goes on.
 */
public final class JoinError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { PANIC, CANCELLED }

    private final Kind kind;
    private final long taskId;

    private JoinError(Kind kind, long taskId, String message, Throwable cause) {
        // no stack trace: a shutdown drops every unfinished task with one of these, and there may be millions
        super(message, cause, false, false);
        this.kind = kind;
        this.taskId = taskId;
    }

    public static JoinError panic(long taskId, Throwable cause) {
        String msg = cause instanceof OutOfMemoryError ? "out of memory" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")
                : cause instanceof StackOverflowError ? "stack overflow"
                : cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new JoinError(Kind.PANIC, taskId, "task " + taskId + " panicked with message \"" + msg + "\"", cause);
    }

    public static JoinError cancelled(long taskId) {
        return new JoinError(Kind.CANCELLED, taskId, "task " + taskId + " was cancelled", null);
    }

    public Kind kind() {
        return kind;
    }

    public long taskId() {
        return taskId;
    }

    public boolean isPanic() {
        return kind == Kind.PANIC;
    }

    public boolean isCancelled() {
        return kind == Kind.CANCELLED;
    }

    /** The panic's message as the program gave it (for a cancelled task, the cancellation text). */
    public String panicMessage() {
        Throwable c = getCause();
        if (c == null) {
            return getMessage();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
