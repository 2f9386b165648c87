package asyncscope.lessons.rustlite.diag;

/** One compile-time problem: where it is (1-based line and column) and what was expected. */
public record Diagnostic(String file, int line, int column, String message) {
    /** {@code file:line:column: message}, then the source line and a caret under the column. */
    public String render(Source src) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(':').append(line).append(':').append(column).append(": ").append(message);
        String text = src.line(line);
        if (text != null) {
            b.append('\n').append(text).append('\n');
            for (int i = 1; i < column; i++) {
                b.append(i - 1 < text.length() && text.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            b.append('^');
        }
        return b.toString();
    }
}
