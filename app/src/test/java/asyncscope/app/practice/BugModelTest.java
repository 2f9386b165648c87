package asyncscope.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.ui.SessionModel;
import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.bug.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Find the bug without a window: a refused fix points at its line, the right fix is accepted and kept, the hint ladder climbs to the answer. */
class BugModelTest {
    @TempDir
    Path home;

    @Test
    void theBrokenProgramIsRefusedAtItsLineAndTheFixAccepted() {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        PracticeModel m = new PracticeModel(session, Runnable::run, Runnable::run, new PracticeFile(home.resolve("p.json")), () -> 1);
        BugModel bugs = m.bugChallenges();
        BugChallenge c = bugs.challenges().stream().filter(b -> b.id().equals("blocking-sleep")).findFirst().orElseThrow();
        bugs.open(c);
        assertEquals(c.broken(), session.sourceProperty().get());
        assertTrue(session.editableProperty().get(), "the candidate edits the broken program");

        bugs.check();
        Verdict v = bugs.verdictProperty().get();
        assertNotNull(v);
        assertFalse(v.accepted());
        assertTrue(bugs.messageProperty().get().startsWith("Not yet"), bugs.messageProperty().get());
        assertFalse(session.problems().isEmpty(), "the finding points at a line in the problems strip");
        int line = v.findings().stream().filter(f -> f.line() > 0).findFirst().orElseThrow().line();
        assertEquals(line, session.problems().get(0).line());
        assertTrue(c.broken().lines().toList().get(line - 1).contains("thread::sleep"), "the line with the blocking call");
        assertNotNull(session.playback().model(), "the refused run is on the stage");
        assertFalse(bugs.solved(c.id()));

        session.sourceProperty().set(c.fix());
        bugs.check();
        assertTrue(bugs.verdictProperty().get().accepted(), bugs.messageProperty().get());
        assertTrue(session.problems().isEmpty());
        assertTrue(bugs.solved(c.id()), "kept in the progress");
    }

    @Test
    void threeHintsThenTheAnswer() {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        PracticeModel m = new PracticeModel(session, Runnable::run, Runnable::run, new PracticeFile(home.resolve("p.json")), () -> 1);
        BugModel bugs = m.bugChallenges();
        BugChallenge c = bugs.challenges().get(0);
        bugs.open(c);
        assertEquals("hint 1 of 3", bugs.nextHintProperty().get());
        bugs.hint();
        bugs.hint();
        bugs.hint();
        assertEquals(c.hints(), bugs.hints());
        assertEquals("the answer", bugs.nextHintProperty().get());
        assertFalse(bugs.answerShownProperty().get());
        bugs.hint();
        assertTrue(bugs.answerShownProperty().get());
        assertEquals("", bugs.nextHintProperty().get());
        bugs.useAnswer();
        assertEquals(c.fix(), session.sourceProperty().get());
        assertTrue(m.progress().bug(c.id()).orElseThrow().answerShown());
    }
}
