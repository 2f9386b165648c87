package asyncscope.engine.event;

/**
 * Where in a program's source something comes from (1-based line and column, end inclusive). The engine
 * knows no language; front ends such as Rust-lite attach spans so the app can light the running line.
 */
public record SourceSpan(int line, int column, int endLine, int endColumn) {
    public static final SourceSpan NONE = new SourceSpan(0, 0, 0, 0);

    public static SourceSpan at(int line, int column) {
        return new SourceSpan(line, column, line, column);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "?";
    }
}
