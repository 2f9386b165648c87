package asyncscope.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Select;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinError;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Random task trees — spawns, yields, joins, selects, aborts and panics mixed — on both drivers and many
 * seeds. Whatever the interleaving, the tree's sum must come out right and nothing may be left behind.
 */
class SchedulerStressTest {

    /** A node: yields a few times, spawns some children, joins them; returns the size of its subtree. */
    static Future<Long> node(SplittableRandom r, int depth, AtomicLong created) {
        created.incrementAndGet();
        int yields = r.nextInt(4);
        int kids = depth == 0 ? 0 : r.nextInt(4);
        long[] seeds = new long[kids];
        for (int i = 0; i < kids; i++) {
            seeds[i] = r.nextLong();
        }
        boolean viaSelect = r.nextInt(5) == 0;
        return Futures.then(yields(yields), v -> Rt.inside(() -> {
            List<Future<Long>> children = new ArrayList<>();
            for (long s : seeds) {
                JoinHandle<Long> h = Handle.current().spawn(node(new SplittableRandom(s), depth - 1, created));
                children.add(h);
            }
            Future<Long> sum = Futures.map(new Join<>(children), l -> 1 + l.stream().mapToLong(Long::longValue).sum());
            if (!viaSelect) {
                return sum;
            }
            // Race the join against a future that never finishes: the join must win.
            return Futures.map(Select.of(sum, Futures.<Long>never()), w -> w.value());
        }));
    }

    static Future<Void> yields(int n) {
        Future<Void> f = Futures.ready(null);
        for (int i = 0; i < n; i++) {
            f = Futures.then(f, v -> new YieldNow());
        }
        return f;
    }

    @Test
    void randomTreesUnderManySeeds() {
        for (long seed = 0; seed < 150; seed++) {
            for (int workers : new int[] {1, 3}) {
                AtomicLong created = new AtomicLong();
                try (Runtime rt = Runtime.builder().multiThread(workers).simulated(seed).build()) {
                    long total = rt.blockOn(node(new SplittableRandom(seed), 4, created));
                    assertEquals(created.get(), total, "seed " + seed);
                    assertEquals(0, rt.liveTasks());
                    assertTrue(rt.core().internalErrors().isEmpty());
                }
            }
        }
    }

    @Test
    void randomTreesOnRealThreads() {
        int rounds = Rt.soak() ? 500 : 40;
        for (long seed = 0; seed < rounds; seed++) {
            AtomicLong created = new AtomicLong();
            try (Runtime rt = Runtime.builder().multiThread(4).threaded().seed(seed).build()) {
                long total = rt.blockOn(node(new SplittableRandom(seed), 5, created));
                assertEquals(created.get(), total, "seed " + seed);
                assertTrue(rt.core().internalErrors().isEmpty());
            }
        }
    }

    /** Tasks woken from foreign threads, aborted at random, some panicking: every handle resolves once. */
    @Test
    void foreignWakesAbortsAndPanicsSettleEveryHandle() throws Exception {
        for (DriverKind d : DriverKind.values()) {
            for (int round = 0; round < 5; round++) {
                try (Runtime rt = Runtime.builder().multiThread(3).driver(d).seed(round).build()) {
                    SplittableRandom r = new SplittableRandom(round);
                    List<JoinHandle<Integer>> hs = new ArrayList<>();
                    for (int i = 0; i < 3000; i++) {
                        int k = i;
                        int mode = r.nextInt(10);
                        hs.add(rt.spawn(new Future<Integer>() {
                            int polls;

                            @Override
                            public Poll<Integer> poll(Context cx) {
                                polls++;
                                if (mode == 0) {
                                    throw new IllegalStateException("panic " + k);
                                }
                                if (polls < 3) {
                                    cx.waker().wake(WakeSource.YIELD);
                                    return Poll.pending();
                                }
                                return Poll.ready(k);
                            }
                        }));
                        if (mode == 1) {
                            hs.get(i).abort();
                        }
                    }
                    int ok = 0;
                    int err = 0;
                    for (JoinHandle<Integer> h : hs) {
                        try {
                            rt.blockOn(h);
                            ok++;
                        } catch (JoinError e) {
                            err++;
                        }
                    }
                    assertEquals(hs.size(), ok + err);
                    assertEquals(0, rt.liveTasks());
                }
            }
        }
    }
}
