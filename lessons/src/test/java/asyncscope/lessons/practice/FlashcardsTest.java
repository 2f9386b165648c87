package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.cards.CardDeck;
import asyncscope.lessons.practice.cards.CardFormatException;
import asyncscope.lessons.practice.cards.CardState;
import asyncscope.lessons.practice.cards.Flashcard;
import asyncscope.lessons.practice.cards.Leitner;
import asyncscope.lessons.practice.cards.ReviewSession;
import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.PracticeRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deck covers the whole course; every card's example runs on the engine and prints what real Tokio
 * printed for it ({@code practice/card-examples/ID.out}, from the oracle); Leitner boxes move as they should.
 */
class FlashcardsTest {
    static final CardDeck DECK = CardDeck.load();
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    static Stream<Flashcard> withExamples() {
        return DECK.cards().stream().filter(c -> c.example() != null);
    }

    @Test
    void atLeastEightyCardsOverEveryConcept() {
        assertTrue(DECK.cards().size() >= 80, "cards: " + DECK.cards().size());
        for (Concept c : Concept.values()) {
            assertTrue(DECK.of(c).size() >= 4, c + " has " + DECK.of(c).size() + " cards");
        }
        assertTrue(withExamples().count() >= 15, "cards with a runnable example");
        for (Flashcard c : DECK.cards()) {
            assertFalse(c.front().isBlank() || c.back().isBlank(), c.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withExamples")
    void examplesPrintWhatTokioPrinted(Flashcard c) throws IOException {
        Path out = Path.of("src/test/resources/practice/card-examples", c.id() + ".out");
        assertTrue(Files.exists(out), "no oracle output for the example of " + c.id());
        PracticeRun run = PracticeRunner.simulate(c.id() + ".rs", c.example(), 0);
        assertTrue(run.compiled(), c.id() + ": " + run.stderr());
        assertEquals(Files.readString(out), run.stdout(), c.id());
    }

    @Test
    void badCardFilesNameTheFileAndLine() {
        String ok = "---\nconcept: join\n---\n## a-card\nQ: front\nA: back\n";
        assertEquals(1, CardDeck.parse("x.md", ok).size());
        CardFormatException e = assertThrows(CardFormatException.class, () -> CardDeck.parse("x.md", ok.replace("A: back\n", "")));
        assertEquals("x.md:4: card a-card has no A: (back)", e.getMessage());
        e = assertThrows(CardFormatException.class, () -> CardDeck.parse("x.md", ok.replace("## a-card", "## A Card")));
        assertTrue(e.getMessage().startsWith("x.md:4: a card id is lowercase"), e.getMessage());
        e = assertThrows(CardFormatException.class, () -> CardDeck.parse("x.md", ok + "stray text\n".replace("stray", "Q: again")));
        assertTrue(e.getMessage().contains("two Q: lines"), e.getMessage());
        e = assertThrows(CardFormatException.class, () -> CardDeck.parse("x.md", ok.replace("join", "nothing")));
        assertTrue(e.getMessage().contains("unknown concept"), e.getMessage());
    }

    @Test
    void leitnerBoxesMoveUpWhenKnownAndBackWhenForgotten() {
        Leitner l = new Leitner();
        String id = DECK.cards().get(0).id();
        CardState s = l.answer(id, true, T0);
        assertEquals(1, s.box());
        assertEquals(T0.toEpochMilli(), s.dueMillis(), "box 1 is due again the same day");
        s = l.answer(id, true, T0);
        assertEquals(2, s.box());
        assertEquals(T0.plus(Duration.ofDays(1)).toEpochMilli(), s.dueMillis());
        s = l.answer(id, true, T0.plus(Duration.ofDays(1)));
        assertEquals(3, s.box());
        assertEquals(T0.plus(Duration.ofDays(4)).toEpochMilli(), s.dueMillis());
        for (int i = 0; i < 5; i++) {
            s = l.answer(id, true, T0.plus(Duration.ofDays(10)));
        }
        assertEquals(Leitner.BOXES, s.box(), "the top box is the last");
        s = l.answer(id, false, T0.plus(Duration.ofDays(30)));
        assertEquals(1, s.box());
        assertEquals(1, s.lapses());
        assertEquals(9, s.reviews());
    }

    @Test
    void aDaysReviewIsTheDueCardsLowestBoxFirstThenNewOnes() {
        Leitner l = new Leitner();
        List<Flashcard> cards = DECK.cards();
        l.answer(cards.get(0).id(), true, T0);  // box 1, due now
        l.answer(cards.get(1).id(), true, T0);
        l.answer(cards.get(1).id(), true, T0);  // box 2, due tomorrow
        l.answer(cards.get(2).id(), false, T0); // box 1, due now
        List<Flashcard> today = l.due(DECK, T0, 3);
        assertEquals(List.of(cards.get(0), cards.get(2), cards.get(3), cards.get(4), cards.get(5)), today);
        List<Flashcard> tomorrow = l.due(DECK, T0.plus(Duration.ofDays(1)), 0);
        assertEquals(List.of(cards.get(0), cards.get(2), cards.get(1)), tomorrow, "box 1 before box 2");
        int[] boxes = l.boxCounts(DECK);
        assertEquals(2, boxes[1]);
        assertEquals(1, boxes[2]);
        assertEquals(DECK.cards().size() - 3, boxes[0]);
    }

    @Test
    void aReviewSessionBringsForgottenCardsBackAtTheEnd() {
        Leitner l = new Leitner();
        List<Flashcard> three = DECK.cards().subList(0, 3);
        ReviewSession s = new ReviewSession(l, three, Clock.fixed(T0, ZoneOffset.UTC));
        assertEquals(three.get(0), s.current().orElseThrow());
        assertThrows(IllegalStateException.class, () -> s.answer(true), "answer only after turning the card");
        s.flip();
        s.answer(false);
        s.flip();
        s.answer(true);
        s.flip();
        s.answer(true);
        assertEquals(three.get(0), s.current().orElseThrow(), "the forgotten card comes back");
        s.flip();
        s.answer(true);
        assertTrue(s.done());
        assertEquals(4, s.reviewed());
        assertEquals(3, s.known());
        assertEquals(2, l.state(three.get(0).id()).orElseThrow().box(), "forgotten to box 1, then known: box 2");
        assertEquals(0, l.state(three.get(0).id()).orElseThrow().lapses(), "not knowing a new card is no lapse");
        assertEquals(2, l.state(three.get(0).id()).orElseThrow().reviews());
    }
}
