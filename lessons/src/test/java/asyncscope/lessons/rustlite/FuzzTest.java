package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import asyncscope.lessons.rustlite.diag.CompileError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The compiler must survive anything: random token soup and mutated corpus programs either compile or fail
 * with a {@link CompileError} (never another exception), and never hang.
 */
class FuzzTest {
    private static final List<String> VOCAB = List.of("fn", "async", "await", "let", "mut", "if", "else", "while", "loop",
            "for", "in", "match", "return", "break", "continue", "struct", "enum", "impl", "use", "move", "true", "false",
            "x", "y", "Foo", "main", "tokio", "spawn", "select", "join", "Some", "None", "Ok", "Err", "self", "Self",
            "0", "42", "7u64", "3.5", "\"s\"", "'c'", "'a", "(", ")", "{", "}", "[", "]", "<", ">", "::", ":", ";", ",",
            ".", "..", "..=", "=", "==", "=>", "->", "+", "-", "*", "/", "%", "!", "&", "&&", "|", "||", "?", "#", "@",
            "println!", "vec!", "format!", "tokio::select!", "tokio::join!", "_", "\n", " ", "\"{}\"", "\"{x}\"",
            "\"unterminated", "/*", "*/", "//");

    private static void compileOnly(String src) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                RustLite.compile("fuzz.rs", src);
            } catch (CompileError expected) {
                if (expected.diagnostics().isEmpty()) {
                    throw new AssertionError("a compile error without diagnostics");
                }
                expected.render();
            }
        }, () -> "compiler hung on:\n" + src);
    }

    @Property(tries = 400)
    void randomTokensOnlyGiveDiagnostics(@ForAll @Size(max = 80) List<@net.jqwik.api.From("tokens") String> tokens) {
        compileOnly(String.join(" ", tokens));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of(VOCAB);
    }

    @Property(tries = 300)
    void mutatedCorpusProgramsOnlyGiveDiagnostics(@ForAll("mutants") String src) {
        compileOnly(src);
    }

    @Provide
    Arbitrary<String> mutants() {
        List<Path> files = CorpusSupport.files(CorpusSupport.PROGRAMS);
        Arbitrary<String> programs = Arbitraries.of(files).map(CorpusSupport::read);
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, String>>> edits = Arbitraries.integers().between(0, 3)
                .flatMap(kind -> Arbitraries.integers().between(0, 100_000).flatMap(at ->
                        Arbitraries.of(VOCAB).map(tok -> Tuple.of(kind, at, tok))))
                .list().ofMinSize(1).ofMaxSize(6);
        return programs.flatMap(p -> edits.map(es -> mutate(p, es)));
    }

    static String mutate(String src, List<Tuple.Tuple3<Integer, Integer, String>> edits) {
        StringBuilder b = new StringBuilder(src);
        for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
            if (b.length() == 0) {
                b.append(e.get3());
                continue;
            }
            int at = e.get2() % b.length();
            switch (e.get1()) {
                case 0 -> b.insert(at, " " + e.get3() + " ");
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + e.get3().length() * 3));
                case 2 -> b.setCharAt(at, e.get3().charAt(0));
                default -> {
                    int end = Math.min(b.length(), at + 40);
                    b.insert(at, b.substring(at, end));
                }
            }
        }
        return b.toString();
    }

    @Property(tries = 50)
    void deepNestingIsADiagnosticNotAStackOverflow(@ForAll @IntRange(min = 150, max = 3000) int depth) {
        compileOnly("fn main() { let x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "; }");
        compileOnly("fn main() { " + "{".repeat(depth) + " }");
    }
}
