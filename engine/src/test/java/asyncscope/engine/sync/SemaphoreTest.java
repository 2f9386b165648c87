package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SemaphoreTest {

    @Test
    void permitsComeBackOnDrop() {
        Semaphore s = new Semaphore(2);
        SemaphorePermit a = s.tryAcquire().unwrap();
        try (SemaphorePermit b = s.tryAcquire().unwrap()) {
            assertEquals(0, s.availablePermits());
            assertEquals(Semaphore.TryAcquireError.NO_PERMITS, s.tryAcquire().unwrapErr());
            assertEquals(2, s.snapshot().held());
        }
        assertEquals(1, s.availablePermits());
        a.drop();
        a.drop(); // idempotent: no double return
        assertEquals(2, s.availablePermits());
    }

    @Test
    void fifoEvenForBigRequests() {
        Semaphore s = new Semaphore(3);
        SemaphorePermit held = s.tryAcquireMany(3).unwrap();
        Async.CountingWaker big = new Async.CountingWaker();
        Async.CountingWaker small = new Async.CountingWaker();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> f3 = s.acquireMany(3);
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> f1 = s.acquire();
        assertTrue(f3.poll(big.cx()).isPending());
        assertTrue(f1.poll(small.cx()).isPending());
        assertEquals(2, s.snapshot().waiting().size());
        held.drop();
        assertEquals(1, big.count());
        assertEquals(0, small.count(), "the small request does not overtake the big one");
        SemaphorePermit p3 = f3.poll(big.cx()).value().unwrap();
        assertEquals(3, p3.permits());
        p3.drop();
        assertEquals(1, small.count());
        f1.poll(small.cx()).value().unwrap().drop();
        assertEquals(3, s.availablePermits());
    }

    @Test
    void aNewcomerDoesNotJumpTheQueue() {
        Semaphore s = new Semaphore(1);
        SemaphorePermit p = s.tryAcquire().unwrap();
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> waiting = s.acquire();
        waiting.poll(w.cx());
        p.drop();
        assertEquals(Semaphore.TryAcquireError.NO_PERMITS, s.tryAcquire().unwrapErr(), "promised to the waiter");
        assertTrue(waiting.poll(w.cx()).value().isOk());
    }

    @Test
    void cancelledAcquiresLeakNothing() {
        Semaphore s = new Semaphore(3);
        SemaphorePermit p = s.tryAcquireMany(2).unwrap();
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> many = s.acquireMany(3);
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> one = s.acquire();
        assertTrue(many.poll(w1.cx()).isPending()); // holds 1 of its 3 while it waits
        assertTrue(one.poll(w2.cx()).isPending());
        assertEquals(0, s.availablePermits());
        many.drop(); // its partial permit goes to the next waiter
        assertEquals(1, w2.count());
        SemaphorePermit got = one.poll(w2.cx()).value().unwrap();
        got.drop();
        p.drop();
        assertEquals(3, s.availablePermits());
        // Granted but dropped before looking: passed on.
        SemaphorePermit all = s.tryAcquireMany(3).unwrap();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> a = s.acquire();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> b = s.acquire();
        a.poll(w1.cx());
        b.poll(w2.cx());
        all.drop(); // a and b both granted
        a.drop();
        b.drop();
        assertEquals(3, s.availablePermits());
        assertTrue(s.snapshot().waiting().isEmpty());
    }

    @Test
    void zeroPermitRequestsQueueFairlyToo() {
        Semaphore s = new Semaphore(1);
        assertEquals(0, s.tryAcquireMany(0).unwrap().permits());
        SemaphorePermit p = s.tryAcquire().unwrap();
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w0 = new Async.CountingWaker();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> one = s.acquire();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> zero = s.acquireMany(0);
        assertTrue(one.poll(w1.cx()).isPending());
        assertTrue(zero.poll(w0.cx()).isPending(), "behind a waiter, even 0 permits wait their turn");
        one.drop();
        assertEquals(1, w0.count(), "with the waiter ahead gone, the 0-permit request is served");
        assertEquals(0, zero.poll(w0.cx()).value().unwrap().permits());
        p.drop();
        assertEquals(1, s.availablePermits());
    }

    @Test
    void closeFailsWaitersButHeldPermitsStillReturn() {
        Semaphore s = new Semaphore(1);
        SemaphorePermit p = s.tryAcquire().unwrap();
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> f = s.acquire();
        f.poll(w.cx());
        s.close();
        assertEquals(1, w.count());
        assertEquals(new Semaphore.AcquireError(), f.poll(w.cx()).value().unwrapErr());
        assertTrue(s.acquire().poll(w.cx()).value().isErr());
        assertEquals(Semaphore.TryAcquireError.CLOSED, s.tryAcquire().unwrapErr());
        p.drop();
        assertEquals(1, s.availablePermits());
        assertTrue(s.isClosed());
    }

    @Test
    void addPermitsServesWaitersAndForgetShrinks() {
        Semaphore s = new Semaphore(0);
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Result<SemaphorePermit, Semaphore.AcquireError>> f = s.acquireMany(2);
        f.poll(w.cx());
        s.addPermits(1);
        assertEquals(0, w.count());
        s.addPermits(2);
        assertEquals(1, w.count());
        assertEquals(1, s.availablePermits());
        SemaphorePermit p = f.poll(w.cx()).value().unwrap();
        p.forget();
        p.drop();
        assertEquals(1, s.availablePermits());
        assertThrows(IllegalArgumentException.class, () -> new Semaphore(-1));
        assertThrows(IllegalArgumentException.class, () -> s.acquireMany(-1));
    }

    /**
     * Random interleavings of acquire / poll / drop-acquire / release against a model: never more
     * permits out than exist, nobody served out of order, and all permits back at the end.
     */
    @Property(tries = 300)
    void neverMoreHoldersThanPermits(@ForAll @IntRange(min = 1, max = 5) int permits,
                                     @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Semaphore s = new Semaphore(permits);
        Random rnd = new Random(seed);
        List<Future<Result<SemaphorePermit, Semaphore.AcquireError>>> pending = new ArrayList<>();
        List<Integer> want = new ArrayList<>();
        List<SemaphorePermit> held = new ArrayList<>();
        Async.CountingWaker w = new Async.CountingWaker();
        for (int step = 0; step < 200; step++) {
            int op = rnd.nextInt(4);
            if (op == 0) {
                int n = rnd.nextInt(permits + 1);
                Future<Result<SemaphorePermit, Semaphore.AcquireError>> f = s.acquireMany(n);
                var r = f.poll(w.cx());
                if (r.isReady()) {
                    held.add(r.value().unwrap());
                } else {
                    pending.add(f);
                    want.add(n);
                }
            } else if (op == 1 && !pending.isEmpty()) {
                int i = rnd.nextInt(pending.size());
                var r = pending.get(i).poll(w.cx());
                if (r.isReady()) {
                    held.add(r.value().unwrap());
                    // FIFO: everyone who queued before it must have been served already.
                    for (int j = 0; j < i; j++) {
                        var earlier = pending.get(j).poll(w.cx());
                        assertTrue(earlier.isReady(), "waiter " + i + " served before earlier waiter " + j);
                        held.add(earlier.value().unwrap());
                    }
                    pending.subList(0, i + 1).clear();
                    want.subList(0, i + 1).clear();
                }
            } else if (op == 2 && !pending.isEmpty()) {
                int i = rnd.nextInt(pending.size());
                pending.remove(i).drop();
                want.remove(i);
            } else if (!held.isEmpty()) {
                held.remove(rnd.nextInt(held.size())).drop();
            }
            long out = held.stream().mapToLong(SemaphorePermit::permits).sum();
            assertTrue(out <= permits, "more permits held than exist");
            assertTrue(out + s.availablePermits() <= permits);
            assertFalse(s.availablePermits() > 0 && !s.snapshot().waiting().isEmpty(),
                    "free permits while someone waits: the queue is not being served");
            assertTrue(s.snapshot().waiting().size() <= pending.size());
        }
        pending.forEach(Future::drop);
        held.forEach(SemaphorePermit::drop);
        assertEquals(permits, s.availablePermits());
        assertTrue(s.snapshot().waiting().isEmpty());
        assertTrue(s.snapshot().holders().isEmpty());
    }
}
