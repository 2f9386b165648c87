package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.TraceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rust-lite's cost model under the simulator ({@code interp.CostModel}): executed instructions are CPU time on
 * the simulated thread that runs them, so CPU-bound code takes visible virtual time in proportion to the work,
 * a blocking job is a span as long as its work, and the workers go on meanwhile.
 */
class CpuCostTest {
    static final long MS = 1_000_000L;

    /** A deliberately lenient watchdog: what is checked here is virtual time, not how fast this machine is. */
    static RunOptions options(long seed, Recorder rec) {
        return RunOptions.simulated(seed).withSink(rec).withWatchdog(60_000, 2_000_000_000L).withTimeout(120_000);
    }

    static final String SUM_IN_BLOCKING = """
            #[tokio::main(flavor = "multi_thread", worker_threads = 2)]
            async fn main() {
                let ticker = tokio::spawn(async {
                    let mut ticks = 0;
                    loop {
                        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
                        ticks += 1;
                        if ticks == 1000 { break; }
                    }
                });
                let sum = tokio::task::spawn_blocking(|| {
                    let mut sum: u64 = 0;
                    for i in 0..N { sum += i; }
                    sum
                }).await.unwrap();
                println!("{}", sum);
                ticker.abort();
            }
            """;

    record Span(long start, long end, List<Event> events) {
        long length() {
            return end - start;
        }

        @Override
        public String toString() {
            return "[" + start + ", " + end + "]";
        }
    }

    /** Runs the summing job for {@code n} iterations; returns its BlockingStart..BlockingEnd span. */
    static Span blockingSpan(long n) {
        Recorder rec = new Recorder();
        InterpreterTest.Run r = InterpreterTest.run(SUM_IN_BLOCKING.replace("0..N", "0.." + n + "u64"), options(0, rec));
        assertEquals(0, r.result().exitCode(), r.err());
        assertEquals((n * (n - 1) / 2) + "\n", r.out());
        List<Event> ev = rec.events();
        Event start = ev.stream().filter(e -> e.payload() instanceof Payload.BlockingStart).findFirst().orElseThrow();
        Event end = ev.stream().filter(e -> e.payload() instanceof Payload.BlockingEnd).findFirst().orElseThrow();
        return new Span(start.time(), end.time(), ev);
    }

    @Test
    void aBlockingLoopTakesVirtualTimeInProportionToItsInstructions() {
        Span small = blockingSpan(50_000);
        Span medium = blockingSpan(100_000);
        Span large = blockingSpan(200_000);
        // Each iteration executes the same instructions, each costing the same: the span is linear in n, exactly.
        long per50k = medium.length() - small.length();
        assertEquals(2 * per50k, large.length() - medium.length(), "spans " + small + " " + medium + " " + large);
        assertTrue(per50k >= 50_000, "at least a nanosecond per iteration: " + per50k);
        // Meanwhile the ticker on the workers kept its 1 ms period: it fired once per millisecond of the job.
        long ticksDuringJob = large.events().stream().filter(e -> e.payload() instanceof Payload.TimerFire
                && e.time() > large.start() && e.time() <= large.end()).count();
        assertTrue(Math.abs(large.length() / MS - ticksDuringJob) <= 1, ticksDuringJob + " ticks in " + large.length() + " ns");
    }

    @Test
    void fiveMillionIterationsTakeVisibleTime() {
        assumeTrue(Boolean.getBoolean("asyncscope.soak"), "seconds of interpreting: a soak test (-Dasyncscope.soak=true)");
        Span s = blockingSpan(5_000_000);
        assertTrue(s.length() >= 5 * MS, "5M iterations: " + s.length() / 1e6 + " ms");
    }

    static final String CPU_ON_WORKERS = """
            fn work(seed: u64) -> u64 {
                let mut h: u64 = seed;
                let mut i: u64 = 0;
                while i < LOOP {
                    h = (h ^ i).wrapping_mul(1099511628211);
                    i += 1;
                }
                h % 1000
            }

            #[tokio::main(flavor = "multi_thread", worker_threads = W)]
            async fn main() {
                let mut hs = Vec::new();
                for job in 0..8u64 {
                    hs.push(tokio::spawn(async move { work(job) }));
                }
                let mut total = 0;
                for h in hs {
                    total += h.await.unwrap();
                }
                println!("{}", total);
            }
            """;

    static InterpreterTest.Run cpuOnWorkers(int workers, int loop, long seed, Recorder rec) {
        String src = CPU_ON_WORKERS.replace("= W", "= " + workers).replace("LOOP", Integer.toString(loop));
        InterpreterTest.Run r = InterpreterTest.run(src, options(seed, rec));
        assertEquals(0, r.result().exitCode(), r.err());
        return r;
    }

    @Test
    void cpuBoundTasksRunInParallelOnTheWorkers() {
        long one = cpuOnWorkers(1, 12_000, 0, new Recorder()).result().elapsedNanos();
        long two = cpuOnWorkers(2, 12_000, 0, new Recorder()).result().elapsedNanos();
        long four = cpuOnWorkers(4, 12_000, 0, new Recorder()).result().elapsedNanos();
        assertTrue(one >= 8 * 12_000, "eight tasks of 12,000 iterations, at least a nanosecond each: " + one);
        // The tasks are equal, so n workers finish them in 1/n of the time, give or take one time slice per task.
        long slack = 8 * 50_000;
        assertTrue(Math.abs(one - 2 * two) <= slack, "one worker " + one + " ns, two workers " + two + " ns");
        assertTrue(Math.abs(one - 4 * four) <= 2 * slack, "one worker " + one + " ns, four workers " + four + " ns");
    }

    @Test
    void sameSeedSameTraceWithCpuCosts() {
        Set<String> distinct = new HashSet<>();
        for (long seed = 0; seed < 6; seed++) {
            Recorder a = new Recorder();
            Recorder b = new Recorder();
            String out = cpuOnWorkers(3, 3_000, seed, a).out();
            assertEquals(out, cpuOnWorkers(3, 3_000, seed, b).out());
            byte[] ta = TraceFile.toBytes(a.toTrace(Map.of(), "cpu"));
            assertArrayEquals(ta, TraceFile.toBytes(b.toTrace(Map.of(), "cpu")), "seed " + seed);
            distinct.add(java.util.Arrays.toString(ta));
            long last = 0;
            for (Event e : a.events()) {
                assertTrue(e.time() >= last, "time went back at " + e);
                last = e.time();
            }
        }
        assertTrue(distinct.size() >= 5, distinct.size() + " distinct traces of 6 seeds");
    }

    @Test
    void aBusyPollIsOneLongSpanAndItsWorkerDoesNothingElse() {
        String src = """
                #[tokio::main(flavor = "multi_thread", worker_threads = 2)]
                async fn main() {
                    let busy = tokio::spawn(async {
                        let mut x: u64 = 1;
                        for i in 0..200000u64 { x = (x ^ i).wrapping_mul(31); }
                        x % 10
                    });
                    let quick = tokio::spawn(async { 7 });
                    println!("{}", quick.await.unwrap());
                    println!("{}", busy.await.unwrap() < 10);
                }
                """;
        Recorder rec = new Recorder();
        InterpreterTest.Run r = InterpreterTest.run(src, options(1, rec));
        assertEquals("7\ntrue\n", r.out(), r.err());
        List<Event> ev = rec.events();
        Event longest = ev.stream().filter(e -> e.payload() instanceof Payload.PollEnd)
                .max((x, y) -> Long.compare(((Payload.PollEnd) x.payload()).durationNanos(), ((Payload.PollEnd) y.payload()).durationNanos()))
                .orElseThrow();
        long d = ((Payload.PollEnd) longest.payload()).durationNanos();
        assertTrue(d >= MS, "the busy poll lasts milliseconds: " + d);
        Event start = ev.stream().filter(e -> e.task() == longest.task() && e.payload() instanceof Payload.PollStart)
                .reduce((x, y) -> y.seq() < longest.seq() ? y : x).orElseThrow();
        assertEquals(longest.time() - d, start.time());
        assertTrue(ev.stream().noneMatch(e -> e.seq() > start.seq() && e.seq() < longest.seq() && e.worker() == longest.worker()),
                "the busy worker did nothing else meanwhile");
        assertTrue(ev.stream().anyMatch(e -> e.seq() > start.seq() && e.seq() < longest.seq() && e.payload() instanceof Payload.Output),
                "main printed while the busy task was still running");
    }
}
