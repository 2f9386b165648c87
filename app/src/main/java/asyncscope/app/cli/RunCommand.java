package asyncscope.app.cli;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.EventSink;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.ChromeTrace;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.Trace;
import asyncscope.engine.event.TraceFile;
import asyncscope.lessons.rustlite.RunOptions;
import asyncscope.lessons.rustlite.RunResult;
import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.RustcRender;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The headless runner: {@code asyncscope run FILE.rs [--seed N] [--workers N] [--live] [--timeout SECONDS]
 * [--trace FILE] [--chrome-trace FILE] [--summary]}. Prints exactly what the program prints; with
 * {@code --summary} an event summary goes to stderr. Exit codes (the README's table): the program's (0, 101 on
 * a panic in main or a task stopped by the watchdog, 1 when main returns Err), 124 when the run is cancelled at
 * its time limit, 134 when it outgrows its memory or output budget, 1 on a compile error, 2 on bad usage.
 */
public final class RunCommand {
    private RunCommand() {}

    static final String USAGE = "usage: asyncscope run FILE.rs [--seed N] [--workers N] [--live] [--timeout SECONDS]"
            + " [--trace FILE] [--chrome-trace FILE] [--summary]";

    /** Counts what the summary reports; thread-safe because threaded workers emit concurrently. */
    static final class Counter implements EventSink {
        final AtomicLong tasks = new AtomicLong();
        final AtomicLong polls = new AtomicLong();
        final AtomicLong wakes = new AtomicLong();
        final AtomicLong steals = new AtomicLong();
        final EventSink next;

        Counter(EventSink next) {
            this.next = next;
        }

        @Override
        public void accept(Event e) {
            Payload p = e.payload();
            if (p instanceof Payload.Spawn) {
                tasks.incrementAndGet();
            } else if (p instanceof Payload.PollStart) {
                polls.incrementAndGet();
            } else if (p instanceof Payload.Wake) {
                wakes.incrementAndGet();
            } else if (p instanceof Payload.Steal) {
                steals.incrementAndGet();
            }
            if (next != null) {
                next.accept(e);
            }
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        long seed = 0;
        Integer workers = null;
        boolean live = false;
        boolean summary = false;
        long timeoutSeconds = 60;
        String trace = null;
        String chrome = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--workers" -> {
                        workers = Integer.parseInt(value(args, ++i, a));
                        if (workers < 1 || workers > 64) {
                            throw new IllegalArgumentException("--workers must be between 1 and 64");
                        }
                    }
                    case "--timeout" -> {
                        timeoutSeconds = Long.parseLong(value(args, ++i, a));
                        if (timeoutSeconds < 1 || timeoutSeconds > 86_400) {
                            throw new IllegalArgumentException("--timeout must be between 1 and 86400 seconds");
                        }
                    }
                    case "--live" -> live = true;
                    case "--summary" -> summary = true;
                    case "--trace" -> trace = value(args, ++i, a);
                    case "--chrome-trace" -> chrome = value(args, ++i, a);
                    default -> {
                        if (a.startsWith("--") || file != null) {
                            throw new IllegalArgumentException("unexpected argument `" + a + "`");
                        }
                        file = a;
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("missing FILE.rs");
            }
        } catch (NumberFormatException e) {
            err.println("asyncscope run: expected a number: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("asyncscope run: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String src;
        try {
            src = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("asyncscope run: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        Program program;
        try {
            program = RustLite.compile(Path.of(file).getFileName().toString(), src);
        } catch (CompileError e) {
            err.println(e.render());
            return 1;
        }
        if (!program.warnings().isEmpty()) {
            // as cargo does: rustc's warnings on stderr, then the program runs
            err.println(RustcRender.warnings(program.warnings(), program.source()));
        }
        Recorder recorder = trace != null || chrome != null ? new Recorder() : null;
        Counter counter = summary ? new Counter(recorder) : null;
        RunOptions opts = RunOptions.simulated(seed).withWorkers(workers).withLive(live)
                .withSink(counter != null ? counter : recorder).withTimeout(timeoutSeconds * 1000);
        long wallStart = System.nanoTime();
        RunResult r = RustLite.run(program, opts, out, err);
        long wall = System.nanoTime() - wallStart;
        out.flush();
        if (recorder != null) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("file", Path.of(file).getFileName().toString());
            settings.put("flavor", workers != null ? "multi_thread" : program.flavor());
            settings.put("workers", String.valueOf(workers != null ? workers : program.workerThreads()));
            settings.put("driver", live ? "threaded" : "simulated");
            settings.put("seed", String.valueOf(seed));
            Trace t = recorder.toTrace(settings, src);
            if (recorder.stopped()) {
                err.println("note: " + recorder.stoppedNote());
            }
            try {
                if (trace != null) {
                    TraceFile.write(t, Path.of(trace));
                }
                if (chrome != null) {
                    ChromeTrace.write(t, Path.of(chrome));
                }
            } catch (IOException | RuntimeException e) {
                err.println("asyncscope run: cannot write the trace: " + e.getMessage());
                return r.exitCode() == 0 ? 2 : r.exitCode();
            }
        }
        if (summary) {
            err.printf("--- summary: %s elapsed %d ms, tasks %d, polls %d, wakes %d, steals %d, exit %d%n",
                    live ? "real" : "virtual", (live ? wall : r.elapsedNanos()) / 1_000_000, counter.tasks.get(), counter.polls.get(),
                    counter.wakes.get(), counter.steals.get(), r.exitCode());
        }
        return r.exitCode();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
