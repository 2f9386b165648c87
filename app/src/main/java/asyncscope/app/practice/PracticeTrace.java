package asyncscope.app.practice;

import asyncscope.app.model.TraceModel;
import asyncscope.engine.event.Event;
import asyncscope.lessons.practice.run.PracticeRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run practice made (a drill's, a judged fix's) made ready for the stage: its events as a
 * {@link TraceModel} (built off the UI thread: it is the slow part), the async state names of its program,
 * and where an event of it sits on the playhead. What the stage shows is exactly the run the answer or the
 * verdict was read from, not a second run that might differ.
 */
public record PracticeTrace(PracticeRun run, TraceModel model, Map<String, List<String>> stateMachines) {
    /** Models {@code run} (blocks; call off the UI thread). Null when the program did not compile. */
    public static PracticeTrace of(String name, PracticeRun run) {
        if (!run.compiled()) {
            return null;
        }
        var p = run.program();
        boolean current = "current_thread".equals(p.flavor());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("flavor", current ? "current_thread" : "multi_thread");
        settings.put("workers", String.valueOf(current ? 1 : Math.max(1, p.workerThreads())));
        settings.put("driver", run.live() ? "threaded" : "simulated");
        settings.put("seed", String.valueOf(run.seed()));
        settings.put("program", name);
        settings.put("file", name + ".rs");
        settings.put("language", "rust-lite");
        settings.put("mode", run.live() ? "live" : "simulated");
        settings.put("exit", String.valueOf(run.exitCode()));
        return new PracticeTrace(run, new TraceModel(run.events(), settings, run.source()), p.stateMachines());
    }

    /** The playhead position just after the event with sequence number {@code seq} (the end if there is none). */
    public int positionAfter(long seq) {
        List<Event> es = model.events();
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i).seq() == seq) {
                return i + 1;
            }
        }
        return es.size();
    }
}
