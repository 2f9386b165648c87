package asyncscope.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.check.Checker;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.parse.Parser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The source every built-in demo shows is a Rust program rustc compiles without a warning the checker models
 * (checked with the oracle), so the checking pass must accept it silently: no error, no warning.
 */
class DemoSourcesCheckTest {
    @TestFactory
    Stream<DynamicTest> demoSourcesPassTheCheck() {
        return Demos.all().stream().map(s -> DynamicTest.dynamicTest(s.title(), () -> {
            Source src = new Source("main.rs", s.source());
            Diagnostics d = new Diagnostics(src);
            List<Item> items = new Parser(new Lexer(s.source(), d).lex(), d).parseFile();
            assertFalse(d.any(), s.title() + " does not parse");
            long failures = Checker.INTERNAL_FAILURES.get();
            Checker.Result r = Checker.check(src, items);
            assertEquals(failures, Checker.INTERNAL_FAILURES.get(), "the checker failed internally on " + s.title());
            assertEquals(List.of(), r.errors().stream().map(e -> e.render(src)).toList(), s.title());
            assertEquals(List.of(), r.warnings().stream().map(Diagnostic::headline).toList(), s.title());
        }));
    }
}
