package asyncscope.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.ui.SessionModel;
import asyncscope.engine.event.Event;
import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.progress.PracticeProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drills without a window: executors run at once, so every fact is read from the view-model's properties,
 * the session (code view, stage) and the progress file right after the call.
 */
class DrillModelTest {
    @TempDir
    Path home;

    private PracticeModel model(SessionModel session, Path file) {
        long[] seed = {41};
        return new PracticeModel(session, Runnable::run, Runnable::run, new PracticeFile(file), () -> seed[0]++);
    }

    @Test
    void aDrillShowsItsProgramThenItsRunStopsAtTheDecidingEvent() throws Exception {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        Path file = home.resolve("practice.json");
        PracticeModel m = model(session, file);
        DrillModel drills = m.drills();
        drills.next();
        Drill d = drills.drillProperty().get();
        assertNotNull(d);
        assertEquals(d.source(), session.sourceProperty().get(), "the drill's program is in the code view");
        assertFalse(session.editableProperty().get(), "read-only: it is a question about this program");
        var own = asyncscope.app.scenario.RustLiteScenario.defaultsOf(asyncscope.app.scenario.Compilation.of("d.rs", d.source()));
        assertEquals(own.flavor(), session.settingsProperty().get().flavor(), "the tool bar follows the drill's #[tokio::main]");
        assertEquals(own.workers(), session.settingsProperty().get().workers());
        assertEquals(null, session.playback().model(), "nothing plays before the answer");
        assertFalse(Files.exists(file), "nothing is written before an answer");

        int wrong = d.answer() == 0 ? 1 : 0;
        drills.answer(wrong);
        assertEquals(wrong, drills.chosenProperty().get());
        assertTrue(drills.verdictProperty().get().startsWith("Not quite"), drills.verdictProperty().get());
        String why = drills.explanationProperty().get();
        assertTrue(why.contains(d.choices().get(wrong).misconception().explanation()), why);
        assertTrue(why.contains(d.decision().sentence()), why);
        drills.answer(d.answer());
        assertEquals(wrong, drills.chosenProperty().get(), "one answer per drill");

        var pb = session.playback();
        assertNotNull(pb.model(), "the drill's own run is on the stage");
        assertEquals(d.run().events().size(), pb.model().size());
        int stop = drills.decisionPosition();
        Event deciding = pb.model().event(stop - 1);
        assertEquals(d.decision().seq(), deciding.seq(), "the trip stops just after the deciding event");
        assertEquals(stop, drills.playTo().target());

        assertTrue(Files.exists(file), "the answer is kept");
        PracticeProgress kept = PracticeProgress.fromJson(Files.readString(file));
        assertEquals(1, kept.drillStats(d.templateId())[0]);
        assertEquals(0, kept.drillStats(d.templateId())[1]);
        assertEquals(1, kept.misconceptions().get(d.choices().get(wrong).misconception().id()));

        drills.next();
        assertFalse(drills.answered(), "the next drill is unanswered");
        assertEquals(drills.drillProperty().get().source(), session.sourceProperty().get());
    }

    @Test
    void aRightAnswerSaysSoWithTheSentenceFromTheRun() {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        PracticeModel m = model(session, home.resolve("practice.json"));
        m.drills().next();
        Drill d = m.drills().drillProperty().get();
        m.drills().answer(d.answer());
        assertEquals("Right.", m.drills().verdictProperty().get());
        assertEquals(d.decision().sentence(), m.drills().explanationProperty().get());
        assertEquals(1, m.progress().drillStats(d.templateId())[1]);
    }

    @Test
    void aCorruptProgressFileLoadsAsNothingWithAWarningAndIsKeptUntilTheNextAnswer() throws Exception {
        Path file = home.resolve("practice.json");
        Files.writeString(file, "{\"version\":1,\"cards\":{\"x\":{\"box\":9}}");
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        PracticeModel m = model(session, file);
        assertTrue(m.warningProperty().get().contains("practice starts from nothing"), m.warningProperty().get());
        assertTrue(m.progress().cards().isEmpty());
        m.drills().next();
        assertEquals("{\"version\":1,\"cards\":{\"x\":{\"box\":9}}", Files.readString(file), "drawing a drill writes nothing");
        m.drills().answer(0);
        assertEquals("", m.warningProperty().get(), "saved: the warning is gone");
        assertEquals("{\"version\":1,\"cards\":{\"x\":{\"box\":9}}", Files.readString(home.resolve("practice.json.bad")),
                "the unreadable file is kept aside");
        assertTrue(PracticeProgress.fromJson(Files.readString(file)).warning().isEmpty(), "the new file reads back");
    }

    @Test
    void anOldVersionLoadsAsNothingWithAWarning() throws Exception {
        Path file = home.resolve("practice.json");
        Files.writeString(file, "{\"version\":0,\"drills\":{}}");
        PracticeModel m = model(new SessionModel(Runnable::run, Runnable::run), file);
        assertTrue(m.warningProperty().get().contains("version 0"), m.warningProperty().get());
        assertTrue(Files.exists(file));
    }

    /** A template whose program never compiles. */
    static final class Broken implements asyncscope.lessons.practice.drill.Template {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String title() {
            return "broken";
        }

        @Override
        public asyncscope.lessons.practice.Concept concept() {
            return asyncscope.lessons.practice.Concept.JOIN;
        }

        @Override
        public asyncscope.lessons.practice.drill.Instance instance(long seed) {
            return new asyncscope.lessons.practice.drill.Instance("fn main() { let = ; }", java.util.Map.of(), "?",
                    r -> new asyncscope.lessons.practice.drill.Answer.Count(0), (r, k) -> java.util.List.of(),
                    r -> new asyncscope.lessons.practice.drill.Decision("", 0, 0), false);
        }
    }

    @Test
    void aTemplateThatFailsToGenerateIsSkippedAndLoggedNeverShown() {
        SessionModel session = new SessionModel(Runnable::run, Runnable::run);
        var factory = new asyncscope.lessons.practice.drill.DrillFactory(java.util.List.of(new Broken(),
                new asyncscope.lessons.practice.drill.templates.JoinTiming()));
        long[] seed = {0};
        PracticeModel m = new PracticeModel(session, Runnable::run, Runnable::run, new PracticeFile(home.resolve("p.json")),
                () -> seed[0]++, factory);
        for (int i = 0; i < 4; i++) {
            m.drills().next();
            assertEquals("join-timing", m.drills().drillProperty().get().templateId(), "never the broken one");
        }
        assertTrue(factory.skipped().stream().anyMatch(w -> w.startsWith("broken")), factory.skipped().toString());

        var onlyBroken = new asyncscope.lessons.practice.drill.DrillFactory(java.util.List.of(new Broken()));
        PracticeModel none = new PracticeModel(session, Runnable::run, Runnable::run, new PracticeFile(home.resolve("q.json")),
                () -> 7, onlyBroken);
        none.drills().next();
        assertEquals(null, none.drills().drillProperty().get(), "nothing is shown");
        assertFalse(none.drills().busyProperty().get());
        assertTrue(none.drills().explanationProperty().get().startsWith("No drill could be made"),
                none.drills().explanationProperty().get());
    }
}
