package asyncscope.lessons.practice.bug;

import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.PracticeRunner;
import asyncscope.lessons.rustlite.CancelToken;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges a candidate's fix by running it: on the simulated engine, under each of the challenge's scheduler
 * seeds (so a fix that only works on a lucky schedule is caught), diagnosing each run against the challenge's
 * checks and the reference fix's own run. Accepted when every run is clean. The reference runs are made once
 * per challenge and kept.
 */
public final class BugJudge {
    /** Real-time budget of one judged run. */
    public static final long TIMEOUT_MILLIS = 8_000;

    private final Map<String, Reference> references = new ConcurrentHashMap<>();

    /** The scheduler seed of the {@code i}th schedule a fix is run under. */
    public static long schedule(int i) {
        return i * 7_919L;
    }

    /** What the reference fix does (its output and time), from its run under the first schedule. */
    public Reference reference(BugChallenge c) {
        return references.computeIfAbsent(c.id(), id -> {
            PracticeRun run = PracticeRunner.run(id + ".rs", c.fix(), schedule(0), false, null, TIMEOUT_MILLIS);
            if (!run.compiled() || run.exitCode() != 0) {
                throw new IllegalStateException("the reference fix of " + id + " does not run cleanly: " + run.stderr());
            }
            return new Reference(run.lines(), run.elapsedNanos());
        });
    }

    public Verdict judge(BugChallenge c, String candidate) {
        return judge(c, candidate, null);
    }

    /** Runs and diagnoses {@code candidate}; {@code cancel} (may be null) stops a run from another thread. */
    public Verdict judge(BugChallenge c, String candidate, CancelToken cancel) {
        Reference ref = reference(c);
        int n = Math.max(1, c.checks().schedules());
        PracticeRun last = null;
        for (int i = 0; i < n; i++) {
            PracticeRun run = PracticeRunner.run(c.id() + ".rs", candidate, schedule(i), false, cancel, TIMEOUT_MILLIS);
            last = run;
            List<Finding> findings = Diagnoser.diagnose(run, c.checks(), ref);
            if (!findings.isEmpty()) {
                return new Verdict(false, findings, run, i + 1, n);
            }
            if (!run.compiled()) {
                break;
            }
        }
        return new Verdict(true, List.of(), last, n, n);
    }
}
