package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.TraceFile;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Barrier: nobody passes before all have arrived, one leader per round, rounds repeat; both drivers; determinism. */
class BarrierTest {

    @Test
    void theLastArrivalLeadsAndReleasesTheOthers() {
        Barrier b = new Barrier(3);
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Future<Boolean> a = b.await();
        Future<Boolean> c = b.await();
        assertTrue(a.poll(w1.cx()).isPending());
        assertTrue(c.poll(w2.cx()).isPending());
        assertEquals(2, b.snapshot().arrived());
        assertTrue(b.await().poll(new Async.CountingWaker().cx()).value());
        assertEquals(1, w1.count());
        assertEquals(1, w2.count());
        assertEquals(false, a.poll(w1.cx()).value());
        assertEquals(false, c.poll(w2.cx()).value());
        assertEquals(1, b.snapshot().generation());
        assertEquals(0, b.snapshot().arrived());
        assertTrue(new Barrier(0).await().poll(w1.cx()).value(), "a barrier of 0 behaves as 1");
    }

    /** 12 tasks, 20 rounds each through a Barrier(12): the number of leaders is the number of rounds. */
    static int rounds(Runtime rt, AtomicInteger passedEarly) {
        AtomicInteger leaders = new AtomicInteger();
        AtomicInteger arrivals = new AtomicInteger();
        rt.blockOn(Futures.then(Futures.lazy(() -> {
            Barrier b = new Barrier(12);
            List<Future<?>> hs = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                hs.add(Handle.current().spawn(Async.repeat(20, round -> {
                    arrivals.incrementAndGet();
                    return Futures.map(b.await(), leader -> {
                        if (arrivals.get() < (round + 1) * 12) {
                            passedEarly.incrementAndGet();
                        }
                        if (leader) {
                            leaders.incrementAndGet();
                        }
                        return null;
                    });
                })));
            }
            return hs;
        }), Futures::sequence));
        return leaders.get();
    }

    @Test
    void roundsOnBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            AtomicInteger early = new AtomicInteger();
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(2).build()) {
                assertEquals(20, rounds(rt, early), d.toString());
            }
            assertEquals(0, early.get(), "nobody passed before the round was full");
        }
    }

    static byte[] trace(long seed) {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().multiThread(2).simulated(seed).recorder(rec).build()) {
            rounds(rt, new AtomicInteger());
            return TraceFile.toBytes(rec.toTrace(rt.config().asMap(), "barrier"));
        }
    }

    @Test
    void sameSeedSameTrace() {
        assertArrayEquals(trace(3), trace(3));
    }
}
