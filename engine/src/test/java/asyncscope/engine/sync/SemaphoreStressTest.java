package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 10,000 tasks through a Semaphore(8) on both drivers, with random cancellation of two kinds: some
 * tasks race their acquire against a few yields in a select (the acquire future is dropped when it
 * loses), and the main task aborts a random tenth of the tasks (some while waiting, some while holding
 * a permit). Never more than 8 holders; at the end all 8 permits are back and nobody waits.
 */
class SemaphoreStressTest {
    static final int TASKS = 10_000;
    static final int PERMITS = 8;

    /** One task: acquire (maybe racing a timeout of yields), hold across a yield, release. Drop releases too. */
    static final class Holder implements Future<Boolean> {
        private final Semaphore sem;
        private final AtomicInteger holders;
        private final AtomicInteger maxHolders;
        private Future<?> acquiring;
        private final boolean racing;
        private SemaphorePermit permit;
        private YieldNow hold;

        Holder(Semaphore sem, AtomicInteger holders, AtomicInteger maxHolders, boolean racing, int patience) {
            this.sem = sem;
            this.holders = holders;
            this.maxHolders = maxHolders;
            this.racing = racing;
            this.acquiring = racing ? Select.biased(sem.acquire(), yields(patience)) : sem.acquire();
        }

        private static Future<Object> yields(int n) {
            return Futures.map(Async.repeat(n, i -> new YieldNow()), v -> "gave up");
        }

        @Override
        @SuppressWarnings("unchecked")
        public Poll<Boolean> poll(Context cx) {
            if (acquiring != null) {
                Poll<?> p = acquiring.poll(cx);
                if (p.isPending()) {
                    return Poll.pending();
                }
                acquiring = null;
                Object v = p.value();
                if (racing) {
                    Select.Winner<Object> w = (Select.Winner<Object>) v;
                    if (w.index() != 0) {
                        return Poll.ready(false); // the acquire lost and was dropped
                    }
                    v = w.value();
                }
                permit = ((Result<SemaphorePermit, Semaphore.AcquireError>) v).unwrap();
                int now = holders.incrementAndGet();
                maxHolders.accumulateAndGet(now, Math::max);
                if (now > PERMITS) {
                    throw new AssertionError(now + " holders of " + PERMITS + " permits");
                }
                hold = new YieldNow();
            }
            if (hold.poll(cx).isPending()) {
                return Poll.pending();
            }
            release();
            return Poll.ready(true);
        }

        private void release() {
            holders.decrementAndGet();
            SemaphorePermit p = permit;
            permit = null;
            p.drop();
        }

        @Override
        public void drop() {
            if (acquiring != null) {
                acquiring.drop();
            }
            if (permit != null) {
                release();
            }
        }
    }

    /** Runs the program; returns {tasks that held the permit, tasks cancelled}. */
    static int[] run(Runtime rt, int tasks, int permits, long seed) {
        Semaphore sem = rt.blockOn(Futures.lazy(() -> new Semaphore(permits)));
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        AtomicInteger held = new AtomicInteger();
        int cancelled = rt.blockOn(Futures.then(Futures.lazy(() -> {
            Random rnd = new Random(seed);
            List<JoinHandle<Boolean>> hs = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                boolean racing = rnd.nextInt(3) == 0;
                Holder h = new Holder(sem, holders, max, racing, 1 + rnd.nextInt(3));
                hs.add(Handle.current().spawn(Futures.map(h, ok -> {
                    if (ok) {
                        held.incrementAndGet();
                    }
                    return ok;
                })));
                if (rnd.nextInt(10) == 0 && i > 0) {
                    hs.get(rnd.nextInt(i)).abort();
                }
            }
            return hs;
        }), hs -> Futures.then(new YieldNow(), v -> Async.joinAllCountingCancelled(hs))));
        assertTrue(max.get() <= permits, "max holders " + max.get());
        if (rt.config().driver() == asyncscope.engine.runtime.DriverKind.SIMULATED) {
            // Deterministic here (on real threads it is merely near-certain, so not asserted there).
            assertEquals(permits, max.get(), "with this many tasks every permit is in use at some point");
        }
        assertEquals(0, holders.get());
        assertEquals(permits, sem.availablePermits(), "every permit came back");
        assertTrue(sem.snapshot().waiting().isEmpty());
        assertTrue(sem.snapshot().holders().isEmpty());
        System.out.printf("semaphore stress (%s): %d held, %d cancelled by abort, %d gave up in select%n",
                rt.config().driver(), held.get(), cancelled, tasks - held.get() - cancelled);
        return new int[] {held.get(), cancelled};
    }

    @Test
    void threaded() {
        try (Runtime rt = Runtime.builder().multiThread(2).threaded().build()) {
            int[] r = run(rt, TASKS, PERMITS, 1);
            assertTrue(r[0] > 0 && r[0] + r[1] <= TASKS, r[0] + " held, " + r[1] + " cancelled");
            assertTrue(rt.core().internalErrors().isEmpty());
        }
    }

    @Test
    void threadedFourWorkers() {
        try (Runtime rt = Runtime.builder().multiThread(4).threaded().build()) {
            run(rt, TASKS, PERMITS, 2);
        }
    }

    @Test
    void simulated() {
        for (long seed : new long[] {1, 2, 3}) {
            try (Runtime rt = Runtime.builder().multiThread(2).simulated(seed).build()) {
                int[] r = run(rt, TASKS, PERMITS, seed);
                assertTrue(r[1] > 0, "some tasks were aborted");
            }
        }
    }
}
