package asyncscope.app.scenario;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Future;
import asyncscope.engine.runtime.CpuTime;
import asyncscope.engine.runtime.Runtime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in demo programs the app offers until lessons can run Rust-lite, and the one way they all
 * run: a fresh runtime built from {@link RunSettings} with a recorder attached, the program's main
 * future driven by {@code block_on}, the recorded events returned as a {@link Trace}.
 */
public final class Demos {
    private Demos() {}

    public static List<Scenario> all() {
        return List.of(new StealingDemo(), new SleepJoinDemo(), new JoinDemo(), new SelectDemo(), new PingPongDemo(),
                new BlockingDemo(), new ChannelDemo(), new SemaphoreDemo(), new ScaleDemo(1000), new ScaleDemo(100_000));
    }

    /**
     * Runs {@code main} (a fresh future per call) under {@code s} and records the trace; {@code control} sees the
     * recorder (progress) and, when it was stopped meanwhile, the run ends with a CancellationException.
     */
    public static Trace record(String title, String source, RunSettings s, RunControl control, Supplier<Future<?>> main) {
        control.throwIfCancelled();
        Recorder rec = new Recorder();
        control.attach(rec);
        Runtime.Builder b = Runtime.builder();
        b = s.flavor() == asyncscope.engine.runtime.Flavor.CURRENT_THREAD ? b.currentThread() : b.multiThread(s.workers());
        b = s.live() ? b.threaded().seed(s.seed()) : b.simulated(s.seed());
        Map<String, String> settings = new LinkedHashMap<>();
        try (Runtime rt = b.recorder(rec).build()) {
            settings.putAll(rt.config().asMap());
            rt.blockOn(main.get(), "main", asyncscope.engine.event.SourceSpan.NONE);
        }
        control.throwIfCancelled(); // Java code cannot be interrupted mid-run: a stopped run's trace is not kept
        settings.put("program", title);
        settings.put("mode", s.live() ? "live" : "simulated");
        return rec.toTrace(settings, source); // says so in its settings if the recorder stopped at its cap
    }

    /**
     * Virtual CPU time of one round of {@link #busyWork}: what Rust-lite charges for the same xorshift round
     * (about ten instructions at 1 ns each), so a demo's work takes the time its Rust would in the simulator.
     */
    static final long NANOS_PER_ROUND = 10;

    /**
     * A little CPU work that the JIT cannot remove, standing in for "compute something". Under the simulator it
     * also takes virtual time ({@link CpuTime#work}): the worker or blocking thread running it is busy that long.
     */
    public static long busyWork(long seed, int rounds) {
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        CpuTime.work(rounds * NANOS_PER_ROUND);
        return x;
    }
}
