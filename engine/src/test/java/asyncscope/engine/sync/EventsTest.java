package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** RESOURCE events, wake sources and the cooperative budget, as the app sees them. */
class EventsTest {

    private static List<Event> record(Future<?> program) {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().currentThread().simulated(1).recorder(rec).build()) {
            rt.blockOn(program);
        }
        return rec.events();
    }

    private static List<Payload.Resource> resources(List<Event> events, long id) {
        List<Payload.Resource> out = new ArrayList<>();
        for (Event e : events) {
            if (e.payload() instanceof Payload.Resource r && r.id() == id) {
                out.add(r);
            }
        }
        return out;
    }

    /** Wake events naming {@code source}, as "woken task ← by task". */
    private static List<String> wakes(List<Event> events, WakeSource source) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e.payload() instanceof Payload.Wake w && w.source().equals(source)) {
                out.add(e.task() + "<-" + w.by());
            }
        }
        return out;
    }

    @Test
    void semaphoreReportsAcquireWaitingReleaseWithTheQueueAndWhoWokeWhom() {
        Semaphore[] sem = new Semaphore[1];
        long[] tasks = new long[3];
        List<Event> ev = record(Futures.then(Futures.lazy(() -> {
            sem[0] = new Semaphore(1);
            List<Future<?>> hs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                var h = Handle.current().spawn(Futures.then(sem[0].acquire(),
                        r -> Futures.map(new YieldNow(), y -> {
                            r.unwrap().drop();
                            return null;
                        })));
                tasks[i] = h.id();
                hs.add(h);
            }
            return hs;
        }), Futures::sequence));
        List<Payload.Resource> rs = resources(ev, sem[0].id());
        List<String> ops = rs.stream().map(r -> r.op() + ":" + r.value()).toList();
        assertEquals(List.of("create:1", "acquire:0", "waiting:0", "waiting:0", "release:0", "acquire:0", "release:0",
                "acquire:0", "release:1"), ops);
        assertEquals("waiting=[" + tasks[1] + ", " + tasks[2] + "]", rs.get(3).detail());
        assertTrue(rs.get(4).detail().startsWith("task " + tasks[0] + " gave 1"), rs.get(4).detail());
        assertEquals(List.of(tasks[1] + "<-" + tasks[0], tasks[2] + "<-" + tasks[1]),
                wakes(ev, WakeSource.of(WakeSource.Kind.SEMAPHORE, sem[0].id())));
    }

    @Test
    void notifyAndMutexWakesNameTheirResource() {
        Notify[] n = new Notify[1];
        Mutex<?>[] m = new Mutex<?>[1];
        List<Event> ev = record(Futures.then(Futures.lazy(() -> {
            n[0] = new Notify();
            Mutex<Integer> mutex = new Mutex<>(0);
            m[0] = mutex;
            MutexGuard<Integer> g = mutex.tryLock().unwrap();
            var waiter = Handle.current().spawn(Futures.then(n[0].notified(), v -> mutex.lock()));
            var notifier = Handle.current().spawn(Futures.map(new YieldNow(), v -> {
                n[0].notifyOne();
                g.unlock();
                return null;
            }));
            return List.of(waiter, notifier);
        }), hs -> Futures.sequence(hs)));
        assertEquals(1, wakes(ev, WakeSource.of(WakeSource.Kind.NOTIFY, n[0].id())).size());
        List<String> nops = resources(ev, n[0].id()).stream().map(Payload.Resource::op).toList();
        assertEquals(List.of("create", "waiting", "notify_one"), nops);
        List<String> mops = resources(ev, m[0].id()).stream().map(Payload.Resource::op).toList();
        assertTrue(mops.containsAll(List.of("create", "acquire", "release")), mops.toString());
    }

    /**
     * A consumer draining a channel that always has messages must still let its neighbours run: every
     * ready recv spends cooperative budget, and when it runs out the task yields.
     */
    @Test
    void recvSpendsCooperativeBudget() {
        AtomicInteger neighbourRanAt = new AtomicInteger(-1);
        AtomicInteger received = new AtomicInteger();
        List<Event> ev = record(Futures.then(Futures.lazy(() -> {
            Mpsc.Pair<Integer> p = Mpsc.unboundedChannel();
            for (int i = 0; i < 1000; i++) {
                p.sender().trySend(i).unwrap();
            }
            p.sender().drop();
            var consumer = Handle.current().spawn(Async.loop(p.receiver()::recv, o -> {
                o.ifPresent(v -> received.incrementAndGet());
                return o.isPresent();
            }));
            var neighbour = Handle.current().spawn(Futures.run(() -> neighbourRanAt.set(received.get())));
            return List.of(consumer, neighbour);
        }), hs -> Futures.sequence(hs)));
        assertEquals(1000, received.get());
        assertTrue(neighbourRanAt.get() > 0 && neighbourRanAt.get() < 1000,
                "the neighbour ran in the middle of the drain, at " + neighbourRanAt.get());
        assertTrue(ev.stream().anyMatch(e -> e.payload() instanceof Payload.BudgetYield));
    }

    @Test
    void snapshotsShowBufferWaitersAndPermits() {
        Mpsc.Pair<String> p = Mpsc.channel(2);
        p.sender().trySend("a").unwrap();
        p.sender().trySend("b").unwrap();
        p.sender().send("c").poll(new Async.CountingWaker().cx());
        Mpsc.Snapshot s = p.receiver().snapshot();
        assertEquals(List.of("a", "b"), s.buffer());
        assertEquals(List.of(-1L), s.waitingSenders(), "outside a runtime the waiting task id is -1");
        assertEquals(2, s.capacity());

        Semaphore sem = new Semaphore(2);
        SemaphorePermit held = sem.tryAcquire().unwrap();
        Semaphore.Snapshot ss = sem.snapshot();
        assertEquals(1, ss.available());
        assertEquals(1, ss.held());
        assertEquals(List.of(-1L), ss.holders());
        held.drop();
        assertEquals(0, sem.snapshot().held());

        Mutex<String> m = new Mutex<>("v");
        assertEquals(new Mutex.Snapshot(m.id(), -1, List.of(), "v"), m.snapshot());
    }
}
