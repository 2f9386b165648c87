package asyncscope.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Select;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinError;
import asyncscope.engine.task.JoinHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many timers at once on every runtime shape: sleeps, timeouts, select races between sleeps, and aborts
 * from the outside. Every task settles, no entry stays in the wheel, no worker reports an error, and no
 * sleep completes before its deadline. Heavier with -Dasyncscope.soak=true.
 */
@Timeout(300)
class TimeStressTest {

    /** A future built on first poll; dropping it drops what it built (so a select loser's timer goes too). */
    static <T> Future<T> inside(java.util.function.Supplier<Future<T>> body) {
        return asyncscope.engine.runtime.Rt.inside(body);
    }

    /** Sleeps {@code ms}, then checks the clock really passed the deadline. */
    static Future<Integer> checkedSleep(long ms, AtomicInteger early) {
        return inside(() -> {
            long deadline = Time.now() + ms * 1_000_000L;
            return Futures.map(Time.sleep(Duration.ofMillis(ms)), v -> {
                if (Time.now() < deadline) {
                    early.incrementAndGet();
                }
                return 1;
            });
        });
    }

    @Test
    void timersSettleOnEveryShape() {
        int rounds = Rt.soak() ? 20 : 2;
        for (Rt.Shape shape : Rt.allShapes()) {
            for (int round = 0; round < rounds; round++) {
                long seed = round * 31L + shape.workers();
                AtomicInteger early = new AtomicInteger();
                try (Runtime rt = shape.build(seed, null)) {
                    int tasks = 600;
                    SplittableRandom r = new SplittableRandom(seed);
                    List<JoinHandle<Integer>> hs = new ArrayList<>();
                    for (int i = 0; i < tasks; i++) {
                        int mode = r.nextInt(4);
                        long a = 1 + r.nextInt(30);
                        long b = 1 + r.nextInt(30);
                        Future<Integer> body = switch (mode) {
                            case 0 -> checkedSleep(a, early);
                            case 1 -> inside(() -> Futures.map(Time.timeout(Duration.ofMillis(a), checkedSleep(b, early)),
                                    t -> t.isElapsed() ? 0 : t.value()));
                            case 2 -> inside(() -> Futures.map(Select.of(checkedSleep(a, early), checkedSleep(b, early)),
                                    w -> 1));
                            default -> inside(() -> Futures.then(Futures.lazy(() -> Handle.current().spawn(
                                    Time.sleep(Duration.ofSeconds(30)), "victim", null)), h -> {
                                        h.abort();
                                        return checkedSleep(a, early);
                                    }));
                        };
                        hs.add(rt.spawn(body));
                        if (r.nextInt(10) == 0) {
                            hs.get(i).abort();
                        }
                    }
                    int settled = 0;
                    for (JoinHandle<Integer> h : hs) {
                        try {
                            rt.blockOn(h);
                        } catch (JoinError e) {
                            assertTrue(e.isCancelled(), "only aborts may fail: " + e);
                        }
                        settled++;
                    }
                    assertEquals(tasks, settled);
                    // The aborted "victim" tasks are dropped asynchronously: wait for every task to be gone.
                    long until = System.nanoTime() + 10_000_000_000L;
                    while (rt.liveTasks() > 0 && System.nanoTime() < until) {
                        Thread.onSpinWait();
                        rt.blockOn(Futures.ready(null));
                    }
                    assertEquals(0, rt.liveTasks(), shape + ": tasks left");
                    assertEquals(0, early.get(), shape + ": a sleep completed before its deadline");
                    assertEquals(0, TimeDriver.of(rt.core()).armed(), shape + ": timer entries leaked");
                    assertTrue(rt.core().internalErrors().isEmpty(), shape + ": " + rt.core().internalErrors());
                }
            }
        }
    }

    /** A sleep polled by hand (no runtime task) still arms and fires through the driver. */
    @Test
    void sleepPolledByHandFiresThroughTheDriver() {
        try (Runtime rt = Runtime.builder().currentThread().simulated(1).build()) {
            List<Poll<Void>> last = new ArrayList<>(List.of(Poll.pending()));
            rt.blockOn(inside(() -> {
                Sleep s = Time.sleep(Duration.ofMillis(7));
                return new Future<Void>() {
                    @Override
                    public Poll<Void> poll(Context cx) {
                        last.set(0, s.poll(cx));
                        return last.get(0);
                    }
                };
            }));
            assertTrue(last.get(0).isReady());
            assertEquals(7_000_000L, rt.nanos());
        }
    }
}
