package asyncscope.lessons.rustlite.value;

/**
 * A Rust panic: unwinds the current task with Rust's message text. The runtime turns it into a JoinError
 * for spawned tasks; in {@code main} the program exits with 101. {@code line}/{@code column} say where.
 */
public final class RPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final int line;
    public final int column;
    /** The payload is a {@code &'static str} (a literal message) rather than a formatted {@code String}. */
    public boolean literal;

    public RPanic(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public RPanic(String message) {
        this(message, 0, 0);
    }

    public RPanic at(int l, int c) {
        if (line > 0) {
            return this;
        }
        RPanic p = new RPanic(getMessage(), l, c);
        p.literal = literal;
        return p;
    }
}
