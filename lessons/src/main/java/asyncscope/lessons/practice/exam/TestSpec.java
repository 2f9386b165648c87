package asyncscope.lessons.practice.exam;

import java.time.Duration;

/**
 * How a timed test is made: how many questions, how long, from which seed, and how many of them are bugs
 * to fix and flashcards (the rest are drills). {@link #standard} gives the usual mix: about half drills, a
 * third cards, a fifth bugs.
 */
public record TestSpec(int questions, Duration time, long seed, int bugs, int cards) {
    public TestSpec {
        if (questions < 1 || questions > 100) {
            throw new IllegalArgumentException("a test has 1 to 100 questions, not " + questions);
        }
        if (bugs < 0 || cards < 0 || bugs + cards > questions) {
            throw new IllegalArgumentException("bugs + cards must fit in " + questions + " questions");
        }
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("a test needs some time");
        }
    }

    /** {@code n} questions in {@code minutes}: a fifth bugs (at least one from 3 questions), a third cards. */
    public static TestSpec standard(int n, int minutes, long seed) {
        int bugs = n >= 3 ? Math.max(1, Math.round(n * 0.2f)) : 0;
        int cards = Math.min(n - bugs, Math.round(n * 0.3f));
        return new TestSpec(n, Duration.ofMinutes(minutes), seed, bugs, cards);
    }
}
