package asyncscope.lessons.practice.bug;

import java.util.List;

/** What the reference fix's run did: the lines it printed and its elapsed time, the bar a candidate's fix must meet. */
public record Reference(List<String> lines, long elapsedNanos) {
    public Reference {
        lines = List.copyOf(lines);
    }
}
