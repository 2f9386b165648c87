package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.rustlite.check.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No program rustc accepts may be refused: every corpus program ({@code programs/}, whatever is there when the
 * tests run) and every lesson's program must pass the check without an error, and warn only as rustc warns
 * about it (a {@code .rustc} file beside a corpus program, or {@code lesson-rustc/ID.rustc} for a lesson, holds
 * the oracle's stderr when rustc warns; no file means rustc says nothing the checker models). Corpus programs
 * rustc itself refuses for reasons outside the checker's kinds (Rust-lite extensions such as {@code http::get})
 * simply must not get a checker error either.
 */
class CheckerSoundnessTest {
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

    static void agrees(String name, String src, Path rustc) {
        List<RustcDiagnostics.Key> want = Files.exists(rustc)
                ? DiagnosticsCorpusTest.sorted(RustcDiagnostics.parse(CorpusSupport.read(rustc))) : List.of();
        int before = internal.size();
        List<RustcDiagnostics.Key> got = DiagnosticsCorpusTest.actual(name, src);
        assertEquals(before, internal.size(), "the checker failed internally on " + name + ": " + internal);
        assertEquals(want.toString(), got.toString(), name + ": the checker must report only what rustc reports");
    }

    @TestFactory
    Stream<DynamicTest> corpusProgramsPassTheCheck() {
        return CorpusSupport.files(CorpusSupport.PROGRAMS).stream().map(rs -> DynamicTest.dynamicTest(rs.getFileName().toString(),
                () -> agrees(rs.getFileName().toString(), CorpusSupport.read(rs), CorpusSupport.sibling(rs, ".rustc"))));
    }

    @TestFactory
    Stream<DynamicTest> lessonProgramsPassTheCheck() {
        Path dir = Path.of("src/test/resources/lesson-rustc");
        return LessonCatalogue.builtIn().lessons().stream().map(l -> DynamicTest.dynamicTest(l.id(),
                () -> agrees(l.id() + ".rs", l.program(), dir.resolve(l.id() + ".rustc"))));
    }
}
