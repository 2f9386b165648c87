package asyncscope.lessons.practice.drill;

/**
 * A template could not make a usable drill from a seed (the program did not compile or run as planned, or
 * the misconceptions left fewer than two distinct wrong choices). The factory logs it and draws again; it is
 * never shown to a learner.
 */
public final class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GenerationException(String message) {
        super(message);
    }
}
