package asyncscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Futures;
import asyncscope.engine.task.JoinHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** spawn_blocking: work runs off the workers, the pool grows on demand and retires idle threads. */
class BlockingPoolTest {

    @Test
    void poolGrowsOnDemandAndRetiresIdleThreads() throws Exception {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().multiThread(2).threaded().recorder(rec)
                .blockingKeepAlive(Duration.ofMillis(200)).build()) {
            CountDownLatch allStarted = new CountDownLatch(6);
            CountDownLatch release = new CountDownLatch(1);
            List<JoinHandle<String>> hs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int k = i;
                hs.add(rt.spawnBlocking(() -> {
                    allStarted.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return Thread.currentThread().getName() + "#" + k;
                }));
            }
            assertTrue(allStarted.await(10, TimeUnit.SECONDS), "six blocking jobs run at once");
            assertEquals(6, rt.blockingThreads());
            release.countDown();
            List<String> names = rt.blockOn(Futures.sequence(hs));
            Set<String> threads = new HashSet<>();
            for (String n : names) {
                assertTrue(n.startsWith("asyncscope-blocking-"), n);
                threads.add(n.substring(0, n.indexOf('#')));
            }
            assertEquals(6, threads.size());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (rt.blockingThreads() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, rt.blockingThreads(), "idle threads retire after the keep-alive");
        }
        long starts = rec.events().stream().filter(e -> e.payload() instanceof Payload.BlockingStart).count();
        long ends = rec.events().stream().filter(e -> e.payload() instanceof Payload.BlockingEnd).count();
        assertEquals(6, starts);
        assertEquals(6, ends);
    }

    @Test
    void blockingWorkUnderSimulationIsDeterministic() {
        for (int round = 0; round < 2; round++) {
            List<String> firstRun = null;
            for (int rep = 0; rep < 2; rep++) {
                Recorder rec = new Recorder();
                try (Runtime rt = Runtime.builder().multiThread(2).simulated(round).recorder(rec).build()) {
                    List<JoinHandle<Integer>> hs = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        int k = i;
                        hs.add(rt.spawnBlocking(() -> k * k));
                    }
                    List<Integer> out = rt.blockOn(Futures.sequence(hs));
                    assertEquals(9 * 9, out.get(9));
                }
                List<String> ev = rec.events().stream().map(Object::toString).toList();
                if (firstRun == null) {
                    firstRun = ev;
                } else {
                    assertEquals(firstRun, ev);
                }
            }
        }
    }

    @Test
    void aPanickingBlockingJobBecomesAJoinError() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).build()) {
                JoinHandle<Integer> h = rt.spawnBlocking(() -> {
                    throw new java.io.IOException("disk on fire");
                });
                asyncscope.engine.task.JoinError e = org.junit.jupiter.api.Assertions.assertThrows(
                        asyncscope.engine.task.JoinError.class, () -> rt.blockOn(h));
                assertTrue(e.isPanic());
                assertEquals("disk on fire", e.panicMessage());
            }
        }
    }
}
