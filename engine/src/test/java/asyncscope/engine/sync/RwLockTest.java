package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.TraceFile;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** RwLock: readers share, a writer excludes everyone, the queue is fair; stress on both drivers; determinism. */
class RwLockTest {

    @Test
    void twoReadersAtOnceAndAWriterWaitsForBoth() {
        RwLock<Integer> l = new RwLock<>(1);
        RwLockGuard<Integer> r1 = l.tryRead().unwrap();
        RwLockGuard<Integer> r2 = l.tryRead().unwrap();
        assertEquals(2, l.readers());
        assertThrows(IllegalStateException.class, () -> r1.set(5), "a read guard cannot write");
        assertTrue(l.tryWrite().isErr());
        Async.CountingWaker ww = new Async.CountingWaker();
        Future<RwLockGuard<Integer>> w = l.write();
        assertTrue(w.poll(ww.cx()).isPending());
        // a reader arriving after a waiting writer queues behind it (no writer starvation)
        assertTrue(l.tryRead().isErr());
        Async.CountingWaker rw = new Async.CountingWaker();
        Future<RwLockGuard<Integer>> r3 = l.read();
        assertTrue(r3.poll(rw.cx()).isPending());
        r1.unlock();
        assertEquals(0, ww.count());
        r2.unlock();
        assertEquals(1, ww.count());
        RwLockGuard<Integer> g = w.poll(ww.cx()).value();
        assertTrue(g.isWrite() && l.isWriteLocked());
        g.set(7);
        assertTrue(r3.poll(rw.cx()).isPending());
        g.unlock();
        assertEquals(1, rw.count());
        assertEquals(7, r3.poll(rw.cx()).value().get());
    }

    @Test
    void aDroppedWriteFutureLetsTheReadersBehindItIn() {
        RwLock<String> l = new RwLock<>("x");
        RwLockGuard<String> r = l.tryRead().unwrap();
        Async.CountingWaker ww = new Async.CountingWaker();
        Async.CountingWaker rw = new Async.CountingWaker();
        Future<RwLockGuard<String>> w = l.write();
        Future<RwLockGuard<String>> r2 = l.read();
        w.poll(ww.cx());
        assertTrue(r2.poll(rw.cx()).isPending());
        w.drop();
        assertEquals(1, rw.count());
        assertEquals("x", r2.poll(rw.cx()).value().get());
        assertEquals(2, l.readers());
        r.unlock();
        assertEquals(1, l.readers());
    }

    /** Writers increment with a yield in between read and write; readers check they never see a writer inside. */
    static long contend(Runtime rt, RwLock<Long> l, AtomicInteger maxReaders) {
        AtomicInteger writers = new AtomicInteger();
        AtomicInteger readers = new AtomicInteger();
        rt.blockOn(Futures.then(Futures.lazy(() -> {
            List<Future<?>> hs = new ArrayList<>();
            for (int t = 0; t < 40; t++) {
                boolean writer = t % 4 == 0;
                hs.add(Handle.current().spawn(Async.repeat(100, i -> writer
                        ? Futures.then(l.write(), g -> {
                            if (writers.incrementAndGet() != 1 || readers.get() != 0) {
                                throw new AssertionError("a writer shared the lock");
                            }
                            long v = g.get();
                            return Futures.map(new YieldNow(), x -> {
                                g.set(v + 1);
                                writers.decrementAndGet();
                                g.unlock();
                                return null;
                            });
                        })
                        : Futures.then(l.read(), g -> {
                            int n = readers.incrementAndGet();
                            maxReaders.accumulateAndGet(n, Math::max);
                            if (writers.get() != 0) {
                                throw new AssertionError("a reader got in while a writer held the lock");
                            }
                            return Futures.map(new YieldNow(), x -> {
                                readers.decrementAndGet();
                                g.unlock();
                                return null;
                            });
                        }))));
            }
            return hs;
        }), Futures::sequence));
        return l.tryWrite().unwrap().get();
    }

    @Test
    void stressOnBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            RwLock<Long> l = new RwLock<>(0L);
            AtomicInteger maxReaders = new AtomicInteger();
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(5).build()) {
                assertEquals(1000L, contend(rt, l, maxReaders), d.toString());
            }
            assertTrue(l.snapshot().waiting().isEmpty());
            if (d == DriverKind.SIMULATED) {
                assertTrue(maxReaders.get() > 1, "readers shared the lock (max " + maxReaders.get() + ")");
            }
        }
    }

    static byte[] trace(long seed) {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().multiThread(2).simulated(seed).recorder(rec).build()) {
            RwLock<Long> l = rt.blockOn(Futures.lazy(() -> new RwLock<>(0L)));
            contend(rt, l, new AtomicInteger());
            return TraceFile.toBytes(rec.toTrace(rt.config().asMap(), "rwlock"));
        }
    }

    @Test
    void sameSeedSameTrace() {
        assertArrayEquals(trace(7), trace(7));
    }
}
