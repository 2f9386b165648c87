package asyncscope.lessons.rustlite.diag;

import java.util.List;

/**
 * One problem found before the program runs: its severity, rustc's error code when it has one ({@code E0308}),
 * the first line ({@code mismatched types}), the labelled spans (one primary: where it is) and the notes and
 * helps rustc adds. {@link #line()} and {@link #column()} are the primary span's start, as rustc's
 * {@code --> file:line:column} reports it.
 */
public record Diagnostic(String file, Severity severity, String code, String message, List<Label> labels, List<Note> notes) {
    public Diagnostic {
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }

    /** A parse or compile error at one point, without code or labels. */
    public Diagnostic(String file, int line, int column, String message) {
        this(file, Severity.ERROR, null, message, List.of(Label.primary(Span.point(line, column), "")), List.of());
    }

    public Span span() {
        for (Label l : labels) {
            if (l.primary()) {
                return l.span();
            }
        }
        return labels.isEmpty() ? Span.point(1, 1) : labels.get(0).span();
    }

    public int line() {
        return span().line();
    }

    public int column() {
        return span().column();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code error[E0308]: mismatched types} */
    public String headline() {
        return severity.word() + (code == null ? "" : "[" + code + "]") + ": " + message;
    }

    /** The whole diagnostic as rustc prints it: headline, {@code -->} location, source lines with marks, notes. */
    public String render(Source src) {
        return RustcRender.render(this, src);
    }

    /**
     * {@code s} with every control character but the tab replaced by one visible character: C0 controls and
     * DEL by their control pictures (U+2400..U+2421), C1 controls by U+FFFD. One character for one, so carets
     * stay under their columns. What a diagnostic prints comes from a file someone else wrote: it must not be
     * able to drive the learner's terminal.
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
