package asyncscope.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Futures;
import asyncscope.engine.task.Task;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The global queue as a chain of segments: FIFO across single pushes and batches, closing and draining. */
class InjectQueueTest {
    private final AtomicInteger ids = new AtomicInteger();

    private Task<?> task() {
        long id = ids.incrementAndGet();
        return new Task<>(id, "t" + id, SourceSpan.NONE, Futures.ready(null), null, (t, y) -> { });
    }

    private Task<?>[] batch(int n) {
        Task<?>[] b = new Task<?>[n];
        for (int i = 0; i < n; i++) {
            b[i] = task();
        }
        return b;
    }

    @Test
    void singlePushesAndBatchesComeOutInOrder() {
        InjectQueue q = new InjectQueue();
        List<Task<?>> expected = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 40; i++) { // more than one segment of single pushes
                Task<?> t = task();
                q.push(t);
                expected.add(t);
            }
            Task<?>[] b = batch(129);
            q.pushBatch(b);
            expected.addAll(List.of(b));
        }
        assertEquals(expected.size(), q.len());
        Task<?>[] first = q.popBatch(100);
        assertArrayEquals(expected.subList(0, 100).toArray(), first, "a batch spans segments in order");
        for (int i = 100; i < expected.size(); i++) {
            assertSame(expected.get(i), q.pop());
        }
        assertNull(q.pop());
        assertEquals(0, q.popBatch(10).length);
        assertEquals(0, q.len());
    }

    @Test
    void closedQueueRefusesButKeepsItsTasksForDrain() {
        InjectQueue q = new InjectQueue();
        Task<?> a = task();
        q.push(a);
        q.pushBatch(batch(3));
        q.close();
        assertFalse(q.push(task()));
        q.pushBatch(batch(2));
        assertEquals(4, q.len());
        List<Task<?>> drained = q.drain();
        assertEquals(4, drained.size());
        assertSame(a, drained.get(0));
        assertEquals(0, q.len());
        assertNull(q.pop());
    }

    @Property(tries = 300)
    void behavesLikeAFifo(@ForAll("ops") List<Integer> ops) {
        InjectQueue q = new InjectQueue();
        ArrayDeque<Task<?>> model = new ArrayDeque<>();
        for (int op : ops) {
            if (op == 0) {
                assertSame(model.poll(), q.pop());
            } else if (op > 100) {
                Task<?>[] b = batch(op - 100);
                q.pushBatch(b);
                model.addAll(List.of(b));
            } else if (op > 0) {
                Task<?> t = task();
                q.push(t);
                model.add(t);
            } else {
                int expected = Math.min(-op, model.size());
                Task<?>[] got = q.popBatch(-op);
                assertEquals(expected, got.length);
                for (Task<?> t : got) {
                    assertSame(model.poll(), t);
                }
            }
            assertEquals(model.size(), q.len());
        }
        assertEquals(new ArrayList<>(model), q.drain());
    }

    @Provide
    Arbitrary<List<Integer>> ops() {
        return Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(101, 180),
                Arbitraries.integers().between(-70, -1)).list().ofMaxSize(80);
    }
}
