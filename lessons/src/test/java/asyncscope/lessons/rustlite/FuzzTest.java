package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.rustlite.check.Checker;
import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.parse.Parser;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The compiler must survive anything: random token soup, token-level mutants of every program the project has,
 * and every nesting shape at any depth either compile or fail with a {@link CompileError} whose diagnostics
 * render (never another exception), and never hang. {@link FuzzSoakTest} runs the same checks much longer.
 * Every mutant that parses goes through the checking pass too; an internal failure there is silenced by design
 * (the checker then says nothing) and logged here so it can be fixed.
 */
class FuzzTest {
    static {
        Checker.onInternalError = e -> System.err.println("FuzzTest: the checker failed internally (silenced): " + e
                + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
    }

    /** What "survived" means; returns the error, or null when the program compiled. */
    static CompileError compileOnly(String src) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                RustLite.compile("fuzz.rs", src);
                return null;
            } catch (CompileError expected) {
                if (expected.diagnostics().isEmpty()) {
                    throw new AssertionError("a compile error without diagnostics");
                }
                String shown = expected.render();
                if (shown.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
                    throw new AssertionError("a diagnostic carries a control character: " + shown);
                }
                return expected;
            }
        }, () -> "compiler hung on:\n" + src);
    }

    @Property(tries = 400)
    void randomTokensOnlyGiveDiagnostics(@ForAll @Size(max = 80) List<@net.jqwik.api.From("tokens") String> tokens) {
        compileOnly(String.join(" ", tokens));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of(CorpusMutants.VOCAB);
    }

    /** 5,000 token-level mutants of the whole corpus per build; {@link FuzzSoakTest} runs 100,000. */
    @Property(tries = 5_000)
    void tokenMutantsOfTheWholeCorpusOnlyGiveDiagnostics(@ForAll("mutants") String src) {
        compileOnly(src);
    }

    @Provide
    static Arbitrary<String> mutants() {
        Arbitrary<CorpusMutants.Edit> edit = Combinators.combine(Arbitraries.integers().between(0, CorpusMutants.OPS - 1),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 1 << 20)).as(CorpusMutants.Edit::new);
        return Combinators.combine(Arbitraries.of(CorpusMutants.PROGRAMS), edit.list().ofMinSize(1).ofMaxSize(6))
                .as(CorpusMutants::mutate);
    }

    /** Every nesting shape at a random depth below the limit compiles or gives a diagnostic; none crashes. */
    @Property(tries = 60)
    void everyNestingShapeAtAnyDepthOnlyGivesDiagnostics(@ForAll("shapes") String shape, @ForAll @IntRange(min = 1, max = 4_000) int depth) {
        compileOnly(NestingShapes.ALL.get(shape).apply(depth));
    }

    @Provide
    static Arbitrary<String> shapes() {
        return Arbitraries.of(List.copyOf(NestingShapes.ALL.keySet()));
    }

    /** Past the parser's limit, nesting is a diagnostic that says so, where it happened: never a stack overflow. */
    @Property(tries = 4)
    void deepNestingIsADiagnosticNotAStackOverflow(@ForAll @IntRange(min = 1, max = 3_000) int beyond) {
        int depth = Parser.MAX_DEPTH + beyond;
        for (String src : List.of("fn main() { let x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "; }",
                "fn main() { " + "{".repeat(depth) + "}".repeat(depth) + " }")) { // balanced: only the depth is wrong
            CompileError e = compileOnly(src);
            assertTrue(e != null, "compiled at depth " + depth);
            Diagnostic d = e.diagnostics().get(0);
            assertEquals("this nests too deeply (more than " + Parser.MAX_DEPTH + " levels)", d.message());
            assertEquals(1, d.line());
            assertTrue(d.column() > Parser.MAX_DEPTH, d.toString());
        }
    }
}
