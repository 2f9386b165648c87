package asyncscope.lessons.rustlite.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a program has syntax or name errors; carries every diagnostic found (recovery reports several). */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;
    private final transient Source source;

    public CompileError(Source source, List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).message());
        this.source = source;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics rendered with source lines and carets, then a count line like rustc's. */
    public String render() {
        String body = diagnostics.stream().map(d -> "error: " + d.render(source)).collect(Collectors.joining("\n\n"));
        int n = diagnostics.size();
        return body + "\n\nerror: could not compile due to " + n + (n == 1 ? " previous error" : " previous errors");
    }
}
