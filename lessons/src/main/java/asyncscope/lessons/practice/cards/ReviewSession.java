package asyncscope.lessons.practice.cards;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sitting of flashcard review: the day's due cards in order; the front is shown, then the back on a
 * flip; the learner says whether they knew it. A forgotten card comes back at the end of the sitting (up to
 * twice more), as Leitner's box 1 is reviewed until known. Every answer goes to the {@link Leitner} boxes.
 */
public final class ReviewSession {
    private static final int REPEATS = 2;

    private final Leitner boxes;
    private final Clock clock;
    private final Deque<Flashcard> queue = new ArrayDeque<>();
    private final Map<String, Integer> repeats = new HashMap<>();
    private boolean flipped;
    private int reviewed;
    private int known;

    public ReviewSession(Leitner boxes, List<Flashcard> cards, Clock clock) {
        this.boxes = boxes;
        this.clock = clock;
        this.queue.addAll(cards);
    }

    /** The card on the table, if any are left. */
    public Optional<Flashcard> current() {
        return Optional.ofNullable(queue.peekFirst());
    }

    /** Whether the current card's back is showing. */
    public boolean flipped() {
        return flipped;
    }

    /** Turns the current card over (either way). */
    public void flip() {
        if (!queue.isEmpty()) {
            flipped = !flipped;
        }
    }

    /** Records the learner's answer for the current card (its back must be showing) and moves on. */
    public CardState answer(boolean knew) {
        return answer(knew ? Grade.KNEW : Grade.FORGOT);
    }

    /**
     * Records a graded answer for the current card (its back must be showing) and moves on: a forgotten
     * card comes back at the end of the sitting (up to twice more); a hard one counts as known here.
     */
    public CardState answer(Grade grade) {
        boolean knew = grade != Grade.FORGOT;
        Flashcard c = queue.pollFirst();
        if (c == null) {
            throw new IllegalStateException("no card left");
        }
        if (!flipped) {
            queue.addFirst(c);
            throw new IllegalStateException("turn the card over before answering");
        }
        flipped = false;
        reviewed++;
        if (knew) {
            known++;
        } else if (repeats.merge(c.id(), 1, Integer::sum) <= REPEATS) {
            queue.addLast(c);
        }
        return boxes.answer(c.id(), grade, clock.instant());
    }

    public int remaining() {
        return queue.size();
    }

    public int reviewed() {
        return reviewed;
    }

    public int known() {
        return known;
    }

    public boolean done() {
        return queue.isEmpty();
    }
}
