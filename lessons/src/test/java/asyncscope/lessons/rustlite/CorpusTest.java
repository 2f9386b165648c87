package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the corpus ({@code src/test/resources/programs/*.rs}) and checks its stdout against
 * the sibling {@code .out}, its stderr against {@code .err} when present, its exit code ({@code // exit:},
 * default 0) and, in simulation, the virtual time at which it finished ({@code // elapsed: 450ms}). The
 * same programs also run on real threads ({@code --live}) and must print the same (a live run that does not is
 * run once more before it fails: real timers fire late on a loaded machine).
 */
class CorpusTest {

    static Stream<DynamicTest> tests(boolean live) {
        return CorpusSupport.files(CorpusSupport.PROGRAMS).stream().map(rs -> DynamicTest.dynamicTest(
                rs.getFileName().toString(), () -> check(rs, live)));
    }

    static void check(Path rs, boolean live) {
        if (!live) {
            checkOnce(rs, false);
            return;
        }
        // On real threads a timer fires late, never early, by as much as a loaded machine makes it: a program whose
        // ticks and sleeps are 100 ms apart can print another count when the build shares 2 cores with 10 others.
        // The simulated run above is the exact check; the live one gets a second try before it fails the build.
        try {
            checkOnce(rs, true);
        } catch (AssertionError first) {
            try {
                checkOnce(rs, true);
            } catch (AssertionError second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    private static void checkOnce(Path rs, boolean live) {
        String src = CorpusSupport.read(rs);
        RunOptions opts = RunOptions.simulated(0).withLive(live).withWatchdog(live ? 5_000 : 2_000, 200_000_000L).withTimeout(20_000);
        CorpusSupport.Outcome o = CorpusSupport.run(rs, opts);
        String name = rs.getFileName().toString();
        assertEquals(CorpusSupport.read(CorpusSupport.sibling(rs, ".out")), o.out(), name + " stdout (stderr was: " + o.err() + ")");
        Path err = CorpusSupport.sibling(rs, ".err");
        if (Files.exists(err)) {
            assertEquals(CorpusSupport.read(err), o.err(), name + " stderr");
        } else {
            assertEquals("", o.err(), name + " stderr");
        }
        String exit = CorpusSupport.header(src, "exit");
        assertEquals(exit == null ? 0 : Integer.parseInt(exit), o.result().exitCode(), name + " exit code");
        String elapsed = CorpusSupport.header(src, "elapsed");
        if (!live) {
            long want = elapsed == null ? 0 : Long.parseLong(elapsed.replace("ms", "").trim());
            assertEquals(want, o.result().elapsedMillis(), name + " virtual elapsed ms");
        }
    }

    @TestFactory
    Stream<DynamicTest> simulated() {
        return tests(false);
    }

    @TestFactory
    Stream<DynamicTest> live() {
        return tests(true);
    }

    @Test
    void corpusIsBigEnough() {
        List<Path> files = CorpusSupport.files(CorpusSupport.PROGRAMS);
        assertTrue(files.size() >= 40, "the corpus has " + files.size() + " programs; the issue asks for at least 40");
    }
}
