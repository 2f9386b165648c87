package asyncscope.lessons.practice.drill;

import java.util.List;

/**
 * What a drill asks for: the lines a program prints, a duration, a count, or a short text. The right
 * answer is read from a run ({@link Instance#key}); wrong ones come from misconceptions. Two answers are the
 * same choice when they render the same.
 */
public sealed interface Answer {
    /** How the answer reads as a choice. */
    String render();

    /** The lines printed, in order. */
    record Lines(List<String> lines) implements Answer {
        public Lines {
            lines = List.copyOf(lines);
        }

        @Override
        public String render() {
            return String.join("\n", lines);
        }
    }

    /** A duration in milliseconds (total virtual time, or when something happened). */
    record Millis(long millis) implements Answer {
        @Override
        public String render() {
            return millis + " ms";
        }
    }

    /** A number of things (sends before the first receive, permits in flight…). */
    record Count(long count) implements Answer {
        @Override
        public String render() {
            return Long.toString(count);
        }
    }

    /** A short sentence (which branch wins, "waits forever"…). */
    record Text(String text) implements Answer {
        @Override
        public String render() {
            return text;
        }
    }
}
