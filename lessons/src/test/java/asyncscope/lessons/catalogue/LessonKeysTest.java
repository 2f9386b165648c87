package asyncscope.lessons.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import asyncscope.lessons.catalogue.ObservedRun.Driver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in lesson is proven by runs of its own program:
 * <ul>
 * <li>each quiz question whose answer is a fact of the run ({@code ? fact}) is checked against the engine:
 *     the marked choice, and no other, states what the run did — on the simulator and on real threads, or
 *     for a {@code simulated:} fact (one that depends on scheduling) on the simulator over several seeds; a
 *     time on the virtual clock, and on real threads only as a lower bound (a loaded machine fires timers late).
 *     A wrong key fails the build;</li>
 * <li>each "try this" edit applies, the edited program compiles, its {@code then:} facts hold on the same
 *     drivers, and at least one of them does not hold for the unedited program (the edit changes the
 *     result as the narrative says);</li>
 * <li>the program's output agrees with real Tokio: {@code lesson-oracle/ID.out} holds what the oracle
 *     printed ({@code /work/shared/tokio-oracle/run}); durations in milliseconds may differ by 5 % or 5 ms,
 *     as real timers fire a little late. A lesson real Tokio cannot run here (the loopback HTTP client)
 *     has {@code ID.skip} saying why instead.</li>
 * </ul>
 */
class LessonKeysTest {
    static final Path ORACLE = Path.of("src/test/resources/lesson-oracle");
    private static final int SEEDS = 3;
    private static final Map<String, CompletableFuture<ObservedRun>> RUNS = new ConcurrentHashMap<>();
    /**
     * Runs go ahead in parallel, all submitted before the first test waits: real-thread runs mostly sleep
     * on their timers, so overlapping them keeps the build short.
     */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "lesson-run");
        t.setDaemon(true);
        return t;
    });

    static CompletableFuture<ObservedRun> submit(Lesson l, String source, Driver d) {
        return RUNS.computeIfAbsent(d + "\n" + source, k -> CompletableFuture.supplyAsync(
                () -> ObservedRun.of(l.id() + ".rs", source, d), POOL));
    }

    static ObservedRun run(Lesson l, String source, Driver d) {
        return submit(l, source, d).join();
    }

    /** Every run the lesson's checks will need, submitted now. */
    static void prefetch(Lesson l) {
        for (QuizQuestion q : l.quiz()) {
            if (q.check() != null) {
                drivers(q.check()).forEach(d -> submit(l, l.program(), d));
            }
        }
        for (TryThis t : l.tries()) {
            String edited;
            try {
                edited = t.apply(l.program());
            } catch (IllegalArgumentException e) {
                continue; // the test of this item reports it
            }
            for (TryThis.Expectation e : t.expectations()) {
                for (Driver d : drivers(e.fact())) {
                    submit(l, edited, d);
                    submit(l, l.program(), d);
                }
            }
        }
        submit(l, l.program(), Driver.simulated(0));
    }

    static List<Driver> drivers(RunFact f) {
        if (f.simulatedOnly()) {
            List<Driver> out = new ArrayList<>();
            for (int s = 0; s < SEEDS; s++) {
                out.add(Driver.simulated(s));
            }
            return out;
        }
        if (f.kind() == RunFact.Kind.ELAPSED) {
            // A time is proven on the virtual clock. Real timers fire late, never early, and as late as a
            // busy machine makes them (a 600 ms run took 844 ms during a loaded build), so on real threads
            // a time is checked only as a lower bound: see notEarlierOnRealThreads.
            return List.of(Driver.simulated(0));
        }
        return List.of(Driver.simulated(0), Driver.threads());
    }

    /*
     * againOnRealThreads: a fact that came out otherwise on real threads is run once more before it fails. A loaded
     * machine can hold the thread past two deadlines at once (join.md's 100 ms and 200 ms timers then fire together
     * and join! polls "orders" before "prices", as real Tokio would too); the simulated runs are the exact proof.
     */

    /** On real threads a run takes at least the virtual clock's time (less Tokio's 1 ms rounding of each timer). */
    static void notEarlierOnRealThreads(Lesson l, String source, RunFact f) {
        if (f.kind() != RunFact.Kind.ELAPSED) {
            return;
        }
        double virtual = run(l, source, Driver.simulated(0)).elapsedMillis();
        ObservedRun live = run(l, source, Driver.threads());
        assertTrue(live.elapsedMillis() >= virtual * 0.95 - 5, l.file() + " on " + Driver.threads() + ": took "
                + live.elapsedMillis() + " ms, less than the " + virtual + " ms of the virtual clock\nstdout:\n" + live.stdout());
    }

    @TestFactory
    Stream<DynamicNode> everyLessonIsProvenByItsRuns() {
        List<Lesson> lessons = LessonCatalogue.builtIn().lessons();
        lessons.forEach(LessonKeysTest::prefetch);
        return lessons.stream().map(l -> DynamicContainer.dynamicContainer(l.id(), lessonTests(l)));
    }

    static Stream<DynamicNode> lessonTests(Lesson l) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("compiles, edits apply", () -> LessonFile.check(l)));
        for (QuizQuestion q : l.quiz()) {
            if (q.check() != null) {
                tests.add(DynamicTest.dynamicTest("quiz: " + q.question(), () -> {
                    for (Driver d : drivers(q.check())) {
                        ObservedRun r = run(l, l.program(), d);
                        if (d.live() && q.keyProblem(r) != null) {
                            r = ObservedRun.of(l.id() + ".rs", l.program(), d); // see againOnRealThreads
                        }
                        assertNull(q.keyProblem(r), l.file() + " on " + d + ": " + q.keyProblem(r) + "\nstdout:\n" + r.stdout()
                                + "stderr:\n" + r.stderr());
                    }
                    notEarlierOnRealThreads(l, l.program(), q.check());
                }));
            }
        }
        for (TryThis t : l.tries()) {
            tests.add(DynamicTest.dynamicTest("try: " + t.text(), () -> tryThis(l, t)));
        }
        tests.add(DynamicTest.dynamicTest("agrees with real Tokio", () -> agreesWithOracle(l)));
        return tests.stream();
    }

    static void tryThis(Lesson l, TryThis t) {
        assertFalse(t.edits().isEmpty(), l.file() + ":" + t.line() + ": every \"try this\" item carries its edit and what it does");
        String edited = t.apply(l.program());
        boolean changes = false;
        for (TryThis.Expectation e : t.expectations()) {
            for (Driver d : drivers(e.fact())) {
                ObservedRun after = run(l, edited, d);
                if (d.live() && !e.holds(after)) {
                    after = ObservedRun.of(l.id() + ".rs", edited, d); // see againOnRealThreads
                }
                assertTrue(e.holds(after), l.file() + ":" + e.line() + " on " + d + ": after the edit " + e.fact() + " is "
                        + e.fact().of(after) + ", not " + e.value() + "\nstdout:\n" + after.stdout() + "stderr:\n" + after.stderr());
                if (!e.holds(run(l, l.program(), d))) {
                    changes = true;
                }
            }
            notEarlierOnRealThreads(l, edited, e.fact());
        }
        assertTrue(changes, l.file() + ":" + t.line() + ": the edit must change the result (every then: holds before it too)");
    }

    static void agreesWithOracle(Lesson l) throws IOException {
        Path out = ORACLE.resolve(l.id() + ".out");
        Path skip = ORACLE.resolve(l.id() + ".skip");
        if (!Files.exists(out)) {
            assertTrue(Files.exists(skip) && !Files.readString(skip).isBlank(),
                    "run " + l.id() + "'s program through the Tokio oracle and keep its stdout in " + out + " (or say in " + skip
                            + " why it cannot run there)");
            return;
        }
        String want = Files.readString(out, StandardCharsets.UTF_8);
        String got = run(l, l.program(), Driver.simulated(0)).stdout();
        List<String> w = want.lines().toList();
        List<String> g = got.lines().toList();
        assertEquals(w.size(), g.size(), l.id() + ": line count\nengine:\n" + got + "oracle:\n" + want);
        for (int i = 0; i < w.size(); i++) {
            if (!sameUpToTimings(w.get(i), g.get(i))) {
                fail(l.id() + " line " + (i + 1) + ": engine \"" + g.get(i) + "\", real Tokio \"" + w.get(i) + "\"\nengine:\n" + got
                        + "oracle:\n" + want);
            }
        }
    }

    private static final Pattern MILLIS = Pattern.compile("(\\d+)( ?ms)");

    /** Equal lines, except that a duration in ms may be up to 5 % or 5 ms later in real Tokio. */
    static boolean sameUpToTimings(String oracle, String engine) {
        Matcher mo = MILLIS.matcher(oracle);
        Matcher me = MILLIS.matcher(engine);
        List<Long> ro = new ArrayList<>();
        List<Long> re = new ArrayList<>();
        while (mo.find()) {
            ro.add(Long.parseLong(mo.group(1)));
        }
        while (me.find()) {
            re.add(Long.parseLong(me.group(1)));
        }
        if (ro.size() != re.size() || !MILLIS.matcher(oracle).replaceAll("#$2").equals(MILLIS.matcher(engine).replaceAll("#$2"))) {
            return false;
        }
        for (int i = 0; i < ro.size(); i++) {
            long o = ro.get(i);
            long e = re.get(i);
            if (o < e || o - e > Math.max(5, e / 20)) {
                return false;
            }
        }
        return true;
    }
}
