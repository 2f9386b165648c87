package asyncscope.app.scenario;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.Trace;
import asyncscope.engine.runtime.Flavor;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.rustlite.CancelToken;
import asyncscope.lessons.rustlite.RunOptions;
import asyncscope.lessons.rustlite.RunResult;
import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.diag.CompileError;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program written in Rust-lite (a lesson's, or the learner's edit of it): compiled from its text, run on a
 * fresh engine runtime with the app's {@link RunSettings} and a recorder, the events returned as a trace.
 * The program's {@code #[tokio::main]} attribute gives the default flavour and worker count; a simulated run
 * is seeded and repeatable, a live one uses real threads. Besides the trace, {@link #execute} keeps what
 * the program printed on stdout and stderr, its exit code and the state names of its async fns, so the
 * window can show output the runtime printed after the last event and name a task's states.
 */
public final class RustLiteScenario implements Scenario {
    /** Wall-clock budget of one run from the app: a program that runs forever is cancelled after this. */
    public static final long RUN_TIMEOUT_MILLIS = 30_000;

    private final String title;
    private final String summary;
    private final String file;
    private final String source;
    /** The trace recorder's cap for this scenario's runs: {@link Recorder#DEFAULT_MAX_EVENTS}, or less in a test. */
    private final long recorderCap;
    /** Steps a poll may take before the watchdog stops it; 0: Rust-lite's default. */
    private final long watchdogSteps;

    public RustLiteScenario(String title, String summary, String file, String source) {
        this(title, summary, file, source, Recorder.DEFAULT_MAX_EVENTS, 0);
    }

    private RustLiteScenario(String title, String summary, String file, String source, long recorderCap, long watchdogSteps) {
        this.title = title;
        this.summary = summary;
        this.file = file;
        this.source = source;
        this.recorderCap = recorderCap;
        this.watchdogSteps = watchdogSteps;
    }

    /** The same program, recorded with a recorder that stops after {@code maxEvents} events. */
    public RustLiteScenario withRecorderCap(long maxEvents) {
        return new RustLiteScenario(title, summary, file, source, maxEvents, watchdogSteps);
    }

    /**
     * The same program with a watchdog that stops a poll after {@code steps} steps: a test of the watchdog then
     * does not depend on how fast a loaded machine reaches the default's 200 million before the time limit.
     */
    public RustLiteScenario withWatchdogSteps(long steps) {
        return new RustLiteScenario(title, summary, file, source, recorderCap, steps);
    }

    /** A lesson's own program. */
    public static RustLiteScenario of(Lesson l) {
        String first = l.narrative().lines().filter(s -> !s.isBlank() && !s.startsWith("#")).findFirst().orElse("");
        return new RustLiteScenario(l.title(), first, "main.rs", l.program());
    }

    /** The same program with different text (the learner's edit). */
    public RustLiteScenario withSource(String text) {
        return new RustLiteScenario(title, summary, file, text, recorderCap, watchdogSteps);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String source() {
        return source;
    }

    public String file() {
        return file;
    }

    @Override
    public boolean builtIn() {
        return false;
    }

    /** Compiles the text; throws {@link CompileError} listing every diagnostic. */
    public Program compile() {
        return RustLite.compile(file, source);
    }

    /** What {@code #[tokio::main]} asks for, simulated with seed 1; multi-thread ×4 when the text does not compile. */
    @Override
    public RunSettings defaults() {
        return defaultsOf(Compilation.of(file, source));
    }

    /** The settings a compiled program's {@code #[tokio::main]} asks for; multi-thread ×4 when it did not compile. */
    public static RunSettings defaultsOf(Compilation c) {
        if (c instanceof Compilation.Compiled ok) {
            Program p = ok.program();
            boolean current = p.flavor().equals("current_thread");
            return new RunSettings(false, 1, Math.max(1, Math.min(64, p.workerThreads())),
                    current ? Flavor.CURRENT_THREAD : Flavor.MULTI_THREAD);
        }
        return RunSettings.simulated(1, 4);
    }

    @Override
    public Trace run(RunSettings settings) {
        return run(settings, RunControl.detached());
    }

    @Override
    public Trace run(RunSettings settings, RunControl control) {
        return executeWith(compile(), settings, control).trace();
    }

    /** What one run produced: the trace, the program's stdout and stderr, exit code and async state names. */
    public record Outcome(Trace trace, String stdout, String stderr, int exitCode, long elapsedNanos,
                          Map<String, List<String>> stateMachines) {
    }

    /**
     * Compiles and runs the program (blocks: call off the UI thread). Throws {@link CompileError} when the
     * text does not compile, {@link IllegalArgumentException} when the settings contradict the program.
     * {@code cancel} (may be null) stops the run from another thread; the run is also stopped after
     * {@link #RUN_TIMEOUT_MILLIS}, and a poll that never yields is stopped by Rust-lite's watchdog.
     */
    public Outcome execute(RunSettings s, CancelToken cancel) {
        return execute(compile(), s, RunControl.detached(), cancel);
    }

    /**
     * Runs {@code p}, this scenario's text compiled already (see {@link Compilation}), reporting to and stopped
     * by {@code control}; otherwise as {@link #execute(RunSettings, CancelToken)}.
     */
    public Outcome executeWith(Program p, RunSettings s, RunControl control) {
        return execute(p, s, control, control.token());
    }

    private Outcome execute(Program p, RunSettings s, RunControl control, CancelToken cancel) {
        boolean programCurrent = p.flavor().equals("current_thread");
        Integer workers;
        if (s.flavor() == Flavor.CURRENT_THREAD) {
            if (!programCurrent) {
                throw new IllegalArgumentException("this program's #[tokio::main] builds a multi_thread runtime; to run it on one "
                        + "thread, write #[tokio::main(flavor = \"current_thread\")]");
            }
            workers = null;
        } else {
            workers = !programCurrent && s.workers() == p.workerThreads() ? null : s.workers();
        }
        Recorder rec = new Recorder(recorderCap);
        control.attach(rec);
        RunOptions o = RunOptions.simulated(s.seed()).withLive(s.live()).withWorkers(workers).withSink(rec)
                .withTimeout(RUN_TIMEOUT_MILLIS).withCancel(cancel);
        if (watchdogSteps > 0) {
            o = o.withWatchdog(o.watchdogMillis(), watchdogSteps);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult r;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            r = RustLite.run(p, o, po, pe);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        boolean current = workers == null && programCurrent;
        settings.put("flavor", current ? "current_thread" : "multi_thread");
        settings.put("workers", String.valueOf(current ? 1 : workers != null ? workers : p.workerThreads()));
        settings.put("driver", s.live() ? "threaded" : "simulated");
        settings.put("seed", String.valueOf(s.seed()));
        settings.put("program", title);
        settings.put("file", file);
        settings.put("language", "rust-lite");
        settings.put("mode", s.live() ? "live" : "simulated");
        settings.put("exit", String.valueOf(r.exitCode()));
        Trace t = rec.toTrace(settings, source); // says so in its settings if the recorder stopped at its cap
        return new Outcome(t, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), r.exitCode(),
                r.elapsedNanos(), p.stateMachines());
    }
}
