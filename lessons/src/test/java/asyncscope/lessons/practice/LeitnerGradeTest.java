package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.cards.CardDeck;
import asyncscope.lessons.practice.cards.CardState;
import asyncscope.lessons.practice.cards.Grade;
import asyncscope.lessons.practice.cards.Leitner;
import asyncscope.lessons.practice.cards.ReviewSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three grades of a review: forgot (box 1, again this sitting), hard (stays in its box), knew (up a box). */
class LeitnerGradeTest {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void hardKeepsTheBoxAndWaitsItsInterval() {
        Leitner l = new Leitner();
        l.answer("a", Grade.KNEW, T0);
        l.answer("a", Grade.KNEW, T0); // box 2
        CardState s = l.answer("a", Grade.HARD, T0);
        assertEquals(2, s.box());
        assertEquals(T0.plus(Duration.ofDays(Leitner.intervalDays(2))).toEpochMilli(), s.dueMillis());
        assertEquals(3, s.reviews());
        assertEquals(0, s.lapses());
        CardState fresh = l.answer("b", Grade.HARD, T0);
        assertEquals(1, fresh.box(), "a new card marked hard starts in box 1");
        CardState forgot = l.answer("a", Grade.FORGOT, T0);
        assertEquals(1, forgot.box());
        assertEquals(1, forgot.lapses());
    }

    @Test
    void aHardCardIsNotAskedAgainInTheSittingAForgottenOneIs() {
        CardDeck deck = CardDeck.load();
        Leitner l = new Leitner();
        var cards = List.of(deck.cards().get(0), deck.cards().get(1));
        ReviewSession r = new ReviewSession(l, cards, Clock.fixed(T0, ZoneOffset.UTC));
        r.flip();
        r.answer(Grade.HARD);
        r.flip();
        r.answer(Grade.FORGOT);
        assertEquals(1, r.remaining(), "the forgotten card comes back");
        assertEquals(cards.get(1), r.current().orElseThrow());
        assertEquals(2, r.reviewed());
        assertEquals(1, r.known());
        r.flip();
        r.answer(Grade.KNEW);
        assertTrue(r.done());
        assertFalse(l.state(cards.get(0).id()).isEmpty());
        assertEquals(2, l.state(cards.get(1).id()).orElseThrow().box(), "box 1 after forgetting, then up one");
    }
}
