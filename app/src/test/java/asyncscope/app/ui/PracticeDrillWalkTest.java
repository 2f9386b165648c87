package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.practice.DrillModel;
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
 * A drill end to end in the window: the Practice tab draws one, its program is in the code view, a wrong
 * choice is clicked, the verdict and the misconception's explanation appear, the run plays on the stage and
 * stops at the event that decides it; the N key draws the next drill, answered with its number key.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeDrillWalkTest {
    private MainWindow window;

    @Start
    void start(Stage s) {
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
}
