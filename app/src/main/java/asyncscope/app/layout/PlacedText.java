package asyncscope.app.layout;

/**
 * One text as laid out: what it says (possibly shortened), its rectangle, its font, its tone, and the
 * container it must stay inside. {@code kind} names what it is ("caption", "title", "token", "more", …)
 * so tests and painters can tell them apart. A token is recorded too, with its disc as the rectangle.
 */
public record PlacedText(String kind, String text, Rect rect, double size, boolean bold, Tone tone, Rect container,
                         boolean backdrop) {
    /** How the painter colours a text. */
    public enum Tone { INK, MUTED, GOOD, ACCENT, ON_TOKEN }
}
