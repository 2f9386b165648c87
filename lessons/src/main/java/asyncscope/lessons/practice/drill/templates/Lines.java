package asyncscope.lessons.practice.drill.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a misconception's mental model would print: lines stamped with the time the model believes they
 * appear, sorted by that time (ties keep the order they were added). Templates use it to compute wrong
 * answers from their parameters.
 */
final class Lines {
    private record Stamped(long at, int order, String text) {}

    private final List<Stamped> lines = new ArrayList<>();

    Lines at(long time, String text) {
        lines.add(new Stamped(time, lines.size(), text));
        return this;
    }

    List<String> sorted() {
        return lines.stream().sorted(Comparator.comparingLong(Stamped::at).thenComparingInt(Stamped::order))
                .map(Stamped::text).toList();
    }
}
