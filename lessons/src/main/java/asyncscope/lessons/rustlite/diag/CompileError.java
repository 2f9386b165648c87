package asyncscope.lessons.rustlite.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a program has syntax, name or type errors; carries every error found (recovery reports several),
 * in the order rustc would print them.
 */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;
    private final transient Source source;

    public CompileError(Source source, List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).headline());
        this.source = source;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public Source source() {
        return source;
    }

    /** All diagnostics in rustc's shape, then a count line like cargo's. */
    public String render() {
        String body = diagnostics.stream().map(d -> d.render(source)).collect(Collectors.joining("\n\n"));
        int n = diagnostics.size();
        return body + "\n\nerror: could not compile `" + source.file() + "` due to " + n + (n == 1 ? " previous error" : " previous errors");
    }
}
