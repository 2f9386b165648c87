package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchTest {

    @Test
    void changedWaitsForANewerValueAndMarksItSeen() {
        Watch.Pair<String> p = Watch.channel("v1");
        WatchReceiver<String> rx = p.receiver();
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Result<Void, Watch.RecvError>> c = rx.changed();
        assertTrue(c.poll(w.cx()).isPending(), "the initial value counts as seen");
        assertEquals(false, rx.hasChanged().unwrap());
        p.sender().send("v2").unwrap();
        p.sender().send("v3").unwrap();
        assertEquals(1, w.count());
        assertTrue(c.poll(w.cx()).value().isOk());
        assertEquals("v3", rx.borrow(), "only the latest value is kept");
        assertTrue(rx.changed().poll(w.cx()).isPending(), "seen now");
    }

    @Test
    void senderDropEndsReceiversAfterTheLastChange() {
        Watch.Pair<Integer> p = Watch.channel(0);
        WatchReceiver<Integer> rx = p.receiver();
        p.sender().send(1).unwrap();
        p.sender().drop();
        Async.CountingWaker w = new Async.CountingWaker();
        assertTrue(rx.changed().poll(w.cx()).value().isOk(), "the unseen change comes first");
        assertEquals(new Watch.RecvError(), rx.changed().poll(w.cx()).value().unwrapErr());
        assertTrue(rx.hasChanged().isErr());
    }

    @Test
    void sendWithoutReceiversFailsButSendReplaceStores() {
        Watch.Pair<Integer> p = Watch.channel(0);
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Void> closed = p.sender().closed();
        assertTrue(closed.poll(w.cx()).isPending());
        p.receiver().drop();
        assertEquals(1, w.count());
        assertTrue(closed.poll(w.cx()).isReady());
        assertEquals(5, p.sender().send(5).unwrapErr().value());
        assertEquals(0, p.sender().borrow());
        assertEquals(0, p.sender().sendReplace(6));
        WatchReceiver<Integer> late = p.sender().subscribe();
        assertEquals(6, late.borrowAndUpdate());
    }

    @Test
    void droppedChangedFutureIsForgotten() {
        Watch.Pair<Integer> p = Watch.channel(0);
        Async.CountingWaker w = new Async.CountingWaker();
        Future<Result<Void, Watch.RecvError>> c = p.receiver().changed();
        c.poll(w.cx());
        assertEquals(1, p.sender().snapshot().waiting().size());
        c.drop();
        assertEquals(0, p.sender().snapshot().waiting().size());
        p.sender().send(1).unwrap();
        assertEquals(0, w.count());
        assertTrue(p.receiver().hasChanged().unwrap(), "the change is still there to be seen");
    }

    @Test
    void watchersSeeTheFinalValueOnBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            List<Integer> finals = Collections.synchronizedList(new ArrayList<>());
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(11).build()) {
                rt.blockOn(Futures.then(Futures.lazy(() -> {
                    Watch.Pair<Integer> p = Watch.channel(0);
                    List<Future<?>> hs = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        WatchReceiver<Integer> rx = i == 0 ? p.receiver() : p.receiver().clone();
                        int[] last = {0};
                        hs.add(Handle.current().spawn(Futures.then(Async.loop(rx::changed, r -> {
                            if (r.isOk()) {
                                int v = rx.borrowAndUpdate();
                                if (v < last[0]) {
                                    throw new AssertionError("went back from " + last[0] + " to " + v);
                                }
                                last[0] = v;
                            }
                            return r.isOk();
                        }), v -> Futures.run(() -> finals.add(last[0])))));
                    }
                    WatchSender<Integer> tx = p.sender();
                    hs.add(Handle.current().spawn(Futures.then(Async.repeat(100, i -> {
                        tx.send(i + 1).unwrap();
                        return new YieldNow();
                    }), v -> Futures.run(tx::drop))));
                    return hs;
                }), Futures::sequence));
            }
            assertEquals(List.of(100, 100, 100, 100), finals, d.toString());
        }
    }
}
