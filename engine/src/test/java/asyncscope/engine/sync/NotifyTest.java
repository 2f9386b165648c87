package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Future;
import org.junit.jupiter.api.Test;

class NotifyTest {

    @Test
    void notifyOneStoresOnePermitWhenNobodyWaits() {
        Notify n = new Notify();
        n.notifyOne();
        n.notifyOne();
        assertTrue(n.snapshot().permitStored());
        Async.CountingWaker w = new Async.CountingWaker();
        assertTrue(n.notified().poll(w.cx()).isReady(), "the stored permit");
        assertTrue(n.notified().poll(w.cx()).isPending(), "only one permit is stored");
    }

    @Test
    void notifyOneWakesTheLongestWaiter() {
        Notify n = new Notify();
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Future<Void> a = n.notified();
        Future<Void> b = n.notified();
        assertTrue(a.poll(w1.cx()).isPending());
        assertTrue(b.poll(w2.cx()).isPending());
        n.notifyOne();
        assertEquals(1, w1.count());
        assertEquals(0, w2.count());
        assertTrue(b.poll(w2.cx()).isPending());
        assertTrue(a.poll(w1.cx()).isReady());
        assertTrue(!n.snapshot().permitStored());
    }

    @Test
    void notifyWaitersWakesAllIncludingUnpolledFuturesAndStoresNothing() {
        Notify n = new Notify();
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Void> polled = n.notified();
        assertTrue(polled.poll(w.cx()).isPending());
        Future<Void> created = n.notified();
        n.notifyWaiters();
        Future<Void> after = n.notified();
        assertEquals(1, w.count());
        assertTrue(polled.poll(w.cx()).isReady());
        assertTrue(created.poll(w.cx()).isReady(), "created before notifyWaiters: it counts");
        assertTrue(after.poll(w.cx()).isPending(), "created after: it waits");
        assertTrue(!n.snapshot().permitStored());
    }

    @Test
    void aDroppedNotificationIsPassedOn() {
        Notify n = new Notify();
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Future<Void> a = n.notified();
        Future<Void> b = n.notified();
        a.poll(w1.cx());
        b.poll(w2.cx());
        n.notifyOne();
        a.drop(); // woken, never looked
        assertEquals(1, w2.count());
        assertTrue(b.poll(w2.cx()).isReady());
        Future<Void> c = n.notified();
        c.poll(w1.cx());
        n.notifyOne();
        c.drop();
        assertTrue(n.snapshot().permitStored(), "nobody else waits: it goes back as the permit");
    }

    @Test
    void droppingAWaiterRemovesIt() {
        Notify n = new Notify();
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Void> a = n.notified();
        a.poll(w.cx());
        assertEquals(1, n.snapshot().waiting().size());
        a.drop();
        assertEquals(0, n.snapshot().waiting().size());
        n.notifyOne();
        assertTrue(n.snapshot().permitStored());
    }
}
