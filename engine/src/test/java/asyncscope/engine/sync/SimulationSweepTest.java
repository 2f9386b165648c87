package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Select;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Small programs using every primitive, run under 1,000 seeds of the simulated driver (so 1,000
 * different interleavings): none deadlocks (the simulator would throw), no message is lost or
 * duplicated, no permit leaks. And the same seed always gives the very same event list.
 */
class SimulationSweepTest {
    /** 1,000 seeds normally; 20,000 under {@code -Dasyncscope.soak=true}. */
    static final int SEEDS = Boolean.getBoolean("asyncscope.soak") ? 20_000 : 1000;

    /**
     * A producer that sends 0..n-1 but races each send against a yield; when the yield wins, the send
     * future is dropped and the same value is sent again. Exactly-once delivery at the consumer proves
     * that a dropped send neither delivered its message nor lost its place for good.
     */
    static final class ImpatientProducer implements Future<Void> {
        private final MpscSender<Integer> tx;
        private final int base;
        private final int n;
        private int i;
        private Future<Select.Winner<Object>> attempt;

        ImpatientProducer(MpscSender<Integer> tx, int base, int n) {
            this.tx = tx;
            this.base = base;
            this.n = n;
        }

        @Override
        public Poll<Void> poll(Context cx) {
            while (i < n) {
                if (attempt == null) {
                    attempt = Select.of(tx.send(base + i), new YieldNow());
                }
                Poll<Select.Winner<Object>> p = attempt.poll(cx);
                if (p.isPending()) {
                    return Poll.pending();
                }
                attempt = null;
                if (p.value().index() == 0) {
                    ((Result<?, ?>) p.value().value()).unwrap();
                    i++;
                }
            }
            tx.drop();
            return Poll.ready(null);
        }

        @Override
        public void drop() {
            if (attempt != null) {
                attempt.drop();
            }
            tx.drop();
        }
    }

    /** The program: 3 impatient producers through bounded(2), 1 consumer; 6 tasks through a Semaphore(2) (some racing);
     * a oneshot reply, a broadcast to 2 receivers, a Notify hand-off and a Mutex counter. Returns a summary. */
    static String program(Runtime rt) {
        return rt.blockOn(Futures.then(Futures.lazy(() -> {
            Mpsc.Pair<Integer> ch = Mpsc.channel(2);
            List<JoinHandle<?>> hs = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                MpscSender<Integer> tx = p == 2 ? ch.sender() : ch.sender().clone();
                hs.add(Handle.current().spawn(new ImpatientProducer(tx, p * 100, 8)));
            }
            TreeMap<Integer, Integer> got = new TreeMap<>();
            MpscReceiver<Integer> rx = ch.receiver();
            Oneshot.Pair<Integer> reply = Oneshot.channel();
            hs.add(Handle.current().spawn(Futures.then(Async.loop(rx::recv, o -> {
                o.ifPresent(v -> got.merge(v, 1, Integer::sum));
                return o.isPresent();
            }), v -> Futures.run(() -> reply.sender().send(got.size()).unwrap()))));

            Semaphore sem = new Semaphore(2);
            AtomicInteger holders = new AtomicInteger();
            AtomicInteger max = new AtomicInteger();
            for (int t = 0; t < 6; t++) {
                hs.add(Handle.current().spawn(new SemaphoreStressTest.Holder(sem, holders, max, t % 2 == 0, 1)));
            }

            Broadcast.Pair<Integer> bc = Broadcast.channel(4);
            BroadcastReceiver<Integer> brx2 = bc.sender().subscribe();
            int[] bsum = new int[2];
            int k = 0;
            for (BroadcastReceiver<Integer> brx : List.of(bc.receiver(), brx2)) {
                int slot = k++;
                hs.add(Handle.current().spawn(Async.loop(brx::recv, r -> {
                    r.okValue().ifPresent(v -> bsum[slot] += v);
                    return r.isOk();
                })));
            }
            BroadcastSender<Integer> btx = bc.sender();
            hs.add(Handle.current().spawn(Futures.then(Async.repeat(3, i -> {
                btx.send(i + 1).unwrap();
                return new YieldNow();
            }), v -> Futures.run(btx::drop))));

            Notify notify = new Notify();
            Mutex<Integer> counter = new Mutex<>(0);
            hs.add(Handle.current().spawn(Futures.then(notify.notified(), v -> Futures.then(counter.lock(), g -> {
                g.update(x -> x + 10);
                g.unlock();
                return Futures.ready(null);
            }))));
            for (int t = 0; t < 3; t++) {
                hs.add(Handle.current().spawn(Futures.then(counter.lock(), g -> {
                    int before = g.get();
                    return Futures.map(new YieldNow(), y -> {
                        g.set(before + 1);
                        g.unlock();
                        notify.notifyOne();
                        return null;
                    });
                })));
            }
            return new Object[] {hs, got, reply.receiver(), sem, max, bsum, counter};
        }), st -> {
            @SuppressWarnings("unchecked")
            List<JoinHandle<?>> hs = (List<JoinHandle<?>>) st[0];
            @SuppressWarnings("unchecked")
            OneshotReceiver<Integer> reply = (OneshotReceiver<Integer>) st[2];
            return Futures.then(Futures.sequence(hs), done -> Futures.map(reply, n -> {
                @SuppressWarnings("unchecked")
                TreeMap<Integer, Integer> got = (TreeMap<Integer, Integer>) st[1];
                Semaphore sem = (Semaphore) st[3];
                int[] bsum = (int[]) st[5];
                @SuppressWarnings("unchecked")
                Mutex<Integer> counter = (Mutex<Integer>) st[6];
                boolean once = got.values().stream().allMatch(c -> c == 1);
                return "received=" + n.unwrap() + " once=" + once + " permits=" + sem.availablePermits()
                        + " maxHolders<=2=" + (((AtomicInteger) st[4]).get() <= 2) + " waiting=" + sem.snapshot().waiting().size()
                        + " broadcast=" + bsum[0] + "," + bsum[1] + " counter=" + counter.tryLock().unwrap().get();
            }));
        }));
    }

    static final String EXPECTED = "received=24 once=true permits=2 maxHolders<=2=true waiting=0 broadcast=6,6 counter=13";

    @Test
    void thousandSeedsNeverDeadlockNorLose() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Runtime.Builder b = seed % 4 == 0 ? Runtime.builder().currentThread() : Runtime.builder().multiThread(1 + (int) (seed % 3));
            try (Runtime rt = b.simulated(seed).build()) {
                assertEquals(EXPECTED, program(rt), "seed " + seed);
            }
        }
    }

    /** The same program on real threads, many times: the interleavings are the OS's now. */
    @Test
    void sameProgramOnTheThreadedDriver() {
        int runs = Boolean.getBoolean("asyncscope.soak") ? 2000 : 100;
        for (int i = 0; i < runs; i++) {
            try (Runtime rt = Runtime.builder().multiThread(1 + i % 3).threaded().build()) {
                assertEquals(EXPECTED, program(rt), "run " + i);
                assertTrue(rt.core().internalErrors().isEmpty());
            }
        }
    }

    private static List<String> trace(long seed) {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().multiThread(3).simulated(seed).recorder(rec).build()) {
            assertEquals(EXPECTED, program(rt));
        }
        List<String> out = new ArrayList<>();
        for (Event e : rec.events()) {
            out.add(e.toString());
        }
        return out;
    }

    @Test
    void sameSeedSameEvents() {
        for (long seed : new long[] {7, 8, 9}) {
            List<String> a = trace(seed);
            List<String> b = trace(seed);
            assertTrue(a.stream().anyMatch(s -> s.contains("Resource[")), "resource events are recorded");
            assertEquals(a, b, "seed " + seed);
        }
        assertNotEquals(trace(7), trace(8), "different seeds interleave differently");
    }
}
