package asyncscope.lessons.practice.drill;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.run.PracticeRun;
import java.util.List;
import java.util.Map;

/**
 * One prediction question, ready to ask: the program, the question, the choices (one right, read from the
 * {@code run}; the others from named misconceptions), which one is right, and the decision the stage stops
 * at once the learner has answered. Made only by {@link DrillFactory}.
 */
public record Drill(String templateId, String title, Concept concept, long seed, Map<String, String> params,
                    String source, String question, List<Choice> choices, int answer, Decision decision,
                    PracticeRun run, boolean timed) {
    public Drill {
        params = Map.copyOf(params);
        choices = List.copyOf(choices);
    }

    public Choice right() {
        return choices.get(answer);
    }

    /**
     * The choice a run's answer selects: the equal one, or for a duration the nearest one (a run on real
     * threads lands a few ms after the virtual time). -1 if none matches.
     */
    public int choiceFor(Answer a) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).answer().render().equals(a.render())) {
                return i;
            }
        }
        if (timed && a instanceof Answer.Millis m) {
            int best = -1;
            long bestGap = Long.MAX_VALUE;
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).answer() instanceof Answer.Millis c) {
                    long gap = Math.abs(c.millis() - m.millis());
                    if (gap < bestGap) {
                        bestGap = gap;
                        best = i;
                    }
                }
            }
            return best;
        }
        return -1;
    }
}
