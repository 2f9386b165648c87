package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import asyncscope.lessons.rustlite.check.Checker;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.parse.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The diagnostics corpus ({@code src/test/resources/diagnostics/}): each program sits beside what rustc printed
 * for it ({@code .rustc}, the oracle's stderr). The checker must report exactly rustc's diagnostics of the kinds it
 * models (code, first line, line and column), no more and no fewer: programs rustc refuses are refused with
 * rustc's errors, programs it warns about warn the same and still compile, and programs it accepts pass clean.
 */
class DiagnosticsCorpusTest {
    static final Path DIR = Path.of("src/test/resources/diagnostics");
    private static final List<Throwable> internal = new ArrayList<>();

    @BeforeAll
    static void watchInternalErrors() {
        Checker.onInternalError = e -> {
            synchronized (internal) {
                internal.add(e);
            }
        };
    }

    @AfterAll
    static void stopWatching() {
        Checker.onInternalError = e -> { };
    }

    static List<RustcDiagnostics.Key> expected(Path rs) {
        Path rustc = CorpusSupport.sibling(rs, ".rustc");
        if (!Files.exists(rustc)) {
            fail(rs.getFileName() + " has no .rustc beside it: run the oracle and store its stderr");
        }
        return sorted(RustcDiagnostics.parse(CorpusSupport.read(rustc)));
    }

    static List<RustcDiagnostics.Key> sorted(List<RustcDiagnostics.Key> ks) {
        List<RustcDiagnostics.Key> out = new ArrayList<>(ks);
        out.sort(Comparator.comparing(RustcDiagnostics.Key::toString));
        return out;
    }

    /** What the checker reports: its errors when it refuses the program, else its warnings. */
    static List<RustcDiagnostics.Key> actual(String name, String text) {
        Source src = new Source(name, text);
        Diagnostics d = new Diagnostics(src);
        List<Item> items = new Parser(new Lexer(text, d).lex(), d).parseFile();
        if (d.any()) {
            fail(name + " does not parse: " + new CompileError(src, List.of()).getMessage());
        }
        Checker.Result r = Checker.check(src, items);
        List<Diagnostic> ds = r.errors().isEmpty() ? r.warnings() : r.errors();
        return sorted(ds.stream().map(RustcDiagnostics.Key::of).filter(RustcDiagnostics::modelled).toList());
    }

    @TestFactory
    Stream<DynamicTest> checkerAgreesWithRustc() {
        return CorpusSupport.files(DIR).stream().map(rs -> DynamicTest.dynamicTest(rs.getFileName().toString(), () -> {
            String src = CorpusSupport.read(rs);
            List<RustcDiagnostics.Key> want = expected(rs);
            int before = internal.size();
            List<RustcDiagnostics.Key> got = actual(rs.getFileName().toString(), src);
            assertEquals(before, internal.size(), "the checker failed internally on " + rs.getFileName() + ": " + internal);
            assertEquals(want.toString().replace(", ", ",\n "), got.toString().replace(", ", ",\n "), rs.getFileName() + ": rustc said\n"
                    + CorpusSupport.read(CorpusSupport.sibling(rs, ".rustc")));
            boolean refused = want.stream().anyMatch(k -> k.severity().equals("error"));
            if (refused) {
                try {
                    RustLite.compile(rs.getFileName().toString(), src);
                    fail(rs.getFileName() + " must be refused");
                } catch (CompileError expectedError) {
                    String first = want.stream().filter(k -> k.severity().equals("error")).findFirst().orElseThrow().message();
                    assertTrue(expectedError.render().contains(first), expectedError.render());
                }
            }
        }));
    }

    @Test
    void corpusHasEnoughRefusedAndAcceptedPrograms() {
        int refused = 0;
        int warned = 0;
        int clean = 0;
        for (Path rs : CorpusSupport.files(DIR)) {
            List<RustcDiagnostics.Key> want = expected(rs);
            if (want.stream().anyMatch(k -> k.severity().equals("error"))) {
                refused++;
            } else if (!want.isEmpty()) {
                warned++;
            } else {
                clean++;
            }
        }
        assertTrue(refused + warned >= 60, "programs rustc refuses or warns about: " + (refused + warned) + ", the issue asks for 60");
        assertTrue(clean >= 30, "programs that must pass the check: " + clean + ", the issue asks for 30");
    }
}
