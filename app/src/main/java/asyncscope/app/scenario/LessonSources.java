package asyncscope.app.scenario;

import asyncscope.app.model.StateNames;
import java.util.Map;

/**
 * Recovers what the app needs from a Rust-lite trace opened from a file: the trace stores the program's
 * text, so compiling it again gives its state machines' names. Traces of built-in demos (or of a program
 * that no longer compiles) have none.
 */
public final class LessonSources {
    private LessonSources() {}

    public static StateNames stateNamesOf(Map<String, String> settings, String program) {
        if (!"rust-lite".equals(settings.get("language")) || program == null || program.isEmpty()) {
            return StateNames.NONE;
        }
        // CompileError, a stack overflow on a deeply nested program, anything else: no names
        return Compilation.of(settings.getOrDefault("file", "main.rs"), program) instanceof Compilation.Compiled c
                ? new StateNames(c.program().stateMachines()) : StateNames.NONE;
    }
}
