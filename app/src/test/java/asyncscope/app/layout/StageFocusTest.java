package asyncscope.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.StageState;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.app.stage.StageFocus;
import asyncscope.app.stage.StageLayout;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.catalogue.StagePart;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A lesson's {@code stage:} header decides which parts the stage draws first: parts it does not name and
 * its run does not use are left out (a current-thread lesson has no inject queue, its one worker is the
 * block_on thread), and no task ever vanishes because its part was left out.
 */
class StageFocusTest {
    private static StageLayout layout(TraceModel m, StageState s, StageFocus f) {
        boolean mainPolls = m.spans().count(m.spans().workers()) > 0;
        return StageLayout.fit(s, 1000, 700, 1, mainPolls, TextMeasure.shared(), null, f);
    }

    @Test
    void everyLessonsFocusDrawsEveryTaskTheWholeStageDraws() throws Exception {
        var models = Programs.all();
        int filtered = 0;
        for (Lesson l : LessonCatalogue.builtIn().lessons()) {
            TraceModel m = models.get(RustLiteScenario.of(l).title());
            assertNotNull(m, l.id());
            StageFocus f = StageFocus.of(l.stage(), m);
            if (f.isFiltered()) {
                filtered++;
            }
            for (StagePart p : l.stage()) {
                assertTrue(f.shows(p), l.id() + " shows what it names: " + p);
            }
            for (int at : Programs.seekPoints(m, 25)) {
                StageState s = m.stateAt(at);
                Set<Long> all = new TreeSet<>();
                layout(m, s, StageFocus.ALL).tokens.forEach(t -> all.add(t.task()));
                Set<Long> focused = new TreeSet<>();
                StageLayout fl = layout(m, s, f);
                fl.tokens.forEach(t -> focused.add(t.task()));
                assertEquals(all, focused, l.id() + " at " + at + ": the lesson's view draws every task the whole stage draws");
            }
        }
        assertTrue(filtered >= 10, "most lessons leave something out: " + filtered);
    }

    @Test
    void aCurrentThreadLessonShowsBlockOnAndTheWheelNotTheInjectQueue() throws Exception {
        Lesson join = LessonCatalogue.builtIn().byId("join").orElseThrow(); // stage: block_on, timers
        TraceModel m = Programs.all().get(RustLiteScenario.of(join).title());
        StageFocus f = StageFocus.of(join.stage(), m);
        assertTrue(f.currentThread());
        int at = m.nextPollStart(m.size() / 2) + 1;
        StageLayout focused = layout(m, m.stateAt(at), f);
        StageLayout whole = layout(m, m.stateAt(at), StageFocus.ALL);
        assertNotNull(whole.boxOfKind("inject"));
        assertNull(focused.boxOfKind("inject"), "no inject queue on a current-thread lesson's stage");
        assertNotNull(focused.boxOfKind("main"));
        assertEquals("block_on", focused.laneBox(0).title(), "the one worker is the thread that runs block_on");
        assertEquals("main", focused.boxOfKind("main").title(), "the row of main, woken, waiting for that thread");
        assertEquals("worker 0", whole.laneBox(0).title());
        assertTrue(focused.boxes.size() < whole.boxes.size());
        assertEquals(StageFocus.ALL, StageFocus.of(java.util.List.of(), m), "a lesson that names no parts shows all");
    }
}
