package asyncscope.lessons.practice.exam;

import asyncscope.lessons.practice.Concept;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A finished timed test: when, how long it took of the time allowed, every question's result, the score and its breakdown by concept. */
public record TestResult(Instant started, Duration taken, Duration allowed, boolean timedOut, long seed,
                         List<ItemResult> items, Map<Concept, ConceptScore> byConcept) {
    public TestResult {
        items = List.copyOf(items);
        byConcept = Map.copyOf(byConcept);
    }

    public double points() {
        return items.stream().mapToDouble(ItemResult::points).sum();
    }

    public int questions() {
        return items.size();
    }

    public int percent() {
        return items.isEmpty() ? 0 : (int) Math.round(100 * points() / items.size());
    }
}
