package asyncscope.lessons.rustlite.compile;

import java.util.List;

/** What a {@code select!} needs at run time: biased or random order, branch patterns, whether it has an else. */
public record SelectInfo(boolean biased, List<CPat> patterns, boolean hasElse, List<String> descriptions) {
    public static final Object DISABLED = new Object() {
        @Override
        public String toString() {
            return "disabled";
        }
    };
}
