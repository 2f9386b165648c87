package asyncscope.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import asyncscope.lessons.rustlite.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Compiling from the app never throws: diagnostics come through as they are, and when the compiler itself
 * fails (a stack overflow, out of memory, a bug) the failure is one
 * problem at line 1 the problems strip can list (the failures are injected: the real compiler no longer
 * overflows on deep nesting).
 */
class CompilationTest {
    @Test
    void aGoodProgramCompilesAndABadOneGivesItsDiagnostics() {
        assertInstanceOf(Compilation.Compiled.class, Compilation.of("main.rs", "fn main() { println!(\"hi\"); }\n"));
        Compilation.Failed f = assertInstanceOf(Compilation.Failed.class, Compilation.of("main.rs", "fn main() { let x: i32 = \"a\"; }\n"));
        assertEquals(1, f.problems().get(0).line());
    }

    /** However the compiler fails, the result is one problem at deep.rs:1:1 saying what happened. */
    @Test
    void aCompilerFailureIsAProblemNotACrash() {
        java.util.Map<Throwable, String> cases = new java.util.LinkedHashMap<>();
        cases.put(new StackOverflowError(), "the program is nested too deeply for the compiler to follow (it ran out of stack)");
        cases.put(new OutOfMemoryError("Java heap space"), "the program is too large to compile (out of memory)");
        cases.put(new IllegalStateException("no slot"), "internal compiler error: java.lang.IllegalStateException: no slot");
        cases.put(new AssertionError("bad tree"), "internal compiler error: java.lang.AssertionError: bad tree");
        for (var c : cases.entrySet()) {
            Compilation r = Compilation.of("deep.rs", "fn main() {}", (file, source) -> {
                if (c.getKey() instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) c.getKey();
            });
            Compilation.Failed f = assertInstanceOf(Compilation.Failed.class, r);
            assertEquals(1, f.problems().size());
            Diagnostic d = f.problems().get(0);
            assertEquals("deep.rs", d.file());
            assertEquals(1, d.line());
            assertEquals(1, d.column());
            assertEquals(c.getValue(), d.message());
        }
    }
}
