package asyncscope.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Futures;
import asyncscope.engine.task.Task;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The lock-free local run queue: FIFO for its owner, half-steals, overflow, and exactly-once under races. */
class LocalQueueTest {

    private static Task<?> task(long id) {
        return new Task<>(id, "t" + id, SourceSpan.NONE, Futures.ready(null), null, (t, y) -> { });
    }

    @Test
    void ownerPushesAndPopsInFifoOrder() {
        LocalQueue q = new LocalQueue();
        InjectQueue inject = new InjectQueue();
        List<Task<?>> ts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ts.add(task(i));
            assertNull(q.pushBack(ts.get(i), inject));
        }
        assertEquals(100, q.len());
        for (int i = 0; i < 100; i++) {
            assertSame(ts.get(i), q.pop());
        }
        assertNull(q.pop());
        assertTrue(inject.isEmpty());
    }

    @Test
    void fullQueueMovesHalfPlusTheNewTaskToInject() {
        LocalQueue q = new LocalQueue();
        InjectQueue inject = new InjectQueue();
        for (int i = 0; i < LocalQueue.CAPACITY; i++) {
            assertNull(q.pushBack(task(i), inject));
        }
        Task<?> extra = task(999);
        Task<?>[] moved = q.pushBack(extra, inject);
        assertEquals(LocalQueue.CAPACITY / 2 + 1, moved.length);
        assertEquals(0, moved[0].id(), "the oldest half moves");
        assertSame(extra, moved[moved.length - 1]);
        assertEquals(LocalQueue.CAPACITY / 2, q.len());
        assertEquals(LocalQueue.CAPACITY / 2 + 1, inject.len());
        assertEquals(LocalQueue.CAPACITY / 2, q.pop().id(), "the newer half stays, still in order");
    }

    @Test
    void stealTakesTheOlderHalfRoundedUp() {
        LocalQueue victim = new LocalQueue();
        LocalQueue thief = new LocalQueue();
        InjectQueue inject = new InjectQueue();
        for (int i = 0; i < 7; i++) {
            victim.pushBack(task(i), inject);
        }
        Task<?>[] stolen = new Task<?>[LocalQueue.CAPACITY / 2];
        assertEquals(4, victim.stealInto(thief, stolen));
        assertEquals(3, victim.len());
        assertEquals(4, thief.len());
        for (int i = 0; i < 4; i++) {
            assertEquals(i, stolen[i].id());
            assertEquals(i, thief.pop().id());
        }
        assertEquals(4, victim.pop().id());
    }

    /** Model check: random single-threaded push / pop / steal sequences behave like two deques. */
    @Property(tries = 300)
    void behavesLikeAModel(@ForAll("ops") List<Integer> ops) {
        LocalQueue q = new LocalQueue();
        LocalQueue other = new LocalQueue();
        InjectQueue inject = new InjectQueue();
        ArrayDeque<Long> model = new ArrayDeque<>();
        ArrayDeque<Long> otherModel = new ArrayDeque<>();
        ArrayDeque<Long> injectModel = new ArrayDeque<>();
        long next = 0;
        for (int op : ops) {
            switch (op) {
                case 0, 1, 2 -> {
                    long id = next++;
                    Task<?>[] moved = q.pushBack(task(id), inject);
                    if (model.size() == LocalQueue.CAPACITY) {
                        for (int i = 0; i < LocalQueue.CAPACITY / 2; i++) {
                            injectModel.add(model.pollFirst());
                        }
                        injectModel.add(id);
                        assertEquals(LocalQueue.CAPACITY / 2 + 1, moved.length);
                    } else {
                        model.add(id);
                        assertNull(moved);
                    }
                }
                case 3 -> {
                    Task<?> t = q.pop();
                    Long m = model.pollFirst();
                    assertEquals(m, t == null ? null : t.id());
                }
                case 4 -> {
                    int n = q.stealInto(other, null);
                    int expect = otherModel.size() > LocalQueue.CAPACITY / 2 ? 0 : model.size() - model.size() / 2;
                    assertEquals(expect, n);
                    for (int i = 0; i < n; i++) {
                        otherModel.add(model.pollFirst());
                    }
                }
                default -> {
                    Task<?> t = other.pop();
                    Long m = otherModel.pollFirst();
                    assertEquals(m, t == null ? null : t.id());
                }
            }
            assertEquals(model.size(), q.len());
            assertEquals(otherModel.size(), other.len());
            assertEquals(injectModel.size(), inject.len());
        }
    }

    @Provide
    Arbitrary<List<Integer>> ops() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(1500);
    }

    /** The owner pushes and pops while three thieves steal: every task comes out exactly once. */
    @Test
    void concurrentStealsLoseAndDuplicateNothing() throws Exception {
        for (int round = 0; round < 20; round++) {
            int total = 200_000;
            LocalQueue owner = new LocalQueue();
            InjectQueue inject = new InjectQueue();
            AtomicIntegerArray seen = new AtomicIntegerArray(total);
            AtomicBoolean done = new AtomicBoolean();
            int thieves = 3;
            CountDownLatch finished = new CountDownLatch(thieves);
            List<Thread> ts = new ArrayList<>();
            for (int k = 0; k < thieves; k++) {
                Thread t = new Thread(() -> {
                    LocalQueue mine = new LocalQueue();
                    while (!done.get() || !owner.isEmpty()) {
                        if (owner.stealInto(mine, null) == 0) {
                            Thread.onSpinWait();
                        }
                        Task<?> x;
                        while ((x = mine.pop()) != null) {
                            seen.incrementAndGet((int) x.id());
                        }
                    }
                    finished.countDown();
                });
                ts.add(t);
                t.start();
            }
            for (int i = 0; i < total; i++) {
                owner.pushBack(task(i), inject);
                if (i % 3 == 0) {
                    Task<?> x = owner.pop();
                    if (x != null) {
                        seen.incrementAndGet((int) x.id());
                    }
                }
            }
            Task<?> x;
            while ((x = owner.pop()) != null) {
                seen.incrementAndGet((int) x.id());
            }
            done.set(true);
            finished.await();
            while ((x = inject.pop()) != null) {
                seen.incrementAndGet((int) x.id());
            }
            for (int i = 0; i < total; i++) {
                if (seen.get(i) != 1) {
                    throw new AssertionError("round " + round + ": task " + i + " seen " + seen.get(i) + " times");
                }
            }
        }
    }
}
