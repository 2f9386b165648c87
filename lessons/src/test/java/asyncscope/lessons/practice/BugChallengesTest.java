package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.bug.BugCatalogue;
import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.bug.BugJudge;
import asyncscope.lessons.practice.bug.Finding;
import asyncscope.lessons.practice.bug.FindingKind;
import asyncscope.lessons.practice.bug.Verdict;
import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.PracticeRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every find-the-bug challenge, judged by running: the broken program is refused with the diagnosis the
 * challenge is about (pointing at a line), the reference fix is accepted, and the plausible wrong fixes in
 * {@code src/test/resources/practice/bugs/ID--wrong-*.rs} are refused with the right diagnosis; alternative
 * right fixes ({@code ID--right-*.rs}) are accepted. The reference fixes print what real Tokio printed
 * ({@code ID--fix.out}, from the oracle).
 */
class BugChallengesTest {
    static final Path DIR = Path.of("src/test/resources/practice/bugs");
    static final BugJudge JUDGE = new BugJudge();

    /** The diagnosis each broken program and each wrong fix must get. */
    static final Map<String, FindingKind> EXPECTED = Map.ofEntries(
            Map.entry("blocking-sleep", FindingKind.BLOCKED_WORKER),
            Map.entry("blocking-sleep--wrong-yield-first", FindingKind.BLOCKED_WORKER),
            Map.entry("blocking-sleep--wrong-more-workers", FindingKind.BLOCKED_WORKER),
            Map.entry("std-mutex-await", FindingKind.STD_LOCK_ACROSS_AWAIT),
            Map.entry("std-mutex-await--wrong-push-first", FindingKind.STD_LOCK_ACROSS_AWAIT),
            Map.entry("forgotten-await", FindingKind.NEVER_AWAITED),
            Map.entry("forgotten-await--wrong-bind", FindingKind.NEVER_AWAITED),
            Map.entry("forgotten-await--wrong-spawn", FindingKind.CUT_OFF),
            Map.entry("lock-order", FindingKind.DEADLOCK),
            Map.entry("lock-order--wrong-yield", FindingKind.DEADLOCK),
            Map.entry("lock-order--wrong-no-pause", FindingKind.DEADLOCK),
            Map.entry("select-loop-lost", FindingKind.LOST_MESSAGE),
            Map.entry("select-loop-lost--wrong-biased", FindingKind.LOST_MESSAGE),
            Map.entry("select-loop-lost--wrong-slower-heartbeat", FindingKind.LOST_MESSAGE),
            Map.entry("cut-off", FindingKind.CUT_OFF),
            Map.entry("cut-off--wrong-yield", FindingKind.CUT_OFF),
            Map.entry("cut-off--wrong-short-sleep", FindingKind.CUT_OFF),
            Map.entry("permit-held", FindingKind.TOO_SLOW),
            Map.entry("permit-held--wrong-drop-late", FindingKind.TOO_SLOW),
            Map.entry("permit-held--wrong-more-permits", FindingKind.TOO_MANY_PERMITS),
            Map.entry("unbounded-queue", FindingKind.QUEUE_GROWTH),
            Map.entry("unbounded-queue--wrong-huge-bound", FindingKind.QUEUE_GROWTH));

    static Stream<BugChallenge> challenges() {
        return BugCatalogue.load().stream();
    }

    static Stream<Path> variants(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().contains("--" + prefix) && p.toString().endsWith(".rs"))
                    .sorted().toList().stream();
        }
    }

    static Stream<Path> wrongFixes() throws IOException {
        return variants("wrong-");
    }

    static Stream<Path> rightFixes() throws IOException {
        return variants("right-");
    }

    static String name(Path p) {
        return p.getFileName().toString().replaceAll("\\.rs$", "");
    }

    static BugChallenge challengeOf(Path p) {
        return BugCatalogue.byId(name(p).split("--")[0]).orElseThrow();
    }

    static void assertRefusedWith(Verdict v, FindingKind kind, String what) {
        assertFalse(v.accepted(), what + " was accepted");
        Finding f = v.findings().stream().filter(x -> x.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": expected " + kind + ", got " + v.findings()));
        assertEquals(kind, v.findings().get(0).kind(), what + ": the first finding should be " + kind + ", got " + v.findings());
        assertTrue(f.message().length() > 40, what + ": " + f.message());
        assertTrue(f.line() > 0, what + ": the diagnosis points at no line: " + f);
    }

    @Test
    void atLeastEightChallengesEachWithThreeHints() {
        List<BugChallenge> all = BugCatalogue.load();
        assertTrue(all.size() >= 8, "challenges: " + all.size());
        assertEquals(all.size(), all.stream().map(BugChallenge::id).distinct().count());
        for (BugChallenge c : all) {
            assertEquals(3, c.hints().size(), c.id());
            assertFalse(c.task().isBlank() || c.why().isBlank(), c.id());
            assertTrue(EXPECTED.containsKey(c.id()), "no expected diagnosis for " + c.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challenges")
    void brokenIsRefusedAndTheFixAccepted(BugChallenge c) {
        assertRefusedWith(JUDGE.judge(c, c.broken()), EXPECTED.get(c.id()), c.id() + " (broken)");
        Verdict fixed = JUDGE.judge(c, c.fix());
        assertTrue(fixed.accepted(), c.id() + ": the reference fix is refused: " + fixed.findings());
        assertEquals(Math.max(1, c.checks().schedules()), fixed.schedulesRun());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFixes")
    void plausibleWrongFixesAreRefusedWithTheRightDiagnosis(Path wrong) throws IOException {
        BugChallenge c = challengeOf(wrong);
        FindingKind kind = EXPECTED.get(name(wrong));
        assertTrue(kind != null, "no expected diagnosis for " + name(wrong));
        assertRefusedWith(JUDGE.judge(c, Files.readString(wrong)), kind, name(wrong));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightFixes")
    void otherRightFixesAreAccepted(Path right) throws IOException {
        BugChallenge c = challengeOf(right);
        Verdict v = JUDGE.judge(c, Files.readString(right));
        assertTrue(v.accepted(), name(right) + ": " + v.findings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challenges")
    void referenceFixPrintsWhatTokioPrinted(BugChallenge c) throws IOException {
        String tokio = Files.readString(DIR.resolve(c.id() + "--fix.out"));
        PracticeRun run = PracticeRunner.simulate(c.id() + ".rs", c.fix(), 0);
        if (c.checks().anyOrder()) {
            assertEquals(sorted(tokio), sorted(run.stdout()), c.id());
        } else {
            assertEquals(tokio, run.stdout(), c.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightFixes")
    void otherRightFixesPrintWhatTokioPrinted(Path right) throws IOException {
        // compared as a set of lines: in the simulator std::thread::sleep on a blocking-pool thread still stops
        // the virtual clock for everyone, so the heartbeats of blocking-sleep--right-spawn-blocking come late
        String tokio = Files.readString(Path.of(right.toString().replaceAll("\\.rs$", ".out")));
        assertEquals(sorted(tokio), sorted(PracticeRunner.simulate(name(right), Files.readString(right), 0).stdout()));
    }

    private static List<String> sorted(String out) {
        List<String> l = new ArrayList<>(out.lines().toList());
        Collections.sort(l);
        return l;
    }
}
