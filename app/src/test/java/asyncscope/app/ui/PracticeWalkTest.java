package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.practice.DrillModel;
import asyncscope.app.practice.ExamModel;
import asyncscope.lessons.practice.exam.TestItem;
import asyncscope.app.practice.PracticePane;
import asyncscope.lessons.practice.drill.Drill;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Practice end to end in the window, one part per test: a drill (asked, answered wrong by a click, its run
 * played to the deciding event; the next one by keys), a bug (the broken program refused at its line, the
 * fix accepted), a flashcard review by keyboard, and a timed test taken, scored and kept.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeWalkTest {
    private MainWindow window;

    @Start
    void start(Stage s) {
        asyncscope.app.practice.PlayTo.setTripSeconds(1); // the trip is checked for where it stops, not for how long it takes
        window = TestWindows.open(s);
    }

    @Test
    void aDrillIsAskedAnsweredAndPlayedToItsDecision(FxRobot robot) throws Exception {
        robot.interact(window::openPractice);
        PracticePane pane = window.practicePane();
        DrillModel drills = pane.model().drills();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drills.drillProperty().get() != null && !drills.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Drill d = drills.drillProperty().get();
        assertEquals(PracticePane.Part.DRILLS, pane.shown());
        assertEquals(d.source(), window.codeView().area().getText(), "the drill's program is in the code view");
        assertEquals(d.question(), robot.lookup("#drill-question").queryAs(Label.class).getText());

        int wrong = d.answer() == 0 ? 2 : 1;
        robot.clickOn("#choice-" + wrong);
        WaitForAsyncUtils.waitForFxEvents();
        Node verdict = robot.lookup("#drill-verdict").query();
        assertTrue(verdict.isVisible());
        assertTrue(((Label) verdict).getText().startsWith("Not quite"), ((Label) verdict).getText());
        String why = robot.lookup("#drill-explanation").queryAs(Label.class).getText();
        assertTrue(why.contains(d.choices().get(wrong - 1).misconception().explanation()), why);

        int stop = drills.decisionPosition();
        assertTrue(stop > 0);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !drills.playTo().active());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stop, window.playback().position(), "the run stopped at the deciding event");
        assertFalse(window.playback().playingProperty().get());
        assertEquals(d.decision().seq(), window.playback().model().event(stop - 1).seq());
        shot(robot, "drill-answered");

        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drills.drillProperty().get() != d && !drills.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Drill next = drills.drillProperty().get();
        assertNotSame(d, next);
        assertEquals(next.source(), window.codeView().area().getText());
        robot.type(KeyCode.getKeyCode(String.valueOf(next.answer() + 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(next.answer(), drills.chosenProperty().get(), "the number key answered");
        assertEquals("Right.", robot.lookup("#drill-verdict").queryAs(Label.class).getText());
    }

    @Test
    void aWrongFixIsRefusedAndTheRightOneAccepted(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.openPractice();
            window.practicePane().show(PracticePane.Part.BUGS);
        });
        var bugs = window.practicePane().model().bugChallenges();
        var c = bugs.challenges().stream().filter(b -> b.id().equals("cut-off")).findFirst().orElseThrow();
        robot.interact(() -> bugs.open(c));
        assertEquals(c.broken(), window.codeView().area().getText());
        robot.clickOn("#bug-check");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bugs.verdictProperty().get() != null && !bugs.checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label verdict = robot.lookup("#bug-verdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("Not yet"), verdict.getText());
        assertFalse(window.session().problems().isEmpty(), "the finding is listed under the code with its line");
        shot(robot, "bug-refused");

        robot.interact(() -> window.codeView().area().replaceText(c.fix()));
        robot.clickOn(window.codeView().area());
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bugs.verdictProperty().get() != null
                && bugs.verdictProperty().get().accepted() && !bugs.checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#bug-verdict").queryAs(Label.class).getText().startsWith("Accepted"));
        assertTrue(bugs.solved(c.id()));
    }

    @Test
    void aCardReviewIsDrivenByTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.openPractice();
            window.practicePane().show(PracticePane.Part.CARDS);
        });
        var cards = window.practicePane().model().cards();
        robot.interact(cards::start);
        var first = cards.cardProperty().get();
        var progress = window.practicePane().model().progress(); // shared by the test classes of this build: compare with before
        int boxBefore = progress.cards().containsKey(first.id()) ? progress.cards().get(first.id()).box() : 0;
        int left = cards.remainingProperty().get();
        assertTrue(left > 0);
        robot.clickOn("#card-front"); // the focus away from any text field
        robot.type(KeyCode.SPACE);
        assertTrue(cards.flippedProperty().get(), "Space turns the card over");
        assertTrue(robot.lookup("#card-back").query().isVisible());
        shot(robot, "card-turned");
        robot.type(KeyCode.DIGIT3);
        assertNotSame(first, cards.cardProperty().get(), "3: knew it, the next card");
        assertEquals(Math.min(5, boxBefore + 1), progress.cards().get(first.id()).box(), "up one box");
        var second = cards.cardProperty().get();
        int reviewsBefore = progress.cards().containsKey(second.id()) ? progress.cards().get(second.id()).reviews() : 0;
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.LEFT);
        assertEquals(left - 1, cards.remainingProperty().get(), "←: didn't know, the card comes back later");
        assertEquals(reviewsBefore + 1, progress.cards().get(second.id()).reviews());
        assertEquals(1, progress.cards().get(second.id()).box(), "back to box 1");
        var concept = cards.cardProperty().get().concept();
        var lesson = asyncscope.lessons.catalogue.LessonCatalogue.builtIn().lessons().stream()
                .filter(l -> l.order() == concept.order()).findFirst();
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        if (lesson.isPresent()) {
            assertEquals(1, window.leftTabs().getSelectionModel().getSelectedIndex(), "L opened the card's lesson");
            assertEquals(lesson.get(), window.session().lessonProperty().get());
        } else {
            assertTrue(window.statusLabel().getText().contains("not written yet"), window.statusLabel().getText());
        }
    }

    @Test
    void aTimedTestIsTakenScoredAndKept(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.openPractice();
            window.practicePane().show(PracticePane.Part.TEST);
        });
        var exam = window.practicePane().model().exam();
        int before = window.practicePane().model().progress().tests().size();
        robot.interact(() -> exam.questionsProperty().set(3));
        robot.clickOn("#exam-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> exam.phaseProperty().get() == ExamModel.Phase.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#exam-clock").queryAs(Label.class).getText().endsWith("left"));
        for (int i = 0; i < 3; i++) {
            TestItem it = exam.current();
            assertEquals(i, exam.indexProperty().get());
            if (it instanceof TestItem.DrillItem d) {
                robot.clickOn("#choice-" + (d.drill().answer() + 1));
            } else if (it instanceof TestItem.CardItem) {
                robot.clickOn("#exam-turn");
                robot.clickOn("#exam-knew");
            } else if (it instanceof TestItem.BugItem b) {
                robot.interact(() -> window.codeView().area().replaceText(b.challenge().fix()));
                robot.clickOn("#exam-check");
                int at = i;
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exam.answered(at));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(exam.answered(i), "question " + (i + 1));
            robot.type(KeyCode.N);
        }
        robot.clickOn("#exam-finish");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ExamModel.Phase.DONE, exam.phaseProperty().get());
        assertEquals("3 / 3  (100 %)", robot.lookup("#exam-score").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#exam-by-concept").query().isVisible());
        shot(robot, "test-result");
        assertEquals(before + 1, window.practicePane().model().progress().tests().size(), "kept in the history");
    }

    /** Writes the window as it is to {@code target/screenshots/practice-NAME.png} (1600 × 1000, beside the lessons' shots). */
    private void shot(FxRobot robot, String name) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> img = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
            window.refreshNow();
            img.set(javafx.embed.swing.SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null));
        });
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Path f = dir.resolve("practice-" + name + ".png");
        javax.imageio.ImageIO.write(img.get(), "png", f.toFile());
        assertTrue(java.nio.file.Files.size(f) > 20_000, f + " has content");
    }
}
