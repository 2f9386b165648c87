package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Deep programs never crash the compiler: every nesting shape compiles well past the depth at which it once
 * overflowed the stack (1,200 to 2,100 levels), from a caller whose own stack is small; long flat chains
 * (10,000 terms, 10,000 `else if`s) compile and run; beyond the limit the diagnostic says so, at a position.
 */
class NestingTest {

    /** Compiles on a thread with a 256 KB stack: the compiler must not depend on its caller's stack. */
    static Throwable compileOnSmallStack(String src) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                RustLite.compile("deep.rs", src);
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        return thrown.get();
    }

    @Test
    void everyShapeCompilesAtTwoThousandFiveHundredLevels() throws InterruptedException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, IntFunction<String>> s : NestingShapes.ALL.entrySet()) {
            Throwable t = compileOnSmallStack(s.getValue().apply(2_500));
            if (t != null) {
                failures.add(s.getKey() + ": " + (t instanceof CompileError ce ? ce.diagnostics().get(0) : t));
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Every shape once past the limit takes a while; the build checks one of each kind, the soak all of them. */
    @Test
    void beyondTheLimitARecursiveAndAChainedShapeOfEachKindAreDiagnostics() throws InterruptedException {
        beyondTheLimitIsADiagnosticAtAPosition(List.of("else if", "assignment", "binary operators", "method calls", "fields",
                "?", "parentheses", "blocks", "mod", "use tree", "tuple types", "closures"));
    }

    static void beyondTheLimitIsADiagnosticAtAPosition(java.util.Collection<String> shapes) throws InterruptedException {
        List<String> failures = new ArrayList<>();
        for (String name : shapes) {
            Map.Entry<String, IntFunction<String>> s = Map.entry(name, NestingShapes.ALL.get(name));
            Throwable t = compileOnSmallStack(s.getValue().apply(Parser.MAX_DEPTH + 100));
            if (t == null) {
                continue; // the shape does not build a tree (a `use` path, generics skipped in a signature): fine
            }
            if (!(t instanceof CompileError ce)) {
                failures.add(s.getKey() + ": " + t);
                continue;
            }
            Diagnostic d = ce.diagnostics().get(0);
            if (!(d.message().contains("nests too deeply") || d.message().contains("too long")) || d.line() != 1 || d.column() < 10) {
                failures.add(s.getKey() + ": " + d);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void longFlatChainsStillRun() {
        assertEquals("10001\n", InterpreterTest.run(NestingShapes.ALL.get("binary operators").apply(10_000), RunOptions.simulated(0)).out());
        assertEquals("3\n", InterpreterTest.run(NestingShapes.ALL.get("else if").apply(10_000), RunOptions.simulated(0)).out());
        assertEquals("true\n", InterpreterTest.run(NestingShapes.ALL.get("&&").apply(10_000), RunOptions.simulated(0)).out());
    }

    @Test
    void theDiagnosticPointsAtWhereTheLimitWasCrossed() {
        String src = "fn main() {\n    let x = " + "(".repeat(Parser.MAX_DEPTH + 5) + "1" + ")".repeat(Parser.MAX_DEPTH + 5) + ";\n}\n";
        try {
            RustLite.compile("deep.rs", src);
            fail("compiled");
        } catch (CompileError e) {
            Diagnostic d = e.diagnostics().get(0);
            assertEquals(2, d.line());
            assertEquals("this nests too deeply (more than " + Parser.MAX_DEPTH + " levels)", d.message());
            assertTrue(d.column() > Parser.MAX_DEPTH && d.column() < Parser.MAX_DEPTH + 20, d.toString());
        }
    }
}
