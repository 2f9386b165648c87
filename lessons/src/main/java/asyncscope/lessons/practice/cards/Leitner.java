package asyncscope.lessons.practice.cards;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spaced repetition with Leitner boxes. A new card starts in box 1. Knowing a card moves it up one box and
 * puts it away for that box's interval (box 1: same day, 2: 1 day, 3: 3 days, 4: 7 days, 5: 14 days);
 * forgetting it sends it back to box 1, due at once. A day's review is every card due by now, lowest box
 * first, then up to a number of new cards in course order.
 */
public final class Leitner {
    public static final int BOXES = 5;
    private static final int[] DAYS = {0, 0, 1, 3, 7, 14};

    private final Map<String, CardState> states;

    public Leitner() {
        this(new LinkedHashMap<>());
    }

    public Leitner(Map<String, CardState> states) {
        this.states = new LinkedHashMap<>(states);
    }

    /** The days a card waits after being known into {@code box}. */
    public static int intervalDays(int box) {
        return DAYS[Math.max(1, Math.min(BOXES, box))];
    }

    public Optional<CardState> state(String cardId) {
        return Optional.ofNullable(states.get(cardId));
    }

    public Map<String, CardState> states() {
        return Map.copyOf(states);
    }

    /** The cards to review {@code now}: those due, lowest box and oldest due first, then up to {@code newCards} unseen ones. */
    public List<Flashcard> due(CardDeck deck, Instant now, int newCards) {
        List<Flashcard> due = new ArrayList<>();
        List<Flashcard> fresh = new ArrayList<>();
        for (Flashcard c : deck.cards()) {
            CardState s = states.get(c.id());
            if (s == null) {
                if (fresh.size() < newCards) {
                    fresh.add(c);
                }
            } else if (s.dueMillis() <= now.toEpochMilli()) {
                due.add(c);
            }
        }
        due.sort(Comparator.comparingInt((Flashcard c) -> states.get(c.id()).box())
                .thenComparingLong(c -> states.get(c.id()).dueMillis()));
        due.addAll(fresh);
        return due;
    }

    /** Records an answer: known moves the card up a box, forgotten sends it back to box 1. */
    public CardState answer(String cardId, boolean knew, Instant now) {
        return answer(cardId, knew ? Grade.KNEW : Grade.FORGOT, now);
    }

    /**
     * Records an answer of three grades: {@link Grade#KNEW} moves the card up a box, {@link Grade#FORGOT}
     * sends it back to box 1 due at once, {@link Grade#HARD} keeps it in its box (a new card: box 1) and
     * puts it away for that box's interval.
     */
    public CardState answer(String cardId, Grade grade, Instant now) {
        if (grade == Grade.HARD) {
            CardState s = states.get(cardId);
            int box = s == null ? 1 : s.box();
            CardState next = new CardState(box, now.plus(Duration.ofDays(intervalDays(box))).toEpochMilli(),
                    s == null ? 1 : s.reviews() + 1, s == null ? 0 : s.lapses(), now.toEpochMilli());
            states.put(cardId, next);
            return next;
        }
        boolean knew = grade == Grade.KNEW;
        CardState s = states.get(cardId);
        int box = s == null ? 0 : s.box();
        int reviews = s == null ? 1 : s.reviews() + 1;
        int lapses = s == null ? 0 : s.lapses();
        CardState next;
        if (knew) {
            int b = Math.min(BOXES, box + 1);
            next = new CardState(b, now.plus(Duration.ofDays(intervalDays(b))).toEpochMilli(), reviews, lapses, now.toEpochMilli());
        } else {
            next = new CardState(1, now.toEpochMilli(), reviews, s == null ? 0 : lapses + 1, now.toEpochMilli());
        }
        states.put(cardId, next);
        return next;
    }

    /** How many cards of the deck sit in each box (index 0: never seen). */
    public int[] boxCounts(CardDeck deck) {
        int[] n = new int[BOXES + 1];
        for (Flashcard c : deck.cards()) {
            CardState s = states.get(c.id());
            n[s == null ? 0 : s.box()]++;
        }
        return n;
    }
}
