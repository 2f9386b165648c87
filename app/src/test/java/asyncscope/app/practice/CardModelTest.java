package asyncscope.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.ui.SessionModel;
import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.cards.Flashcard;
import asyncscope.lessons.practice.cards.Grade;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.progress.PracticeProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flashcard sitting without a window: flip, grade, the boxes move and are saved; a card opens its lesson. */
class CardModelTest {
    @TempDir
    Path home;

    @Test
    void aSittingFlipsGradesAndKeepsTheBoxes() throws Exception {
        Path file = home.resolve("practice.json");
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        PracticeModel m = new PracticeModel(session, Runnable::run, Runnable::run, new PracticeFile(file), () -> 1,
                DrillFactory.standard(), clock);
        CardModel cards = m.cards();
        cards.enter();
        assertEquals(CardModel.NEW_PER_SITTING, cards.remainingProperty().get(), "a first sitting: new cards only");
        Flashcard first = cards.cardProperty().get();
        cards.grade(Grade.KNEW);
        assertTrue(cards.flippedProperty().get(), "a grade before the flip turns the card over first");
        assertEquals(first, cards.cardProperty().get());
        cards.grade(Grade.KNEW);
        assertNotEquals(first, cards.cardProperty().get());
        Flashcard second = cards.cardProperty().get();
        cards.flip();
        cards.grade(Grade.FORGOT);
        assertEquals(CardModel.NEW_PER_SITTING - 1, cards.remainingProperty().get(), "the forgotten card comes back");
        assertEquals(2, cards.reviewedProperty().get());
        assertEquals(1, cards.knownProperty().get());

        PracticeProgress kept = PracticeProgress.fromJson(Files.readString(file));
        assertEquals(1, kept.cards().get(first.id()).box());
        assertEquals(1, kept.cards().get(second.id()).box(), "forgotten: box 1");
        assertFalse(kept.cards().containsKey(cards.cardProperty().get().id()), "unseen cards are not stored");

        List<Concept> opened = new ArrayList<>();
        cards.setOnOpenLesson(opened::add);
        cards.openLesson();
        assertEquals(List.of(cards.cardProperty().get().concept()), opened);
    }
}
