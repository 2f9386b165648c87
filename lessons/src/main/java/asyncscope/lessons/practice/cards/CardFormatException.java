package asyncscope.lessons.practice.cards;

/** A flashcard file that cannot be read: which file, which line, what was expected. */
public final class CardFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CardFormatException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
