package asyncscope.lessons.rustlite.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics during one compilation; caps their number so a garbled file stays readable. */
public final class Diagnostics {
    public static final int MAX = 20;
    private final Source source;
    private final List<Diagnostic> list = new ArrayList<>();

    public Diagnostics(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }

    /** Adds a diagnostic the checker built (codes, labels, notes); the cap applies as for {@link #error}. */
    public void add(Diagnostic d) {
        if (list.size() < MAX) {
            list.add(d);
        }
    }

    public void error(int line, int column, String message) {
        for (Diagnostic d : list) {
            if (d.line() == line && d.column() == column) {
                return; // one error per position: recovery must not repeat itself
            }
        }
        if (list.size() < MAX) {
            list.add(new Diagnostic(source.file(), line, column, message));
        }
    }

    /** True when a diagnostic mentions {@code text} (an unterminated literal makes later errors noise). */
    public boolean anyContaining(String text) {
        return list.stream().anyMatch(d -> d.message().contains(text));
    }

    public boolean full() {
        return list.size() >= MAX;
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            list.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
            throw new CompileError(source, list);
        }
    }
}
