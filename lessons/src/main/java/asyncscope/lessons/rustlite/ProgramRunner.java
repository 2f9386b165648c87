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
import asyncscope.lessons.rustlite.interp.RunBudget;
import asyncscope.lessons.rustlite.prelude.Prelude;
import asyncscope.lessons.rustlite.prelude.ProcessExit;
import asyncscope.lessons.rustlite.prelude.ProgramIO;
import asyncscope.lessons.rustlite.prelude.RuntimePrelude;
import asyncscope.lessons.rustlite.interp.Watch;
import asyncscope.lessons.rustlite.prelude.TaskRoot;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.BiFunction;

/**
 * Runs a compiled program on a fresh engine runtime, as {@code #[tokio::main]} would: builds the runtime
 * (flavor and worker count from the attribute, or overridden), blocks on {@code main}, then shuts the
 * runtime down (unfinished tasks are dropped, their {@code Drop} impls run). Exit codes follow Rust:
 * 0, 101 when main panics (or the watchdog stops a task that does not yield), 1 when main returns {@code Err};
 * 124 when the run is cancelled (its time limit, or Stop), {@value RunBudget#EXIT_CODE} when it outgrows its
 * memory or output budget ({@link RunBudget}).
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    public static RunResult run(Program p, RunOptions o, PrintStream out, PrintStream err) {
        RunBudget budget = RunBudget.of(o.memoryMb(), o.outputMb());
        ProgramIO io = new ProgramIO(out, err, budget);
        // the simulator's watchdog counts steps only: a deterministic run must not depend on the machine's speed
        Exec.Limits limits = o.live() ? new Exec.Limits(o.maxStepsPerPoll(), o.watchdogMillis(), budget)
                : Exec.Limits.steps(o.maxStepsPerPoll(), budget);
        Exec.Limits syncLimits = new Exec.Limits(Long.MAX_VALUE, Long.MAX_VALUE, budget);
        Interp in = new Interp(p, io, limits);
        BiFunction<Boolean, Integer, Runtime> factory = (current, workers) -> {
            Runtime r = build(o, current, workers);
            Prelude.startServices(in, r.core());
            return r;
        };
        in.services.put(RuntimePrelude.FACTORY, factory);
        // #[tokio::main] builds the runtime around main; a plain `fn main` runs on this thread and may build its own
        boolean attributeRuntime = p.tokioMain() || p.main().isAsync;
        if (attributeRuntime) {
            int workers = o.workers() != null ? o.workers() : p.workerThreads();
            Runtime rt = build(o, p.flavor().equals("current_thread") && o.workers() == null, workers);
            in.services.put(RuntimePrelude.LAST, rt);
        }
        Timer timer = new Timer("rustlite-timeout", true);
        Runnable stop = () -> {
            limits.cancelled = true;
            syncLimits.cancelled = true;
            if (o.live() && in.services.get(RuntimePrelude.LAST) instanceof Runtime r) {
                // tasks parked on something that never comes are not polled again: shut the runtime down
                try {
                    r.shutdown(Duration.ofMillis(200));
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
            Object v;
            if (attributeRuntime) {
                Runtime rt = (Runtime) in.services.get(RuntimePrelude.LAST);
                Prelude.startServices(in, rt.core());
                SourceSpan span = p.main().pos == null ? SourceSpan.NONE : SourceSpan.at(p.main().pos.line(), p.main().pos.column());
                v = rt.blockOn(new TaskRoot(in, mainFuture(in, p), "main"), "main", span);
            } else {
                v = runSyncMain(in, p, syncLimits);
            }
            if (v instanceof REnum e && e.is("Err")) {
                io.print("Error: " + Fmt.debug(e.fields[0], false) + "\n", true);
                code = 1;
            }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            Throwable c = e instanceof JoinError && e.getCause() != null ? e.getCause() : e;
            if (e instanceof OutOfMemoryError) {
                budget.outOfMemory(); // outside any task (the runtime's own bookkeeping): the run is over all the same
            }
            if (ProcessExit.requested(in) != null) {
                code = ProcessExit.requested(in);
            } else if (budget.tripped() != null) {
                io.printUnbudgeted("error: " + budget.tripped().getMessage() + BUDGET_HINT + "\n");
                code = RunBudget.EXIT_CODE;
            } else if (c instanceof Exec.Cancelled || limits.cancelled) {
                io.print(o.cancel() != null && o.cancel().isCancelled() ? "error: the program was cancelled (Stop was pressed)\n"
                        : "error: the program was cancelled after " + o.timeoutMillis() + " ms, its time limit" + TIMEOUT_HINT + "\n", true);
                code = 124;
            } else if (c instanceof SimulationDeadlock) {
                io.print("error: deadlock: every task is waiting and nothing (no timer, no socket) can wake them\n", true);
                code = 101;
            } else if (c instanceof RPanic || c instanceof Exec.NotYielding || c instanceof RuntimePrelude.PanicReported
                    || e instanceof JoinError) {
                code = 101;
            } else if (c instanceof StackOverflowError) {
                io.print("error: stack overflow: recursion too deep\n", true);
                code = 101;
            } else {
                io.print("error: internal error in the Rust-lite runtime: " + c + "\n", true);
                code = 101;
            }
        } finally {
            if (in.services.get(RuntimePrelude.LAST) instanceof Runtime rt) {
                elapsed = rt.nanos();
                try {
                    rt.shutdown(Duration.ofSeconds(2));
                } catch (RuntimeException ignored) {
                    // a panicking destructor during shutdown must not hide the program's own result
                }
            }
            timer.cancel();
            io.flush();
        }
        if (code == 0 && limits.cancelled) {
            // main had returned, and the runtime's shutdown (the unfinished tasks' destructors) ran out of time
            io.print(o.cancel() != null && o.cancel().isCancelled() ? "error: the program was cancelled (Stop was pressed)\n"
                    : "error: the program was cancelled after " + o.timeoutMillis() + " ms, its time limit, while its"
                    + " unfinished tasks were being dropped: look for a Drop impl that never ends\n", true);
            io.flush();
            code = 124;
        }
        if (code == 0 && budget.tripped() != null) {
            // a task other than main was stopped and main went on without it: the run still ends at its budget
            io.printUnbudgeted("error: " + budget.tripped().getMessage() + BUDGET_HINT + "\n");
            code = RunBudget.EXIT_CODE;
        }
        return new RunResult(code, elapsed, !o.live());
    }

    /** What to do about a run stopped at its memory or output budget. */
    static final String BUDGET_HINT = "; look for a collection or a string that grows in a loop, a task that spawns"
            + " another without end, or a print in a loop that never ends";
    /** What to do about a run cancelled at its time limit. */
    static final String TIMEOUT_HINT = ": look for a loop that never ends, or a task awaiting something that never"
            + " comes (a channel nobody sends on, a lock never released); `asyncscope run --timeout SECONDS` gives a"
            + " longer limit";

    /** A plain {@code fn main}: runs on the calling thread, outside any runtime, as in Rust. */
    private static Object runSyncMain(Interp in, Program p, Exec.Limits limits) {
        limits.owner = in;
        Exec prev = Watch.begin(0, limits);
        try {
            return in.invoke(p.main(), new Object[0], null);
        } catch (RPanic pa) {
            in.io.panicked("main", pa.line, pa.column, pa.getMessage());
            throw pa;
        } catch (StackOverflowError so) {
            in.io.panicked("main", 0, 0, "stack overflow");
            throw new RPanic("stack overflow");
        } finally {
            Watch.end(prev);
        }
    }

    private static Runtime build(RunOptions o, boolean currentThread, int workers) {
        Runtime.Builder b = Runtime.builder();
        if (currentThread) {
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
        return b.build();
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
