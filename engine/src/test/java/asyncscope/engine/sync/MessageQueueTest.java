package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The lock-free block list behind mpsc channels: against a model, across block boundaries, and raced. */
class MessageQueueTest {

    @Test
    void fifoAcrossManyBlocks() {
        MessageQueue<Integer> q = new MessageQueue<>();
        int n = MessageQueue.BLOCK_CAP * 5 + 7;
        for (int i = 0; i < n; i++) {
            assertTrue(q.offer(i));
        }
        assertEquals(n, q.len());
        assertEquals(n, q.snapshot().size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, q.poll());
        }
        assertNull(q.poll());
        assertEquals(0, q.len());
    }

    @Test
    void receiverWaitingAtABlockBoundaryFindsTheNextBlock() {
        MessageQueue<Integer> q = new MessageQueue<>();
        for (int i = 0; i < MessageQueue.BLOCK_CAP; i++) {
            q.offer(i);
            assertEquals(i, q.poll());
        }
        assertNull(q.poll(), "the next block does not exist yet");
        q.offer(99);
        assertEquals(99, q.poll());
    }

    @Test
    void closeRefusesNewMessagesButKeepsQueuedOnes() {
        MessageQueue<String> q = new MessageQueue<>();
        q.offer("a");
        q.offer("b");
        assertTrue(q.close());
        assertFalse(q.close(), "closing twice reports it");
        assertTrue(q.isClosed());
        assertFalse(q.offer("c"));
        assertEquals(List.of("a", "b"), q.snapshot());
        assertEquals("a", q.poll());
        assertEquals(1, q.clear());
        assertEquals(0, q.len());
        assertNull(q.poll());
    }

    @Property(tries = 300)
    void behavesLikeAQueue(@ForAll("ops") List<Integer> ops) {
        MessageQueue<Integer> q = new MessageQueue<>();
        ArrayDeque<Integer> model = new ArrayDeque<>();
        int next = 0;
        for (int op : ops) {
            if (op >= 0) {
                for (int k = 0; k < op; k++) {
                    q.offer(next);
                    model.add(next++);
                }
            } else {
                for (int k = 0; k < -op; k++) {
                    assertEquals(model.poll(), q.poll());
                }
            }
            assertEquals(model.size(), q.len());
            assertEquals(new ArrayList<>(model), q.snapshot());
        }
    }

    @Provide
    Arbitrary<List<Integer>> ops() {
        return Arbitraries.integers().between(-40, 40).list().ofMaxSize(60);
    }

    /**
     * Four senders race one receiver: every message arrives exactly once, each sender's messages in the
     * order it sent them, and a receiver that sees null never misses a message for good.
     */
    @RepeatedTest(5)
    void racingSendersLoseNothingAndKeepTheirOrder() throws Exception {
        MessageQueue<Long> q = new MessageQueue<>();
        int senders = 4;
        int perSender = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            long tag = (long) s << 32;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perSender; i++) {
                    q.offer(tag | i);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        long[] nextOf = new long[senders];
        long got = 0;
        AtomicLong spins = new AtomicLong();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (got < (long) senders * perSender) {
            Long v = q.poll();
            if (v == null) {
                spins.incrementAndGet();
                Thread.onSpinWait();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("stuck after " + got + " messages");
                }
                continue;
            }
            int s = (int) (v >>> 32);
            assertEquals(nextOf[s], v & 0xffffffffL, "sender " + s + " out of order");
            nextOf[s]++;
            got++;
        }
        for (Thread t : threads) {
            t.join();
        }
        assertNull(q.poll());
        assertEquals(0, q.len());
        for (long n : nextOf) {
            assertEquals(perSender, n);
        }
    }

    /** A close racing the senders: every message a sender was told went in comes out; none of the refused. */
    @RepeatedTest(5)
    void closeRacingSendersKeepsExactlyTheAcceptedMessages() throws Exception {
        MessageQueue<Integer> q = new MessageQueue<>();
        AtomicLong accepted = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 100_000; i++) {
                    if (!q.offer(i)) {
                        return;
                    }
                    accepted.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(2);
        q.close();
        for (Thread t : threads) {
            t.join();
        }
        long received = 0;
        while (q.poll() != null) {
            received++;
        }
        assertEquals(accepted.get(), received);
        assertEquals(0, q.len());
    }
}
