package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutexTest {

    @Test
    void lockIsExclusiveAndFair() {
        Mutex<Integer> m = new Mutex<>(0);
        MutexGuard<Integer> g = m.tryLock().unwrap();
        assertTrue(m.tryLock().isErr());
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Future<MutexGuard<Integer>> a = m.lock();
        Future<MutexGuard<Integer>> b = m.lock();
        assertTrue(a.poll(w1.cx()).isPending());
        assertTrue(b.poll(w2.cx()).isPending());
        g.set(5);
        g.unlock();
        assertThrows(IllegalStateException.class, g::get);
        assertEquals(1, w1.count());
        assertEquals(0, w2.count());
        assertTrue(b.poll(w2.cx()).isPending());
        MutexGuard<Integer> ga = a.poll(w1.cx()).value();
        assertEquals(6, ga.update(v -> v + 1));
        ga.close();
        assertEquals(7, b.poll(w2.cx()).value().update(v -> v + 1));
    }

    @Test
    void droppingAWaitingLockPassesTheLockOn() {
        Mutex<String> m = new Mutex<>("x");
        MutexGuard<String> g = m.tryLock().unwrap();
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Future<MutexGuard<String>> a = m.lock();
        Future<MutexGuard<String>> b = m.lock();
        a.poll(w1.cx());
        b.poll(w2.cx());
        g.drop();
        a.drop(); // granted, never looked
        assertEquals(1, w2.count());
        b.poll(w2.cx()).value().drop();
        assertTrue(!m.isLocked());
    }

    @Test
    void countsUnderContentionOnBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            Mutex<Long> m = new Mutex<>(0L);
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(3).build()) {
                rt.blockOn(Futures.then(Futures.lazy(() -> {
                    List<Future<?>> hs = new ArrayList<>();
                    for (int t = 0; t < 50; t++) {
                        hs.add(Handle.current().spawn(Async.repeat(200, i -> Futures.then(m.lock(), g -> {
                            long v = g.get();
                            return Futures.map(new YieldNow(), x -> {
                                g.set(v + 1); // lost updates would show if two tasks held the lock
                                g.unlock();
                                return null;
                            });
                        }))));
                    }
                    return hs;
                }), Futures::sequence));
            }
            assertEquals(10_000L, m.tryLock().unwrap().get(), d.toString());
        }
    }
}
