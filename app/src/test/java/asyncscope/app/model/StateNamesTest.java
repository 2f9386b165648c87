package asyncscope.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.scenario.LessonSources;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Rust-lite task's state index in the trace names a state whose .await is really on that source line. */
class StateNamesTest {
    @Test
    void everySuspendedLessonTaskIsAtAnAwaitOfItsProgram() {
        for (Lesson l : LessonCatalogue.builtIn().lessons()) {
            RustLiteScenario s = RustLiteScenario.of(l);
            RustLiteScenario.Outcome o = s.execute(s.defaults(), null);
            StateNames names = new StateNames(o.stateMachines());
            TraceModel m = new TraceModel(o.trace());
            List<String> lines = l.program().lines().toList();
            int suspended = 0;
            for (Event e : m.events()) {
                if (e.payload() instanceof Payload.PollEnd pe && !pe.ready() && pe.state() > 0) {
                    String task = m.tasks().byId(e.task()).name();
                    if (task.startsWith("http-")) {
                        continue; // the built-in loopback server's own tasks are Java, not the program's
                    }
                    String name = names.name(task, pe.state());
                    assertNotNull(name, l.id() + ": task " + task + " state " + pe.state() + " has a name");
                    assertTrue(name.startsWith("Suspend" + (pe.state() - 1) + " "), name);
                    int[] at = names.awaitPosition(task, pe.state());
                    assertNotNull(at, name);
                    String src = lines.get(at[0] - 1);
                    String from = src.substring(at[1] - 1);
                    // an explicit .await, or join!/select! which await implicitly
                    assertTrue(src.contains(".await") || from.matches("(tokio::)?(join|select|try_join)!.*"),
                            l.id() + ": " + name + " points at `" + src + "`");
                    suspended++;
                }
            }
            assertTrue(suspended > 0, l.id() + " suspends at some .await");
            // the trace alone (as saved to a file) gives the same names back
            StateNames again = LessonSources.stateNamesOf(o.trace().settings(), o.trace().program());
            assertEquals(names.states("main"), again.states("main"));
        }
        assertEquals(-1, StateNames.NONE.awaitLine("main", 1));
    }
}
