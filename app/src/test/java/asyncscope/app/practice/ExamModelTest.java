package asyncscope.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.ui.SessionModel;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.exam.TestItem;
import asyncscope.lessons.practice.exam.TestResult;
import asyncscope.lessons.practice.progress.PracticeProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timed test without a window, on a clock moved by hand: answered, scored by concept, kept, exported; and the time running out. */
class ExamModelTest {
    @TempDir
    Path home;

    /** A clock the test moves. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private PracticeModel model(SessionModel session, ManualClock clock) {
        long[] seed = {5};
        return new PracticeModel(session, Runnable::run, Runnable::run, new PracticeFile(home.resolve("practice.json")),
                () -> seed[0]++, DrillFactory.standard(), clock);
    }

    @Test
    void aTestIsAnsweredScoredKeptAndExported() throws Exception {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        ManualClock clock = new ManualClock();
        PracticeModel m = model(session, clock);
        ExamModel exam = m.exam();
        exam.questionsProperty().set(5);
        exam.minutesProperty().set(10);
        exam.start();
        assertEquals(ExamModel.Phase.RUNNING, exam.phaseProperty().get());
        assertEquals(5, exam.test().items().size());
        exam.tick();
        assertEquals("10:00 left", exam.clockTextProperty().get());
        int wrongDrill = -1;
        for (int i = 0; i < 5; i++) {
            assertEquals(i, exam.indexProperty().get(), "no jump after an answer: the candidate moves on");
            TestItem it = exam.current();
            clock.now = clock.now.plusSeconds(30);
            if (it instanceof TestItem.DrillItem d) {
                assertEquals(d.drill().source(), session.sourceProperty().get(), "the drill's program is in the code view");
                int pick = wrongDrill < 0 ? (d.drill().answer() + 1) % d.drill().choices().size() : d.drill().answer();
                if (wrongDrill < 0) {
                    wrongDrill = i;
                }
                exam.answerDrill(pick);
                assertEquals(pick, exam.givenChoice(i));
            } else if (it instanceof TestItem.CardItem) {
                exam.markCard(true);
                assertFalse(exam.answered(i), "a card is marked only after it is turned over");
                exam.turnCard();
                exam.markCard(true);
            } else if (it instanceof TestItem.BugItem b) {
                assertTrue(session.editableProperty().get());
                session.sourceProperty().set(b.challenge().broken());
                exam.checkBug();
                assertFalse(exam.answered(i), "the broken program is refused");
                assertTrue(exam.messageProperty().get().startsWith("Not yet"), exam.messageProperty().get());
                assertNotNull(exam.hint());
                session.sourceProperty().set(b.challenge().fix());
                exam.checkBug();
            }
            assertTrue(exam.answered(i), "question " + (i + 1) + " answered");
            assertEquals(i, exam.indexProperty().get());
            exam.go(i + 1);
        }
        assertEquals(5, exam.answeredCountProperty().get());
        exam.finish();
        assertEquals(ExamModel.Phase.DONE, exam.phaseProperty().get());
        TestResult r = exam.resultProperty().get();
        assertEquals(5 - 1 - 0.25, r.points(), 1e-9, "one wrong drill, one hint on the bug");
        assertFalse(r.timedOut());
        assertEquals(Duration.ofSeconds(150), r.taken());
        assertEquals(r.items().size(), r.byConcept().values().stream().mapToInt(s -> s.questions()).sum());
        assertTrue(r.items().get(wrongDrill).note().startsWith("Misconception"), r.items().get(wrongDrill).note());

        PracticeProgress kept = PracticeProgress.fromJson(Files.readString(home.resolve("practice.json")));
        assertEquals(1, kept.tests().size(), "the attempt is in the history");
        assertEquals(r.points(), kept.tests().get(0).points(), 1e-9);

        Path md = home.resolve("result.md");
        Path html = home.resolve("result.html");
        exam.export(md);
        exam.export(html);
        assertTrue(Files.readString(md).startsWith("# Asyncscope technical test"));
        assertTrue(Files.readString(html).contains("<h2>By concept</h2>"));
    }

    @Test
    void whenTheTimeRunsOutTheTestEndsAndUnansweredQuestionsScoreNothing() {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        ManualClock clock = new ManualClock();
        ExamModel exam = model(session, clock).exam();
        exam.questionsProperty().set(3);
        exam.minutesProperty().set(2);
        exam.start();
        clock.now = clock.now.plusSeconds(61);
        exam.tick();
        assertEquals("0:59 left", exam.clockTextProperty().get());
        clock.now = clock.now.plusSeconds(60);
        exam.tick();
        assertEquals(ExamModel.Phase.DONE, exam.phaseProperty().get());
        assertTrue(exam.resultProperty().get().timedOut());
        assertEquals(0, exam.resultProperty().get().points());
    }

    @Test
    void inInterviewerModeTheAnswerShowsOnlyWhenRevealedAndADrillsRunPlaysToItsDecision() {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        ManualClock clock = new ManualClock();
        ExamModel exam = model(session, clock).exam();
        exam.interviewerProperty().set(true);
        exam.questionsProperty().set(6);
        exam.start();
        int drill = -1;
        for (int i = 0; i < exam.test().items().size() && drill < 0; i++) {
            if (exam.test().items().get(i) instanceof TestItem.DrillItem) {
                drill = i;
            }
        }
        exam.go(drill);
        assertFalse(exam.revealedProperty().get());
        assertEquals(null, session.playback().model(), "no run before the answer is shown");
        var d = ((TestItem.DrillItem) exam.current()).drill();
        exam.answerDrill(d.answer());
        assertEquals(drill, exam.indexProperty().get(), "the interviewer moves on, not the app");
        assertFalse(exam.revealedProperty().get(), "an answer given is not an answer shown");
        exam.reveal();
        assertTrue(exam.revealedProperty().get());
        assertNotNull(session.playback().model(), "the drill's run is on the stage");
        assertEquals(d.decision().seq(), session.playback().model().event(exam.playTo().target() - 1).seq(),
                "it plays to the deciding event");
        exam.go(drill == 0 ? 1 : 0);
        assertFalse(exam.revealedProperty().get(), "each question starts hidden");
    }
}
