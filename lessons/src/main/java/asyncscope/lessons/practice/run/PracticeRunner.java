package asyncscope.lessons.practice.run;

import asyncscope.engine.event.Recorder;
import asyncscope.lessons.rustlite.CancelToken;
import asyncscope.lessons.rustlite.RunOptions;
import asyncscope.lessons.rustlite.RunResult;
import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.diag.CompileError;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Compiles and runs a practice program with a recorder attached, on the simulated engine (a seed, virtual
 * time: the default for drills and judging) or on real threads. A compile error is a result, not an
 * exception; a run is bounded in wall-clock time so a learner's endless loop cannot hang a test or the UI.
 */
public final class PracticeRunner {
    /** Wall-clock budget of one practice run. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    private PracticeRunner() {}

    public static PracticeRun simulate(String file, String source, long seed) {
        return run(file, source, seed, false, null, DEFAULT_TIMEOUT_MILLIS);
    }

    public static PracticeRun live(String file, String source) {
        return run(file, source, 0, true, null, DEFAULT_TIMEOUT_MILLIS);
    }

    /** Runs {@code source}; {@code cancel} (may be null) lets a UI stop it from another thread. */
    public static PracticeRun run(String file, String source, long seed, boolean live, CancelToken cancel, long timeoutMillis) {
        Program p;
        try {
            p = RustLite.compile(file, source);
        } catch (CompileError e) {
            return new PracticeRun(source, null, e.diagnostics(), List.of(), "", e.render(), 1, 0, live, seed);
        }
        Recorder rec = new Recorder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOptions o = RunOptions.simulated(seed).withLive(live).withSink(rec).withTimeout(timeoutMillis);
        if (cancel != null) {
            o = o.withCancel(cancel);
        }
        RunResult r;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            r = RustLite.run(p, o, po, pe);
        }
        return new PracticeRun(source, p, List.of(), rec.events(), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), r.exitCode(), r.elapsedNanos(), live, seed);
    }
}
