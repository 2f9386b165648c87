package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Semantics of the mpsc channel, by hand-polling and on a simulated current-thread runtime. */
class MpscTest {

    @Test
    void fifoPerSenderAndTryErrors() {
        Mpsc.Pair<Integer> p = Mpsc.channel(3);
        MpscSender<Integer> tx = p.sender();
        MpscReceiver<Integer> rx = p.receiver();
        assertTrue(tx.trySend(1).isOk());
        assertTrue(tx.trySend(2).isOk());
        assertTrue(tx.trySend(3).isOk());
        Result<Void, Mpsc.TrySendError<Integer>> full = tx.trySend(4);
        assertInstanceOf(Mpsc.TrySendError.Full.class, full.unwrapErr());
        assertEquals(4, full.unwrapErr().value());
        assertEquals(0, tx.capacity());
        assertEquals(3, rx.len());
        assertEquals(List.of("1", "2", "3"), rx.snapshot().buffer());
        assertEquals(1, rx.tryRecv().unwrap());
        assertEquals(2, rx.tryRecv().unwrap());
        assertEquals(3, rx.tryRecv().unwrap());
        assertEquals(Mpsc.TryRecvError.EMPTY, rx.tryRecv().unwrapErr());
        tx.drop();
        assertEquals(Mpsc.TryRecvError.DISCONNECTED, rx.tryRecv().unwrapErr());
    }

    @Test
    void sendIsReadyWhileThereIsRoomAndWaitsWhenFull() {
        Mpsc.Pair<String> p = Mpsc.channel(1);
        Async.CountingWaker sw = new Async.CountingWaker();
        Async.CountingWaker rw = new Async.CountingWaker();
        Future<Optional<String>> recv = p.receiver().recv();
        assertTrue(recv.poll(rw.cx()).isPending());
        assertEquals(Poll.ready(Result.ok(null)), p.sender().send("a").poll(sw.cx()));
        assertEquals(1, rw.count(), "the parked receiver is woken by the send");
        Future<Result<Void, Mpsc.SendError<String>>> b = p.sender().send("b");
        assertTrue(b.poll(sw.cx()).isPending(), "full: the sender parks");
        assertEquals(Optional.of("a"), recv.poll(rw.cx()).value());
        assertEquals(1, sw.count(), "taking a message wakes the parked sender");
        assertTrue(b.poll(sw.cx()).value().isOk());
        assertEquals(Optional.of("b"), p.receiver().tryRecv().okValue());
    }

    @Test
    void waitingSendersAreServedFifoAndAFreedSlotIsNotStolen() {
        Mpsc.Pair<Integer> p = Mpsc.channel(1);
        MpscSender<Integer> tx = p.sender();
        tx.trySend(0).unwrap();
        List<Future<Result<Void, Mpsc.SendError<Integer>>>> sends = new ArrayList<>();
        List<Async.CountingWaker> wakers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Async.CountingWaker w = new Async.CountingWaker();
            Future<Result<Void, Mpsc.SendError<Integer>>> f = tx.clone().send(i);
            assertTrue(f.poll(w.cx()).isPending());
            sends.add(f);
            wakers.add(w);
        }
        assertEquals(3, p.receiver().snapshot().waitingSenders().size());
        assertEquals(0, p.receiver().tryRecv().unwrap());
        assertEquals(1, wakers.get(0).count());
        assertEquals(0, wakers.get(1).count());
        // The freed slot is promised to the first waiter: a newcomer cannot take it.
        assertInstanceOf(Mpsc.TrySendError.Full.class, tx.trySend(99).unwrapErr());
        // Later waiters polled first still wait.
        assertTrue(sends.get(2).poll(wakers.get(2).cx()).isPending());
        assertTrue(sends.get(0).poll(wakers.get(0).cx()).value().isOk());
        for (int i = 1; i <= 3; i++) {
            if (i > 1) {
                assertTrue(sends.get(i - 1).poll(wakers.get(i - 1).cx()).value().isOk());
            }
            assertEquals(i, p.receiver().tryRecv().unwrap());
        }
    }

    @Test
    void droppingAWaitingSendLosesNothingAndPassesAPromisedSlotOn() {
        Mpsc.Pair<Integer> p = Mpsc.channel(1);
        MpscSender<Integer> tx = p.sender();
        tx.trySend(0).unwrap();
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Async.CountingWaker w3 = new Async.CountingWaker();
        Future<Result<Void, Mpsc.SendError<Integer>>> s1 = tx.send(1);
        Future<Result<Void, Mpsc.SendError<Integer>>> s2 = tx.send(2);
        Future<Result<Void, Mpsc.SendError<Integer>>> s3 = tx.send(3);
        assertTrue(s1.poll(w1.cx()).isPending());
        assertTrue(s2.poll(w2.cx()).isPending());
        assertTrue(s3.poll(w3.cx()).isPending());
        s2.drop(); // a queued waiter leaves: the others keep their places
        assertEquals(2, p.receiver().snapshot().waitingSenders().size());
        assertEquals(0, p.receiver().tryRecv().unwrap()); // slot promised to s1
        assertEquals(1, w1.count());
        s1.drop(); // s1 was granted but never looked: the slot goes on to s3
        assertEquals(1, w3.count());
        assertTrue(s3.poll(w3.cx()).value().isOk());
        assertEquals(3, p.receiver().tryRecv().unwrap());
        assertEquals(Mpsc.TryRecvError.EMPTY, p.receiver().tryRecv().unwrapErr());
        assertEquals(1, tx.capacity(), "every slot is free again");
    }

    @Test
    void lastSenderDropEndsTheStreamAfterDraining() {
        Mpsc.Pair<String> p = Mpsc.unboundedChannel();
        MpscSender<String> tx2 = p.sender().clone();
        assertEquals(2, p.receiver().snapshot().senders());
        p.sender().trySend("x").unwrap();
        p.sender().drop();
        p.sender().drop(); // idempotent
        assertThrows(IllegalStateException.class, () -> p.sender().trySend("y"));
        Async.CountingWaker w = new Async.CountingWaker();
        assertEquals(Optional.of("x"), p.receiver().recv().poll(w.cx()).value());
        Future<Optional<String>> r = p.receiver().recv();
        assertTrue(r.poll(w.cx()).isPending(), "one sender is still alive");
        tx2.drop();
        assertEquals(1, w.count(), "dropping the last sender wakes the receiver");
        assertEquals(Optional.empty(), r.poll(w.cx()).value());
    }

    @Test
    void closingTheReceiverFailsSendsAndWaitersButKeepsTheBuffer() {
        Mpsc.Pair<Integer> p = Mpsc.channel(1);
        p.sender().trySend(1).unwrap();
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Result<Void, Mpsc.SendError<Integer>>> waiting = p.sender().send(2);
        assertTrue(waiting.poll(w.cx()).isPending());
        p.receiver().close();
        assertEquals(1, w.count());
        assertEquals(2, waiting.poll(w.cx()).value().unwrapErr().value(), "the message comes back");
        assertEquals(3, p.sender().send(3).poll(w.cx()).value().unwrapErr().value());
        assertInstanceOf(Mpsc.TrySendError.Closed.class, p.sender().trySend(4).unwrapErr());
        assertTrue(p.sender().isClosed());
        assertEquals(Optional.of(1), p.receiver().recv().poll(w.cx()).value());
        assertEquals(Optional.empty(), p.receiver().recv().poll(w.cx()).value());
    }

    @Test
    void droppingTheReceiverDiscardsTheBuffer() {
        Mpsc.Pair<Integer> p = Mpsc.channel(4);
        p.sender().trySend(1).unwrap();
        p.receiver().drop();
        assertEquals(0, p.sender().snapshot().buffer().size());
        assertEquals(5, p.sender().trySend(5).unwrapErr().value());
        assertThrows(IllegalStateException.class, () -> p.receiver().recv());
    }

    @Test
    void aGrantedSenderStillDeliversAfterClose() {
        Mpsc.Pair<Integer> p = Mpsc.channel(1);
        p.sender().trySend(1).unwrap();
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Result<Void, Mpsc.SendError<Integer>>> s = p.sender().send(2);
        assertTrue(s.poll(w.cx()).isPending());
        assertEquals(1, p.receiver().tryRecv().unwrap()); // slot promised to s
        p.receiver().close();
        Future<Optional<Integer>> r = p.receiver().recv();
        assertTrue(r.poll(w.cx()).isPending(), "a promised slot may still be filled: wait for it");
        assertTrue(s.poll(w.cx()).value().isOk());
        assertEquals(Optional.of(2), r.poll(w.cx()).value());
        assertEquals(Optional.empty(), p.receiver().recv().poll(w.cx()).value());
    }

    @Test
    void unboundedNeverWaits() {
        Mpsc.Pair<Integer> p = Mpsc.unboundedChannel();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(p.sender().send(i).poll(Context.noop()).isReady());
        }
        assertEquals(10_000, p.receiver().len());
        assertEquals(-1, p.receiver().snapshot().capacity());
        assertThrows(IllegalArgumentException.class, () -> Mpsc.channel(0));
        assertThrows(NullPointerException.class, () -> p.sender().send(null));
    }

    /**
     * Capacity 2, a producer of five messages and a consumer that yields after each message, on a
     * current-thread runtime. Tokio prints exactly this: the first two sends fill the buffer, the third
     * parks; each receive frees a slot and wakes the producer, which sends one more and parks again.
     */
    @Test
    void backpressureInterleavesAsTokioDoes() {
        for (long seed = 0; seed < 5; seed++) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            try (Runtime rt = Runtime.builder().currentThread().simulated(seed).build()) {
                rt.blockOn(Futures.then(Futures.lazy(() -> {
                    Mpsc.Pair<Integer> p = Mpsc.channel(2);
                    MpscSender<Integer> tx = p.sender();
                    MpscReceiver<Integer> rx = p.receiver();
                    var consumer = Handle.current().spawn(Async.loop(() -> Futures.then(rx.recv(), o -> {
                        if (o.isEmpty()) {
                            return Futures.ready(false);
                        }
                        log.add("got " + o.get());
                        return Futures.map(new YieldNow(), x -> true);
                    }), more -> more), "consumer", null);
                    var producer = Handle.current().spawn(Futures.then(Async.repeat(5, i -> Futures.map(tx.send(i), r -> {
                        r.unwrap();
                        log.add("sent " + i);
                        return null;
                    })), v -> Futures.run(tx::drop)), "producer", null);
                    return List.of(consumer, producer);
                }), Futures::sequence));
            }
            assertEquals(List.of("sent 0", "sent 1", "got 0", "sent 2", "got 1", "sent 3", "got 2", "sent 4",
                    "got 3", "got 4"), log, "seed " + seed);
        }
    }

    @Test
    void emitsResourceEventsAndNamesTheChannelAsWakeSource() {
        Recorder rec = new Recorder();
        long[] id = new long[1];
        try (Runtime rt = Runtime.builder().currentThread().simulated(3).recorder(rec).build()) {
            rt.blockOn(Futures.then(Futures.lazy(() -> {
                Mpsc.Pair<Integer> p = Mpsc.channel(1);
                id[0] = p.sender().id();
                MpscSender<Integer> tx = p.sender();
                Handle.current().spawn(Futures.then(Async.repeat(3, tx::send), v -> Futures.run(tx::drop)));
                return p.receiver();
            }), rx -> Async.loop(rx::recv, Optional::isPresent)));
        }
        List<String> ops = new ArrayList<>();
        boolean wokeByChannel = false;
        for (Event e : rec.events()) {
            if (e.payload() instanceof Payload.Resource r && r.id() == id[0]) {
                assertEquals("mpsc", r.resourceKind());
                ops.add(r.op() + ":" + r.value());
            }
            if (e.payload() instanceof Payload.Wake w && w.source().equals(WakeSource.of(WakeSource.Kind.CHANNEL, id[0]))) {
                wokeByChannel = true;
            }
        }
        assertEquals("create:1", ops.get(0));
        assertTrue(ops.contains("send:1"), ops.toString());
        assertTrue(ops.contains("recv:0"), ops.toString());
        assertTrue(ops.contains("sender_parked:1"), ops.toString());
        assertTrue(ops.contains("sender_unparked:0"), ops.toString());
        assertTrue(ops.contains("receiver_parked:0"), ops.toString());
        assertTrue(ops.contains("closed:0") || ops.contains("closed:1"), ops.toString());
        assertTrue(ops.contains("recv_none:0"), ops.toString());
        assertTrue(wokeByChannel);
        assertFalse(ops.isEmpty());
    }

    @Test
    void closedFutureCompletesWhenTheReceiverGoes() {
        Mpsc.Pair<Integer> p = Mpsc.channel(1);
        Async.CountingWaker w1 = new Async.CountingWaker();
        Async.CountingWaker w2 = new Async.CountingWaker();
        Future<Void> c1 = p.sender().closed();
        Future<Void> c2 = p.sender().clone().closed();
        assertTrue(c1.poll(w1.cx()).isPending());
        assertTrue(c2.poll(w2.cx()).isPending());
        c2.drop();
        p.receiver().drop();
        assertEquals(1, w1.count());
        assertEquals(0, w2.count(), "a dropped closed() future is not woken");
        assertTrue(c1.poll(w1.cx()).isReady());
        assertTrue(p.sender().closed().poll(w1.cx()).isReady());
    }
}
