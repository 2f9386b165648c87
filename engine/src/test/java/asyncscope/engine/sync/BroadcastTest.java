package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BroadcastTest {

    @Test
    void everyReceiverSeesEveryValue() {
        Broadcast.Pair<Integer> p = Broadcast.channel(8);
        BroadcastReceiver<Integer> rx2 = p.sender().subscribe();
        assertEquals(2, p.sender().send(1).unwrap());
        p.sender().send(2).unwrap();
        for (BroadcastReceiver<Integer> rx : List.of(p.receiver(), rx2)) {
            assertEquals(1, rx.tryRecv().unwrap());
            assertEquals(2, rx.tryRecv().unwrap());
            assertEquals(new Broadcast.TryRecvError.Empty(), rx.tryRecv().unwrapErr());
        }
        assertTrue(p.sender().snapshot().buffer().isEmpty(), "values read by everyone are freed");
    }

    /** Tokio's documented example: capacity 2, three sends, the receiver lagged by one. */
    @Test
    void laggedReceiverSkipsAhead() {
        Broadcast.Pair<Integer> p = Broadcast.channel(2);
        p.sender().send(10).unwrap();
        p.sender().send(20).unwrap();
        p.sender().send(30).unwrap();
        Async.CountingWaker w = new Async.CountingWaker();
        BroadcastReceiver<Integer> rx = p.receiver();
        assertEquals(new Broadcast.RecvError.Lagged(1), rx.recv().poll(w.cx()).value().unwrapErr());
        assertEquals(20, rx.recv().poll(w.cx()).value().unwrap());
        assertEquals(30, rx.recv().poll(w.cx()).value().unwrap());
        assertTrue(rx.recv().poll(w.cx()).isPending());
    }

    @Test
    void capacityRoundsUpToAPowerOfTwoAsTokio() {
        Broadcast.Pair<Integer> p = Broadcast.channel(3);
        assertEquals(4, p.sender().snapshot().capacity());
        for (int i = 0; i < 10; i++) {
            p.sender().send(i).unwrap();
        }
        assertEquals(new Broadcast.TryRecvError.Lagged(6), p.receiver().tryRecv().unwrapErr());
        assertEquals(6, p.receiver().tryRecv().unwrap());
    }

    @Property(tries = 200)
    void lagCountsAreExact(@ForAll @IntRange(min = 1, max = 16) int cap, @ForAll @IntRange(min = 0, max = 100) int sends) {
        Broadcast.Pair<Integer> p = Broadcast.channel(cap);
        int ring = p.sender().snapshot().capacity();
        for (int i = 0; i < sends; i++) {
            p.sender().send(i).unwrap();
        }
        BroadcastReceiver<Integer> rx = p.receiver();
        int expectFirst = 0;
        if (sends > ring) {
            assertEquals(new Broadcast.TryRecvError.Lagged(sends - ring), rx.tryRecv().unwrapErr());
            expectFirst = sends - ring;
        }
        for (int i = expectFirst; i < sends; i++) {
            assertEquals(i, rx.tryRecv().unwrap());
        }
        p.sender().drop();
        assertEquals(new Broadcast.TryRecvError.Closed(), rx.tryRecv().unwrapErr());
    }

    @Test
    void closedAfterLastSenderOnceDrained() {
        Broadcast.Pair<String> p = Broadcast.channel(4);
        BroadcastSender<String> tx2 = p.sender().clone();
        p.sender().send("a").unwrap();
        p.sender().drop();
        Async.CountingWaker w = new Async.CountingWaker();
        assertEquals("a", p.receiver().recv().poll(w.cx()).value().unwrap());
        Future<Result<String, Broadcast.RecvError>> r = p.receiver().recv();
        assertTrue(r.poll(w.cx()).isPending());
        tx2.drop();
        assertEquals(1, w.count());
        assertEquals(new Broadcast.RecvError.Closed(), r.poll(w.cx()).value().unwrapErr());
    }

    @Test
    void sendWithoutReceiversFailsAndDroppedReceiversFreeValues() {
        Broadcast.Pair<String> p = Broadcast.channel(4);
        BroadcastReceiver<String> rx2 = p.sender().subscribe();
        p.sender().send("x").unwrap();
        p.receiver().tryRecv().unwrap();
        assertEquals(List.of("x"), p.sender().snapshot().buffer(), "rx2 has not read it yet");
        rx2.drop();
        assertTrue(p.sender().snapshot().buffer().isEmpty());
        p.receiver().drop();
        assertEquals("y", p.sender().send("y").unwrapErr().value());
        assertEquals(0, p.sender().receiverCount());
    }

    @Test
    void subscribersStartAtTheNewestPosition() {
        Broadcast.Pair<Integer> p = Broadcast.channel(4);
        p.sender().send(1).unwrap();
        BroadcastReceiver<Integer> late = p.sender().subscribe();
        p.sender().send(2).unwrap();
        assertEquals(2, late.tryRecv().unwrap());
        assertEquals(1, p.receiver().tryRecv().unwrap());
    }

    @Test
    void fanOutAcrossTasksOnBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            List<Integer> sums = Collections.synchronizedList(new ArrayList<>());
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(5).build()) {
                rt.blockOn(Futures.then(Futures.lazy(() -> {
                    Broadcast.Pair<Integer> p = Broadcast.channel(1024);
                    List<Future<?>> hs = new ArrayList<>();
                    List<BroadcastReceiver<Integer>> rxs = new ArrayList<>(List.of(p.receiver()));
                    for (int i = 0; i < 3; i++) {
                        rxs.add(p.sender().subscribe());
                    }
                    for (BroadcastReceiver<Integer> rx : rxs) {
                        int[] sum = {0};
                        hs.add(Handle.current().spawn(Futures.then(Async.loop(rx::recv, r -> {
                            if (r.isErr()) {
                                return false;
                            }
                            sum[0] += r.unwrap();
                            return true;
                        }), v -> Futures.run(() -> sums.add(sum[0])))));
                    }
                    for (int i = 1; i <= 1000; i++) {
                        p.sender().send(i).unwrap();
                    }
                    p.sender().drop();
                    return hs;
                }), Futures::sequence));
            }
            assertEquals(List.of(500500, 500500, 500500, 500500), sums, d.toString());
        }
    }
}
