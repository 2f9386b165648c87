package asyncscope.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.EventKind;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Timers on a running runtime: virtual time in simulation, real time in threaded mode. */
class TimeRuntimeTest {
    static final long MS = 1_000_000L;
    static final long S = 1_000 * MS;

    static Runtime sim(int workers, long seed, Recorder rec) {
        Runtime.Builder b = Runtime.builder().multiThread(workers).simulated(seed);
        if (rec != null) {
            b.recorder(rec);
        }
        return b.build();
    }

    @Test
    void joinOfOneTwoThreeSecondsTakesExactlyThreeVirtualSeconds() {
        for (int workers : new int[] {1, 4}) {
            try (Runtime rt = sim(workers, 3, null)) {
                rt.blockOn(Join.of(Time.sleep(Duration.ofSeconds(1)), Time.sleep(Duration.ofSeconds(2)),
                        Time.sleep(Duration.ofSeconds(3))));
                assertEquals(3 * S, rt.nanos());
            }
        }
        try (Runtime rt = Runtime.builder().currentThread().simulated(1).build()) {
            rt.blockOn(Join.of(Time.sleep(Duration.ofSeconds(1)), Time.sleep(Duration.ofSeconds(2)),
                    Time.sleep(Duration.ofSeconds(3))));
            assertEquals(3 * S, rt.nanos());
        }
    }

    @Test
    void spawnedSleepersJoinAtTheLongest() {
        try (Runtime rt = sim(3, 11, null)) {
            long end = rt.blockOn(Futures.then(Futures.lazy(() -> {
                List<JoinHandle<Long>> hs = new ArrayList<>();
                for (int s = 1; s <= 3; s++) {
                    int k = s;
                    hs.add(Handle.current().spawn(Futures.map(Time.sleep(Duration.ofSeconds(k)), v -> Time.now())));
                }
                return hs;
            }), hs -> Futures.map(Futures.sequence(hs), l -> {
                assertEquals(List.of(1 * S, 2 * S, 3 * S), l);
                return Time.now();
            })));
            assertEquals(3 * S, end);
        }
    }

    @Test
    void sequentialSleepsSum() {
        try (Runtime rt = sim(2, 5, null)) {
            rt.blockOn(Futures.then(Time.sleep(Duration.ofSeconds(1)),
                    v -> Futures.then(Time.sleep(Duration.ofSeconds(2)), w -> Time.sleep(Duration.ofMillis(3)))));
            assertEquals(3 * S + 3 * MS, rt.nanos());
        }
    }

    @Test
    void anHourOfSleepTakesMillisecondsOfRealTime() {
        long t0 = System.nanoTime();
        try (Runtime rt = sim(2, 9, null)) {
            rt.blockOn(Time.sleep(Duration.ofHours(1)));
            assertEquals(3600 * S, rt.nanos());
        }
        assertTrue(System.nanoTime() - t0 < 2 * S, "an hour of virtual sleep took real seconds");
    }

    @Test
    void durationsRoundUpToTheMillisecond() {
        try (Runtime rt = sim(1, 1, null)) {
            rt.blockOn(Time.sleep(Duration.ofNanos(1_500_000)));
            assertEquals(2 * MS, rt.nanos());
            rt.blockOn(Time.sleep(Duration.ZERO));
            assertEquals(2 * MS, rt.nanos());
        }
    }

    /** A future that never finishes and notes when it is dropped. */
    static final class Forever implements Future<String> {
        final AtomicBoolean dropped = new AtomicBoolean();

        @Override
        public Poll<String> poll(Context cx) {
            return Poll.pending();
        }

        @Override
        public void drop() {
            dropped.set(true);
        }
    }

    @Test
    void timeoutDropsTheInnerFutureOnExpiry() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(2, 4, rec)) {
            Forever inner = new Forever();
            TimeoutResult<String> r = rt.blockOn(Time.timeout(Duration.ofMillis(100), inner));
            assertTrue(r.isElapsed());
            assertTrue(inner.dropped.get(), "the inner future's drop must run");
            assertEquals(100 * MS, rt.nanos());
            assertTrue(rec.events().stream().anyMatch(e -> e.payload() instanceof Payload.Drop d
                    && d.reason() == Payload.DropReason.TIMEOUT));
        }
    }

    @Test
    void timeoutPassesTheValueAndCancelsItsTimer() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(2, 4, rec)) {
            TimeoutResult<String> r = rt.blockOn(Time.timeout(Duration.ofMillis(100),
                    Futures.map(Time.sleep(Duration.ofMillis(30)), v -> "done")));
            assertEquals(new TimeoutResult.Ok<>("done"), r);
            assertEquals(30 * MS, rt.nanos());
            assertEquals(0, TimeDriver.of(rt.core()).armed(), "the timeout's entry must be gone");
            assertEquals(1, count(rec, EventKind.TIMER_CANCEL));
        }
    }

    @Test
    void droppingASleepCancelsItsEntryAndNoWakeArrives() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(2, 8, rec)) {
            rt.blockOn(Futures.then(Futures.lazy(() -> Handle.current().spawn(Time.sleep(Duration.ofSeconds(10)), "sleeper", null)),
                    h -> Futures.then(Time.sleep(Duration.ofMillis(5)), v -> {
                        assertEquals(1, TimeDriver.current().armed());
                        h.abort();
                        return Futures.then(Time.sleep(Duration.ofMillis(5)), w -> Futures.lazy(() -> {
                            assertEquals(0, TimeDriver.current().armed());
                            return null;
                        }));
                    })));
            assertEquals(10 * MS, rt.nanos(), "the aborted 10 s sleep must not hold virtual time");
            assertEquals(1, count(rec, EventKind.TIMER_CANCEL));
            long timerWakes = rec.events().stream().filter(e -> e.payload() instanceof Payload.Wake w
                    && w.source().kind() == WakeSource.Kind.TIMER).count();
            assertEquals(2, timerWakes, "only the two 5 ms sleeps wake anyone");
        }
    }

    @Test
    void intervalBurstsAfterMissedTicks() {
        assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L), intervalTicks(MissedTickBehavior.BURST));
    }

    @Test
    void intervalDelayAndSkip() {
        assertEquals(List.of(0L, 10L, 45L, 55L, 65L, 75L), intervalTicks(MissedTickBehavior.DELAY));
        assertEquals(List.of(0L, 10L, 40L, 50L, 60L, 70L), intervalTicks(MissedTickBehavior.SKIP));
    }

    @Test
    void intervalBurstTicksCompleteAtOnce() {
        try (Runtime rt = sim(1, 2, null)) {
            List<long[]> seen = rt.blockOn(burstProgram());
            // tick time, completion time
            assertEquals(List.of("0@0", "10@35", "20@35", "30@35", "40@40"),
                    seen.stream().map(a -> a[0] / MS + "@" + a[1] / MS).toList());
        }
    }

    private static Future<List<long[]>> burstProgram() {
        List<long[]> seen = new ArrayList<>();
        Interval[] iv = new Interval[1];
        Supplier<Future<Void>> tickOnce = () -> Futures.map(iv[0].tick(), t -> {
            seen.add(new long[] {t, Time.now()});
            return null;
        });
        return Futures.then(Futures.lazy(() -> iv[0] = Time.interval(Duration.ofMillis(10))),
                x -> Futures.then(tickOnce.get(), a -> Futures.then(Time.sleep(Duration.ofMillis(35)),
                        b -> Futures.then(tickOnce.get(), c -> Futures.then(tickOnce.get(),
                                d -> Futures.then(tickOnce.get(), e -> Futures.map(tickOnce.get(), f -> seen)))))));
    }

    /** First tick, then a 35 ms stall after the second tick's wait began late, then 4 more ticks. */
    private static List<Long> intervalTicks(MissedTickBehavior b) {
        try (Runtime rt = sim(1, 2, null)) {
            List<Long> ticks = new ArrayList<>();
            Interval[] iv = new Interval[1];
            Supplier<Future<Void>> tick = () -> Futures.map(iv[0].tick(), t -> {
                ticks.add(t / MS);
                return null;
            });
            rt.blockOn(Futures.then(Futures.lazy(() -> iv[0] = Time.interval(Duration.ofMillis(10), b)),
                    x -> Futures.then(tick.get(), a -> Futures.then(Time.sleep(Duration.ofMillis(35)),
                            s -> Futures.then(tick.get(), c -> Futures.then(tick.get(), d -> Futures.then(tick.get(),
                                    e -> Futures.then(tick.get(), f -> tick.get()))))))));
            return ticks;
        }
    }

    @Test
    void sameSeedSameTimerTrace() {
        List<Event> a = timerProgramTrace(42);
        List<Event> b = timerProgramTrace(42);
        assertEquals(a.size(), b.size());
        assertEquals(a, b);
        assertTrue(a.stream().anyMatch(e -> e.kind() == EventKind.TIMER_CASCADE), "the program should cascade");
        assertFalse(a.equals(timerProgramTrace(43)), "a different seed should interleave differently");
    }

    static List<Event> timerProgramTrace(long seed) {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(4, seed, rec)) {
            rt.blockOn(Futures.then(Futures.lazy(() -> {
                List<JoinHandle<Object>> hs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int k = i;
                    Future<Object> body = Futures.then(Time.sleep(Duration.ofMillis(1 + (k * 37) % 200)),
                            v -> Futures.map(Time.timeout(Duration.ofMillis(50 + k), Time.sleep(Duration.ofMillis((k * 13) % 120))),
                                    r -> (Object) r.isElapsed()));
                    hs.add(Handle.current().spawn(body, "t" + k, null));
                }
                return hs;
            }), hs -> Futures.sequence(hs)));
        }
        return rec.events();
    }

    static long count(Recorder rec, EventKind k) {
        return rec.events().stream().filter(e -> e.kind() == k).count();
    }

    // ---------------------------------------------------------------- threaded driver

    @Test
    void threadedSleepsTakeRealTime() {
        try (Runtime rt = Runtime.builder().multiThread(2).threaded().build()) {
            long t0 = System.nanoTime();
            rt.blockOn(Join.of(Time.sleep(Duration.ofMillis(50)), Time.sleep(Duration.ofMillis(120))));
            long took = System.nanoTime() - t0;
            assertTrue(took >= 120 * MS, "woke early: " + took);
            assertTrue(took < 2 * S, "woke far too late: " + took);
            assertTrue(rt.core().internalErrors().isEmpty());
        }
    }

    @Test
    void anEarlierDeadlineWakesAParkedWorker() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            try (Runtime rt = Runtime.builder().multiThread(2).threaded().build()) {
                // Workers park towards a 5 s deadline; then a 30 ms sleep is armed from another thread.
                rt.spawn(Time.sleep(Duration.ofSeconds(5)));
                JoinHandle<Long> h = rt.spawn(Futures.then(Time.sleep(Duration.ofMillis(20)), v -> Futures.lazy(Time::now)));
                long firstDone = rt.blockOn(h);
                assertTrue(firstDone < S, "first sleep late: " + firstDone);
                Thread.sleep(100); // let both workers park towards the 5 s deadline
                long t0 = System.nanoTime();
                // From the block-on (main) thread, not a worker: the parked workers must be told.
                rt.blockOn(Time.sleep(Duration.ofMillis(30)));
                long took = System.nanoTime() - t0;
                assertTrue(took < 1500 * MS, "the 30 ms sleep waited for the 5 s deadline: " + took / MS + " ms");
            }
        }
    }

    @Test
    void manyThreadedSleepersAllWake() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(5).build()) {
                int n = 5_000;
                int total = rt.blockOn(Futures.then(Futures.lazy(() -> {
                    List<JoinHandle<Integer>> hs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        hs.add(Handle.current().spawn(Futures.map(Time.sleep(Duration.ofMillis(1 + i % 50)), v -> 1)));
                    }
                    return hs;
                }), hs -> Futures.map(Futures.sequence(hs), l -> l.stream().mapToInt(x -> x).sum())));
                assertEquals(n, total, d.toString());
                assertEquals(0, TimeDriver.of(rt.core()).armed());
                assertTrue(rt.core().internalErrors().isEmpty(), rt.core().internalErrors().toString());
            }
        }
    }
}
