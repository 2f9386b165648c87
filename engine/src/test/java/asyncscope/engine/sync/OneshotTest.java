package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import org.junit.jupiter.api.Test;

class OneshotTest {

    @Test
    void valueArrivesAndWakesTheReceiver() {
        Oneshot.Pair<String> p = Oneshot.channel();
        Async.CountingWaker w = new Async.CountingWaker();
        assertTrue(p.receiver().poll(w.cx()).isPending());
        assertEquals(Oneshot.TryRecvError.EMPTY, p.receiver().tryRecv().unwrapErr());
        assertTrue(p.sender().send("hi").isOk());
        assertEquals(1, w.count());
        assertEquals("hi", p.receiver().poll(w.cx()).value().unwrap());
        assertThrows(IllegalStateException.class, () -> p.sender().send("again"));
        assertThrows(IllegalStateException.class, () -> p.receiver().poll(w.cx()));
    }

    @Test
    void droppedSenderGivesRecvError() {
        Oneshot.Pair<String> p = Oneshot.channel();
        Async.CountingWaker w = new Async.CountingWaker();
        assertTrue(p.receiver().poll(w.cx()).isPending());
        p.sender().drop();
        assertEquals(1, w.count());
        assertEquals(new Oneshot.RecvError(), p.receiver().poll(w.cx()).value().unwrapErr());
        assertTrue(p.receiver().snapshot().senderDropped());
    }

    @Test
    void dropAfterSendIsHarmless() {
        Oneshot.Pair<Integer> p = Oneshot.channel();
        p.sender().send(5).unwrap();
        p.sender().drop();
        assertEquals(5, p.receiver().tryRecv().unwrap());
        assertEquals(Oneshot.TryRecvError.CLOSED, p.receiver().tryRecv().unwrapErr());
    }

    @Test
    void sendToAGoneReceiverReturnsTheValue() {
        Oneshot.Pair<Integer> p = Oneshot.channel();
        Async.CountingWaker w = new Async.CountingWaker();
        var closed = p.sender().closed();
        assertTrue(closed.poll(w.cx()).isPending());
        p.receiver().drop();
        assertEquals(1, w.count(), "closed() wakes when the receiver goes");
        assertTrue(closed.poll(w.cx()).isReady());
        assertTrue(p.sender().isClosed());
        assertEquals(7, p.sender().send(7).unwrapErr());
    }

    @Test
    void awaitingAClosedEmptyReceiverFails() {
        Oneshot.Pair<Integer> p = Oneshot.channel();
        p.receiver().close();
        assertEquals(Oneshot.TryRecvError.CLOSED, p.receiver().tryRecv().unwrapErr());
        assertEquals(new Oneshot.RecvError(), p.receiver().poll(new Async.CountingWaker().cx()).value().unwrapErr());
        assertEquals(1, p.sender().send(1).unwrapErr());
    }

    @Test
    void closeKeepsAValueAlreadySent() {
        Oneshot.Pair<Integer> p = Oneshot.channel();
        p.sender().send(1).unwrap();
        p.receiver().close();
        assertEquals(1, p.receiver().tryRecv().unwrap());
    }

    @Test
    void repliesAcrossTasksOnBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(9).build()) {
                int sum = rt.blockOn(Futures.then(Futures.lazy(() -> {
                    java.util.List<OneshotReceiver<Integer>> rxs = new java.util.ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        Oneshot.Pair<Integer> p = Oneshot.channel();
                        int k = i;
                        Handle.current().spawn(Futures.run(() -> p.sender().send(k).unwrap()));
                        rxs.add(p.receiver());
                    }
                    return rxs;
                }), rxs -> Futures.map(Futures.sequence(rxs), l -> l.stream().mapToInt(Result::unwrap).sum())));
                assertEquals(199 * 200 / 2, sum, d.toString());
            }
        }
    }

    /** Rust's {@code &mut rx} in a select: a losing branch must not close the channel. */
    @Test
    void recvViewCanBeDroppedWithoutClosing() {
        Oneshot.Pair<Integer> p = Oneshot.channel();
        Async.CountingWaker w = new Async.CountingWaker();
        var view = p.receiver().recv();
        assertTrue(view.poll(w.cx()).isPending());
        view.drop();
        assertTrue(!p.sender().isClosed());
        p.sender().send(3).unwrap();
        assertEquals(0, w.count(), "the dropped view's waker was removed");
        assertEquals(3, p.receiver().recv().poll(w.cx()).value().unwrap());
    }
}
