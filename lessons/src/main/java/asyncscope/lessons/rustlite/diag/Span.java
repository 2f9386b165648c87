package asyncscope.lessons.rustlite.diag;

/**
 * A stretch of source: 1-based start line and column, and the end (line, and the column just after the last
 * character). A point (a parser's "expected X here") is one character wide.
 */
public record Span(int line, int column, int endLine, int endColumn) {
    public Span {
        if (endLine < line || endLine == line && endColumn <= column) {
            endLine = line;
            endColumn = column + 1;
        }
    }

    public static Span point(int line, int column) {
        return new Span(line, column, line, column + 1);
    }

    public boolean multiLine() {
        return endLine > line;
    }
}
