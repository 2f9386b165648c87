package asyncscope.lessons.rustlite.compile;

import java.util.ArrayList;
import java.util.List;

/** A loop being compiled: its label, scope depth, and the jumps that {@code break}/{@code continue} must patch. */
final class Loop {
    final String label;
    final int scopeDepth;
    final List<Integer> breaks = new ArrayList<>();
    final List<Integer> continues = new ArrayList<>();
    final int stackDepth;

    Loop(String label, int scopeDepth, int stackDepth) {
        this.label = label;
        this.scopeDepth = scopeDepth;
        this.stackDepth = stackDepth;
    }
}
