package asyncscope.app.layout;

import asyncscope.app.model.StateNames;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.Demos;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.app.scenario.Scenario;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every program the app ships — each lesson's and each built-in demo — run once with its own settings and
 * kept as a model, shared by the layout tests (running them is the slow part).
 */
final class Programs {
    private static Map<String, TraceModel> models;

    private Programs() {}

    static synchronized Map<String, TraceModel> all() throws Exception {
        if (models == null) {
            Map<String, TraceModel> m = new LinkedHashMap<>();
            List<Scenario> scenarios = new ArrayList<>();
            for (Lesson l : LessonCatalogue.builtIn().lessons()) {
                scenarios.add(RustLiteScenario.of(l));
            }
            scenarios.addAll(Demos.all());
            for (Scenario s : scenarios) {
                m.put(s.title(), new TraceModel(s.run(s.defaults())));
            }
            models = m;
        }
        return models;
    }

    /** {@code n} evenly spaced playhead positions from the start to the end of a run (both included). */
    static int[] seekPoints(TraceModel m, int n) {
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = (int) Math.round((double) m.size() * i / (n - 1));
        }
        return at;
    }

    static StateNames none() {
        return StateNames.NONE;
    }
}
