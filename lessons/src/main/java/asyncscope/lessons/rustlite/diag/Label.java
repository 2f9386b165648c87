package asyncscope.lessons.rustlite.diag;

/**
 * A marked span under a source line: the primary one is drawn with {@code ^^^}, secondary ones with {@code ---},
 * each followed by its text (which may be empty).
 */
public record Label(Span span, String text, boolean primary) {
    public static Label primary(Span s, String text) {
        return new Label(s, text, true);
    }

    public static Label secondary(Span s, String text) {
        return new Label(s, text, false);
    }
}
