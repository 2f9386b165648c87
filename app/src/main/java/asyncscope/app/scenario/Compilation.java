package asyncscope.app.scenario;

import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.util.List;

/**
 * Compiling a Rust-lite text from the app, where nothing may escape: the program, or the problems to list
 * in the problems strip. The compiler's own diagnostics come as they are; anything else it throws (a
 * {@link StackOverflowError} on a deeply nested program, an {@link OutOfMemoryError}, a bug) becomes one
 * problem at line 1 saying what happened, so the window shows it instead of dying or staying silent.
 * Compiling can take a while on a large program: call it off the UI thread.
 */
public sealed interface Compilation {
    record Compiled(Program program) implements Compilation {}

    record Failed(List<Diagnostic> problems) implements Compilation {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    /** What compiles a text (the real one: {@link RustLite#compile}). */
    @FunctionalInterface
    interface Compiler {
        Program compile(String file, String source);
    }

    static Compilation of(String file, String source) {
        return of(file, source, RustLite::compile);
    }

    /** {@link #of(String, String)} with the compiler given (tests make it fail in ways the real one no longer does). */
    static Compilation of(String file, String source, Compiler compiler) {
        try {
            return new Compiled(compiler.compile(file, source));
        } catch (CompileError e) {
            return new Failed(e.diagnostics());
        } catch (StackOverflowError e) {
            return new Failed(List.of(new Diagnostic(file, 1, 1,
                    "the program is nested too deeply for the compiler to follow (it ran out of stack)")));
        } catch (OutOfMemoryError e) {
            return new Failed(List.of(new Diagnostic(file, 1, 1, "the program is too large to compile (out of memory)")));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new Failed(List.of(new Diagnostic(file, 1, 1, "internal compiler error: " + e)));
        }
    }
}
