package asyncscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.TraceFile;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.scheduler.FastRand;
import asyncscope.engine.task.JoinHandle;
import asyncscope.engine.time.Time;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The simulator's CPU-time model ({@link CpuTime}, {@link SimulatedDriver}): a simulated thread that computes
 * or blocks is busy for that long on its own clock while the other threads go on, the trace shows it as one
 * long poll or blocking span, timers fire at their exact deadlines, and all of it stays deterministic.
 */
class SimulatedCpuTest {
    static final long MS = 1_000_000L;

    static Runtime sim(int workers, long seed, Recorder rec) {
        Runtime.Builder b = workers == 0 ? Runtime.builder().currentThread() : Runtime.builder().multiThread(workers);
        b.simulated(seed);
        if (rec != null) {
            b.recorder(rec);
        }
        return b.build();
    }

    /** {@code n} sleeps of {@code every}, each created when the previous one ended; records the time after each. */
    static Future<Void> ticks(int n, Duration every, List<Long> at) {
        if (n == 0) {
            return Futures.ready(null);
        }
        return Futures.then(Rt.inside(() -> Time.sleep(every)), v -> {
            at.add(Time.now());
            return ticks(n - 1, every, at);
        });
    }

    static List<Long> ms(long... values) {
        List<Long> out = new ArrayList<>();
        for (long v : values) {
            out.add(v * MS);
        }
        return out;
    }

    static Event only(List<Event> events, long task, Class<? extends Payload> kind) {
        List<Event> found = events.stream().filter(e -> e.task() == task && kind.isInstance(e.payload())).toList();
        assertEquals(1, found.size(), "one " + kind.getSimpleName() + " of task " + task + ": " + found);
        return found.get(0);
    }

    @Test
    void aWorkerBlockedFor300msDelaysNoTaskOnTheOtherWorker() {
        for (long seed = 0; seed < 16; seed++) {
            Recorder rec = new Recorder();
            List<Long> tickTimes = new ArrayList<>();
            AtomicLong blockerDone = new AtomicLong();
            long[] ids = new long[2];
            try (Runtime rt = sim(2, seed, rec)) {
                rt.blockOn(Rt.inside(() -> {
                    JoinHandle<Void> blocker = Handle.current().spawn(Futures.run(() -> {
                        CpuTime.block(300 * MS); // std::thread::sleep(300 ms) inside a task
                        blockerDone.set(Time.now());
                    }), "blocker", null);
                    JoinHandle<Void> ticker = Handle.current().spawn(ticks(5, Duration.ofMillis(50), tickTimes), "ticker", null);
                    ids[0] = blocker.id();
                    ids[1] = ticker.id();
                    return Futures.then(ticker, v -> blocker);
                }));
                assertEquals(300 * MS, rt.nanos(), "seed " + seed);
            }
            assertEquals(ms(50, 100, 150, 200, 250), tickTimes, "seed " + seed + ": the ticker kept its times");
            assertEquals(300 * MS, blockerDone.get());
            List<Event> ev = rec.events();
            Event start = only(ev, ids[0], Payload.PollStart.class);
            Event end = only(ev, ids[0], Payload.PollEnd.class);
            assertEquals(0, start.time());
            assertEquals(300 * MS, end.time());
            assertEquals(300 * MS, ((Payload.PollEnd) end.payload()).durationNanos(), "one 300 ms poll");
            assertEquals(start.worker(), end.worker());
            // While it is blocked its worker does nothing else; the ticker's polls happen on the other one.
            int busy = start.worker();
            assertTrue(ev.stream().noneMatch(e -> e.seq() > start.seq() && e.seq() < end.seq() && e.worker() == busy),
                    "seed " + seed + ": worker " + busy + " acted while blocked");
            long tickerPollsMeanwhile = ev.stream().filter(e -> e.task() == ids[1] && e.payload() instanceof Payload.PollStart
                    && e.time() > 0 && e.time() < 300 * MS).count();
            assertEquals(5, tickerPollsMeanwhile);
        }
    }

    @Test
    void onTheCurrentThreadFlavourBusyTimeDelaysEverything() {
        List<Long> tickTimes = new ArrayList<>();
        try (Runtime rt = sim(0, 1, null)) {
            rt.blockOn(Rt.inside(() -> {
                JoinHandle<Void> ticker = Handle.current().spawn(ticks(3, Duration.ofMillis(10), tickTimes));
                CpuTime.block(300 * MS);
                return ticker;
            }));
            assertEquals(330 * MS, rt.nanos());
        }
        assertEquals(ms(310, 320, 330), tickTimes, "the ticker could not start before the only thread was free");
    }

    @Test
    void onTheCurrentThreadFlavourABlockingJobRunsBesideTheThread() {
        List<Long> tickTimes = new ArrayList<>();
        try (Runtime rt = sim(0, 2, null)) {
            long end = rt.blockOn(Rt.inside(() -> {
                JoinHandle<Void> ticker = Handle.current().spawn(ticks(3, Duration.ofMillis(5), tickTimes));
                JoinHandle<Long> job = Handle.current().spawnBlocking(() -> {
                    CpuTime.block(20 * MS);
                    return Time.now();
                });
                return Futures.then(ticker, v -> job);
            }));
            assertEquals(20 * MS, end);
        }
        assertEquals(ms(5, 10, 15), tickTimes, "the thread parked and kept its timers while the job ran");
    }

    @Test
    void mainBlockingTheBlockOnThreadLeavesTheWorkersFree() {
        List<Long> tickTimes = new ArrayList<>();
        try (Runtime rt = sim(2, 4, null)) {
            rt.blockOn(Rt.inside(() -> {
                JoinHandle<Void> ticker = Handle.current().spawn(ticks(4, Duration.ofMillis(10), tickTimes));
                CpuTime.block(100 * MS); // main itself blocks: on the multi-thread flavour it is not a worker
                return ticker;
            }));
            assertEquals(100 * MS, rt.nanos());
        }
        assertEquals(ms(10, 20, 30, 40), tickTimes);
    }

    @Test
    void cpuWorkTakesTimeAndTheClockMovesDuringAStep() {
        List<Long> seen = new ArrayList<>();
        try (Runtime rt = sim(0, 0, null)) {
            rt.blockOn(Rt.inside(() -> {
                // An Instant spin loop: it must end, because the work it does moves the clock.
                long start = Time.now();
                int spins = 0;
                while (Time.now() - start < 5 * MS) {
                    CpuTime.work(1_000); // 1 µs of work per iteration
                    spins++;
                }
                seen.add(Time.now());
                seen.add((long) spins);
                return Futures.ready(null);
            }));
        }
        assertTrue(seen.get(0) >= 5 * MS && seen.get(0) < 5 * MS + SimulatedDriver.SLICE_NANOS, "ended at " + seen.get(0));
        assertTrue(seen.get(1) >= 5_000 && seen.get(1) <= 5_000 + SimulatedDriver.SLICE_NANOS / 1_000, "spins " + seen.get(1));
    }

    @Test
    void aBlockingJobShowsItsLengthWhileTheWorkersGoOn() {
        Recorder rec = new Recorder();
        List<Long> tickTimes = new ArrayList<>();
        long[] job = new long[1];
        try (Runtime rt = sim(2, 3, rec)) {
            long sum = rt.blockOn(Rt.inside(() -> {
                JoinHandle<Long> h = Handle.current().spawnBlocking(() -> {
                    long s = 0;
                    for (int i = 0; i < 40; i++) {
                        CpuTime.work(MS); // 40 ms of CPU-bound work, reported a millisecond at a time
                        s += i;
                    }
                    return s;
                });
                job[0] = h.id();
                JoinHandle<Void> ticker = Handle.current().spawn(ticks(6, Duration.ofMillis(5), tickTimes));
                return Futures.then(ticker, v -> h);
            }));
            assertEquals(780, sum);
            assertEquals(40 * MS, rt.nanos());
        }
        assertEquals(ms(5, 10, 15, 20, 25, 30), tickTimes);
        List<Event> ev = rec.events();
        Event start = only(ev, job[0], Payload.BlockingStart.class);
        Event end = only(ev, job[0], Payload.BlockingEnd.class);
        assertEquals(0, start.time());
        assertEquals(40 * MS, end.time(), "the blocking span lasts the 40 ms of work");
        assertEquals(-1, start.worker());
    }

    @Test
    void blockingJobsRunInParallelOnThreadsOfTheirOwn() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(1, 0, rec)) {
            rt.blockOn(Rt.inside(() -> {
                List<Future<? extends Integer>> hs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    int k = i;
                    hs.add(Handle.current().spawnBlocking(() -> {
                        CpuTime.block(10 * MS);
                        return k;
                    }));
                }
                return Futures.sequence(hs);
            }));
            assertEquals(10 * MS, rt.nanos(), "three 10 ms jobs side by side take 10 ms");
        }
        Set<Integer> threads = new HashSet<>();
        for (Event e : rec.events()) {
            if (e.payload() instanceof Payload.BlockingEnd b) {
                threads.add(b.thread());
                assertEquals(10 * MS, e.time());
            }
        }
        assertEquals(Set.of(0, 1, 2), threads);
    }

    @Test
    void beyondThePoolsMaximumJobsWaitForAThread() {
        try (Runtime rt = Runtime.builder().multiThread(1).simulated(0).maxBlockingThreads(2).build()) {
            List<Long> ends = rt.blockOn(Rt.inside(() -> {
                List<Future<? extends Long>> hs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    hs.add(Handle.current().spawnBlocking(() -> {
                        CpuTime.block(10 * MS);
                        return Time.now();
                    }));
                }
                return Futures.sequence(hs);
            }));
            assertEquals(ms(10, 10, 20), ends);
        }
    }

    /** Eight tasks of 10 ms of CPU work each: the more workers, the sooner all are done. */
    static long cpuBoundTasks(int workers, long seed) {
        try (Runtime rt = sim(workers, seed, null)) {
            rt.blockOn(Rt.inside(() -> {
                List<Future<? extends Void>> hs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    hs.add(Handle.current().spawn(Futures.run(() -> {
                        for (int k = 0; k < 100; k++) {
                            CpuTime.work(100_000);
                        }
                    })));
                }
                return Futures.sequence(hs);
            }));
            return rt.nanos();
        }
    }

    @Test
    void cpuBoundTasksShareTheWorkers() {
        assertEquals(80 * MS, cpuBoundTasks(0, 0), "current thread: one after another");
        assertEquals(80 * MS, cpuBoundTasks(1, 0), "one worker: one after another");
        for (long seed = 0; seed < 8; seed++) {
            assertEquals(40 * MS, cpuBoundTasks(2, seed), "two workers, seed " + seed);
            assertEquals(20 * MS, cpuBoundTasks(4, seed), "four workers (stealing from each other), seed " + seed);
        }
    }

    @Test
    void timersFireAtTheirDeadlineOnTheSimulatedClock() {
        Recorder rec = new Recorder();
        long[] woke = new long[1];
        try (Runtime rt = sim(2, 0, rec)) {
            rt.blockOn(Rt.inside(() -> {
                CpuTime.work(300_000); // 0.3 ms, then a 10 ms sleep: due at 10.3 ms, not rounded to 11
                return Futures.map(Time.sleep(Duration.ofMillis(10)), v -> woke[0] = Time.now());
            }));
        }
        assertEquals(10_300_000L, woke[0]);
        Event fire = rec.events().stream().filter(e -> e.payload() instanceof Payload.TimerFire).findFirst().orElseThrow();
        assertEquals(10_300_000L, fire.time());
        assertEquals(10_300_000L, ((Payload.TimerFire) fire.payload()).deadline());
    }

    @Test
    void whenMainEndsAPollStillRunningFinishesFirst() {
        AtomicInteger after = new AtomicInteger();
        try (Runtime rt = sim(2, 0, null)) {
            rt.blockOn(Rt.inside(() -> {
                Handle.current().spawn(Futures.run(() -> {
                    CpuTime.block(500 * MS);
                    after.incrementAndGet();
                }));
                return Rt.inside(() -> Time.sleep(Duration.ofMillis(1)));
            }));
            // As Tokio's shutdown waits for a worker's running poll, the simulation ends when it has ended.
            assertEquals(500 * MS, rt.nanos());
            assertEquals(1, after.get());
            assertTrue(((SimulatedDriver) rt.core().driver()).carriersStarted() > 0, "the poll was half-done when main ended");
        }
    }

    @Test
    void programsThatSpendNoTimeNeverChangeThread() {
        try (Runtime rt = sim(4, 5, null)) {
            rt.blockOn(Rt.inside(() -> {
                List<Future<? extends Void>> hs = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    hs.add(Handle.current().spawn(Futures.then(new YieldNow(), v -> Rt.inside(() -> Time.sleep(Duration.ofMillis(3))))));
                }
                return Futures.sequence(hs);
            }));
            assertEquals(0, ((SimulatedDriver) rt.core().driver()).carriersStarted());
        }
        try (Runtime rt = sim(4, 5, null)) {
            rt.blockOn(Rt.inside(() -> {
                Handle.current().spawn(Futures.run(() -> CpuTime.block(5 * MS)));
                return Handle.current().spawn(Futures.run(() -> CpuTime.block(10 * MS)));
            }));
            assertTrue(((SimulatedDriver) rt.core().driver()).carriersStarted() > 0, "two busy workers need a carrier");
        }
    }

    @Test
    void aFailedSimulationUnwindsHalfDoneStepsAndEndsItsThreads() {
        Runtime rt = sim(2, 0, null);
        SimulatedDriver driver = (SimulatedDriver) rt.core().driver();
        SimulationDeadlock e = assertThrows(SimulationDeadlock.class, () -> rt.blockOn(Rt.inside(() -> {
            Handle.current().spawn(Futures.run(() -> CpuTime.block(100 * MS))); // stops half-way at 100 ms
            return Handle.current().spawn(Futures.run(() -> {
                CpuTime.block(MS);
                driver.stop(); // the runtime is shut down while the other worker's step is half-done
                CpuTime.block(MS);
            }));
        })));
        assertTrue(e.getMessage().contains("shut down"), e.getMessage());
        assertTrue(driver.carriersStarted() > 0, "a step was half-done when the run failed");
        rt.close();
        long deadline = System.nanoTime() + 5_000 * MS;
        while (carrierThreads() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, carrierThreads(), "every carrier thread ended");
    }

    static long carrierThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("asyncscope-sim-carrier")).count();
    }

    // ---------------------------------------------------------------- traces: order, lanes, determinism

    /** A random mix of CPU work, blocking, sleeps, yields, spawns and blocking jobs. */
    static Future<Long> randomWorkload(long seed, int tasks) {
        return Rt.inside(() -> {
            FastRand r = new FastRand(seed * 31 + 7);
            List<Future<? extends Long>> hs = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                long work = r.nextInt(200) * 1_000L;   // up to 0.2 ms of CPU
                long block = r.nextInt(4) == 0 ? r.nextInt(3) * MS : 0;
                int sleepMs = r.nextInt(3);
                boolean offload = r.nextInt(5) == 0;
                long value = i;
                Future<Long> body = Futures.then(Futures.run(() -> {
                    CpuTime.work(work);
                    CpuTime.block(block);
                }), v -> Futures.then(new YieldNow(), w -> Futures.then(
                        Rt.inside(() -> Time.sleep(Duration.ofMillis(sleepMs))), x -> offload
                                ? Handle.current().spawnBlocking(() -> {
                                    CpuTime.work(work * 3);
                                    return value;
                                })
                                : Futures.lazy(() -> {
                                    CpuTime.work(work);
                                    return value;
                                }))));
                hs.add(Handle.current().spawn(body));
            }
            return Futures.map(Futures.sequence(hs), l -> l.stream().mapToLong(Long::longValue).sum());
        });
    }

    static byte[] trace(long seed, int workers) {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(workers, seed, rec)) {
            long sum = rt.blockOn(randomWorkload(seed, 60));
            assertEquals(60L * 59 / 2, sum);
            checkTimeline(rec.events(), seed);
            return TraceFile.toBytes(rec.toTrace(rt.config().asMap(), "cpu workload"));
        }
    }

    /** Time never goes back in sequence order; on every lane, polls (and blocking jobs) never overlap. */
    static void checkTimeline(List<Event> ev, long seed) {
        long last = 0;
        Map<Integer, Event> openPoll = new HashMap<>();
        Map<Integer, Event> openBlocking = new HashMap<>();
        for (Event e : ev) {
            assertTrue(e.time() >= last, "seed " + seed + ": time went back at " + e);
            last = e.time();
            if (e.payload() instanceof Payload.PollStart && e.worker() >= 0) {
                assertFalse(openPoll.containsKey(e.worker()), "seed " + seed + ": overlapping polls on worker " + e.worker() + " at " + e);
                openPoll.put(e.worker(), e);
            } else if (e.payload() instanceof Payload.PollEnd end && e.worker() >= 0) {
                Event s = openPoll.remove(e.worker());
                assertEquals(s.task(), e.task(), "seed " + seed);
                assertEquals(e.time() - s.time(), end.durationNanos(), "seed " + seed + ": poll duration of " + e);
            } else if (e.payload() instanceof Payload.BlockingStart b) {
                assertFalse(openBlocking.containsKey(b.thread()), "seed " + seed + ": two jobs on blocking thread " + b.thread());
                openBlocking.put(b.thread(), e);
            } else if (e.payload() instanceof Payload.BlockingEnd b) {
                assertEquals(openBlocking.remove(b.thread()).task(), e.task());
            }
        }
        assertTrue(openPoll.isEmpty() && openBlocking.isEmpty(), "seed " + seed + ": unfinished spans");
    }

    @Test
    void sameSeedSameTraceAndTheTimelineIsConsistent() {
        Set<String> distinct = new HashSet<>();
        for (int workers : new int[] {0, 1, 2, 4}) {
            for (long seed = 0; seed < 12; seed++) {
                byte[] a = trace(seed, workers);
                assertArrayEquals(a, trace(seed, workers), "seed " + seed + " workers " + workers);
                if (workers == 4) {
                    distinct.add(java.util.Arrays.toString(a));
                }
            }
        }
        assertTrue(distinct.size() >= 10, "only " + distinct.size() + " distinct traces out of 12 seeds");
    }

    @Test
    void stressOnBothDrivers() {
        int rounds = Rt.soak() ? 200 : 25;
        for (int i = 0; i < rounds; i++) {
            try (Runtime rt = sim(1 + i % 4, i, null)) {
                assertEquals(300L * 299 / 2, (long) rt.blockOn(randomWorkload(i, 300)));
            }
        }
        // Real threads: work costs nothing extra, blocking really sleeps; the same program completes alike.
        for (int i = 0; i < (Rt.soak() ? 20 : 3); i++) {
            try (Runtime rt = Runtime.builder().multiThread(4).threaded().seed(i).build()) {
                assertEquals(120L * 119 / 2, (long) rt.blockOn(randomWorkload(i, 120)));
                assertTrue(rt.core().internalErrors().isEmpty(), rt.core().internalErrors().toString());
            }
        }
    }
}
