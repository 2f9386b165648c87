package asyncscope.lessons.practice.bug;

/** A challenge file that cannot be read: which file, which line, what was expected. */
public final class BugFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BugFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
