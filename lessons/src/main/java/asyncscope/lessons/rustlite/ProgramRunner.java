package asyncscope.lessons.rustlite;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.runtime.SimulationDeadlock;
import asyncscope.engine.task.JoinError;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.interp.Exec;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.prelude.Prelude;
import asyncscope.lessons.rustlite.prelude.ProgramIO;
import asyncscope.lessons.rustlite.prelude.TaskRoot;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Runs a compiled program on a fresh engine runtime, as {@code #[tokio::main]} would: builds the runtime
 * (flavor and worker count from the attribute, or overridden), blocks on {@code main}, then shuts the
 * runtime down (unfinished tasks are dropped, their {@code Drop} impls run). Exit codes follow Rust:
 * 0, 101 when main panics, 1 when main returns {@code Err}.
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    public static RunResult run(Program p, RunOptions o, PrintStream out, PrintStream err) {
        ProgramIO io = new ProgramIO(out, err);
        Exec.Limits limits = new Exec.Limits(o.maxStepsPerPoll(), o.watchdogMillis());
        Interp in = new Interp(p, io, limits);
        Runtime.Builder b = Runtime.builder();
        int workers = o.workers() != null ? o.workers() : p.workerThreads();
        if (p.flavor().equals("current_thread") && o.workers() == null) {
            b.currentThread();
        } else {
            b.multiThread(Math.max(1, workers));
        }
        if (o.live()) {
            b.threaded();
        } else {
            b.simulated(o.seed());
        }
        b.seed(o.seed());
        if (o.sink() != null) {
            b.events(o.sink());
        }
        Runtime rt = b.build();
        Timer timer = new Timer("rustlite-timeout", true);
        Runnable stop = () -> {
            limits.cancelled = true;
            if (o.live()) {
                // tasks parked on something that never comes are not polled again: shut the runtime down
                try {
                    rt.shutdown(Duration.ofMillis(200));
                } catch (RuntimeException ignored) {
                    // already shutting down
                }
            }
        };
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                stop.run();
            }
        }, o.timeoutMillis());
        if (o.cancel() != null) {
            timer.schedule(new TimerTask() {
                @Override
                public void run() {
                    if (o.cancel().isCancelled() && !limits.cancelled) {
                        stop.run();
                    }
                }
            }, 10, 10);
        }
        int code = 0;
        long elapsed = 0;
        try {
            Prelude.startServices(in, rt.core());
            Future<Object> main = mainFuture(in, p);
            SourceSpan span = p.main().pos == null ? SourceSpan.NONE : SourceSpan.at(p.main().pos.line(), p.main().pos.column());
            Object v = rt.blockOn(new TaskRoot(in, main, "main"), "main", span);
            if (v instanceof REnum e && e.is("Err")) {
                io.print("Error: " + Fmt.debug(e.fields[0], false) + "\n", true);
                code = 1;
            }
        } catch (RuntimeException e) {
            Throwable c = e instanceof JoinError && e.getCause() != null ? e.getCause() : e;
            if (c instanceof Exec.Cancelled || limits.cancelled) {
                io.print(o.cancel() != null && o.cancel().isCancelled() ? "error: the program was cancelled\n"
                        : "error: the program was cancelled after " + o.timeoutMillis() + " ms\n", true);
                code = 124;
            } else if (c instanceof SimulationDeadlock) {
                io.print("error: deadlock: every task is waiting and nothing (no timer, no socket) can wake them\n", true);
                code = 101;
            } else if (c instanceof RPanic || c instanceof Exec.NotYielding || e instanceof JoinError) {
                code = 101;
            } else {
                io.print("error: internal error in the Rust-lite runtime: " + c + "\n", true);
                code = 101;
            }
        } finally {
            elapsed = rt.nanos();
            try {
                rt.shutdown(Duration.ofSeconds(2));
            } catch (RuntimeException ignored) {
                // a panicking destructor during shutdown must not hide the program's own result
            }
            timer.cancel();
            io.flush();
        }
        return new RunResult(code, elapsed, !o.live());
    }

    private static Future<Object> mainFuture(Interp in, Program p) {
        if (p.main().isAsync) {
            @SuppressWarnings("unchecked")
            Future<Object> f = (Future<Object>) in.invoke(p.main(), new Object[0], null);
            return f;
        }
        return new Future<>() {
            @Override
            public Poll<Object> poll(Context cx) {
                return Poll.ready(in.invoke(p.main(), new Object[0], null));
            }

            @Override
            public String describe() {
                return "main";
            }
        };
    }
}
