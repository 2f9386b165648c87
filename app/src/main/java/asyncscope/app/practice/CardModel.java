package asyncscope.app.practice;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.cards.CardState;
import asyncscope.lessons.practice.cards.Flashcard;
import asyncscope.lessons.practice.cards.Grade;
import asyncscope.lessons.practice.cards.Leitner;
import asyncscope.lessons.practice.cards.ReviewSession;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Flashcard review with Leitner boxes: a sitting is every card due now (lowest box first) and up to
 * {@link #NEW_PER_SITTING} new ones; the front shows, a flip shows the back, and the learner grades it
 * (forgot, hard, knew). Every grade goes to the boxes and is saved at once. A card links to its concept's
 * lesson, and one with a runnable example can open it in the code view.
 */
public final class CardModel {
    /** New cards added to a sitting. */
    public static final int NEW_PER_SITTING = 10;

    private final PracticeModel practice;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Flashcard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper flipped = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper reviewed = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper known = new ReadOnlyIntegerWrapper();
    private Leitner boxes;
    private ReviewSession sitting;
    private Consumer<Concept> onOpenLesson = c -> { };

    CardModel(PracticeModel practice, Clock clock) {
        this.practice = practice;
        this.clock = clock;
    }

    /** Starts a sitting: the cards due now and some new ones. */
    public void start() {
        boxes = practice.progress().leitner();
        sitting = new ReviewSession(boxes, boxes.due(practice.deck(), clock.instant(), NEW_PER_SITTING), clock);
        sync();
    }

    /** The part is shown: a sitting starts if none is going. */
    public void enter() {
        if (sitting == null) {
            start();
        }
        if (!practice.session().titleProperty().get().startsWith("Card example: ")) {
            practice.showNote("Flashcards", """
                    // Flashcards: answer the card in your head, turn it over (Space),
                    // then say how well you knew it: 1 didn't know, 2 with effort, 3 knew it.
                    // A card with an example program opens it here with E; Ctrl+R runs it.
                    """, "Flashcards: Space turns the card over; 1, 2 or 3 grades it; L opens its lesson.");
        }
    }

    public void flip() {
        if (sitting != null) {
            sitting.flip();
            sync();
        }
    }

    /** Grades the current card; a card not turned over yet is turned first (the grade waits for the back). */
    public void grade(Grade g) {
        if (sitting == null || sitting.current().isEmpty()) {
            return;
        }
        if (!sitting.flipped()) {
            flip();
            return;
        }
        String id = sitting.current().get().id();
        CardState s = sitting.answer(g);
        practice.progress().putCard(id, s);
        practice.save();
        sync();
    }

    private void sync() {
        flipped.set(sitting.flipped());
        remaining.set(sitting.remaining());
        reviewed.set(sitting.reviewed());
        known.set(sitting.known());
        card.set(sitting.current().orElse(null));
    }

    /** How many cards sit in each box (index 0: never seen). */
    public int[] boxCounts() {
        return (boxes == null ? practice.progress().leitner() : boxes).boxCounts(practice.deck());
    }

    /** Opens the current card's lesson (the window switches to the Lessons tab). */
    public void openLesson() {
        Flashcard c = card.get();
        if (c != null) {
            onOpenLesson.accept(c.concept());
        }
    }

    public void setOnOpenLesson(Consumer<Concept> c) {
        onOpenLesson = c;
    }

    /** Opens the current card's runnable example in the code view (Ctrl+R runs it). */
    public void openExample() {
        Flashcard c = card.get();
        if (c != null && c.example() != null) {
            practice.session().openPractice("Card example: " + c.id(), c.id() + ".rs", c.example(), true,
                    "The card's example: press Run (Ctrl+R) to watch it on the runtime.");
        }
    }

    public ReadOnlyObjectProperty<Flashcard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty flippedProperty() {
        return flipped.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty knownProperty() {
        return known.getReadOnlyProperty();
    }
}
