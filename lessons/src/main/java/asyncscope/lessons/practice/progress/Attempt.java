package asyncscope.lessons.practice.progress;

import java.util.Map;

/**
 * One timed test in the history: when it started (epoch ms), its size and score, how long it took, whether
 * the time ran out, the seed that made it, and its score per concept (concept key to points and questions).
 */
public record Attempt(long startedMillis, int questions, double points, long seconds, boolean timedOut, long seed,
                      Map<String, double[]> byConcept) {
    public Attempt {
        byConcept = Map.copyOf(byConcept);
    }

    public int percent() {
        return questions == 0 ? 0 : (int) Math.round(100 * points / questions);
    }
}
