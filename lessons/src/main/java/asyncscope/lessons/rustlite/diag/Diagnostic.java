package asyncscope.lessons.rustlite.diag;

/**
 * One compile-time problem: where it is (1-based line and column) and what was expected.
 *
 * <p>Rendering is safe for any source: a control character from the file (an escape sequence, a bell, a
 * carriage return) is shown as its Unicode "control picture" ({@code ␛}, {@code ␇}), as rustc does, so a
 * lesson file written by someone else cannot drive the learner's terminal; and a very long line is shown
 * as a window around the column, so twenty diagnostics on a minified line stay readable.
 */
public record Diagnostic(String file, int line, int column, String message) {
    /** Lines longer than this are shown as a window of {@link #WINDOW} characters around the column. */
    static final int LONG_LINE = 160;
    static final int WINDOW = 100;

    /** {@code file:line:column: message}, then the source line and a caret under the column. */
    public String render(Source src) {
        StringBuilder b = new StringBuilder();
        b.append(visible(file)).append(':').append(line).append(':').append(column).append(": ").append(visible(message));
        String text = src.line(line);
        if (text != null) {
            int caret = Math.max(1, column);
            String shown = text;
            if (text.length() > LONG_LINE) {
                int from = Math.max(0, Math.min(caret - 1 - WINDOW / 2, text.length() - WINDOW));
                int to = Math.min(text.length(), from + WINDOW);
                String head = from > 0 ? "..." : "";
                shown = head + text.substring(from, to) + (to < text.length() ? "..." : "");
                caret = caret - from + head.length();
            }
            b.append('\n').append(visible(shown)).append('\n');
            for (int i = 1; i < caret; i++) {
                b.append(i - 1 < shown.length() && shown.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            b.append('^');
        }
        return b.toString();
    }

    /**
     * {@code s} with every control character but the tab replaced by one visible character: C0 controls and
     * DEL by their control pictures (U+2400..U+2421), C1 controls by U+FFFD. One character for one, so carets
     * stay under their columns.
     */
    public static String visible(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c == '\t' ? c : c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : c >= 0x80 && c < 0xA0 ? '\uFFFD' : c;
            if (r != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }
}
