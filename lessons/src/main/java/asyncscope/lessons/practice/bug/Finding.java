package asyncscope.lessons.practice.bug;

/**
 * One thing wrong with a run: its kind, the source line it points at (0 if none), a sentence in the app's
 * words, the event that shows it ({@code seq}, -1 if none) and the scheduler seed of the run it was found in.
 */
public record Finding(FindingKind kind, int line, String message, long seq, long schedule) {
    public String heading() {
        return kind.title() + (line > 0 ? " · line " + line : "");
    }
}
