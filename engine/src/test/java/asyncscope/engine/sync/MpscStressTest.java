package asyncscope.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four producers × 250,000 messages through a bounded(32) channel on both drivers: every message
 * arrives exactly once and each producer's messages arrive in the order sent.
 */
class MpscStressTest {
    static final int PRODUCERS = 4;
    static final int PER_PRODUCER = 250_000;

    static long exactlyOnce(Runtime rt, int producers, int perProducer, int capacity) {
        long[] seen = {0};
        long[][] next = {new long[producers]};
        rt.blockOn(Futures.then(Futures.lazy(() -> {
            Mpsc.Pair<Long> p = Mpsc.channel(capacity);
            List<Future<?>> hs = new ArrayList<>();
            for (int k = 0; k < producers; k++) {
                MpscSender<Long> tx = k == producers - 1 ? p.sender() : p.sender().clone();
                long base = (long) k << 32;
                hs.add(Handle.current().spawn(Futures.then(
                        Async.repeat(perProducer, i -> Futures.map(tx.send(base | i), Result::unwrap)),
                        v -> Futures.run(tx::drop)), "producer-" + k, null));
            }
            MpscReceiver<Long> rx = p.receiver();
            hs.add(Handle.current().spawn(Async.loop(rx::recv, o -> {
                if (o.isEmpty()) {
                    return false;
                }
                long v = o.get();
                int k = (int) (v >>> 32);
                long i = v & 0xffffffffL;
                if (i != next[0][k]) {
                    throw new AssertionError("producer " + k + ": expected " + next[0][k] + " got " + i);
                }
                next[0][k]++;
                seen[0]++;
                return true;
            }), "consumer", null));
            return hs;
        }), Futures::sequence));
        for (int k = 0; k < producers; k++) {
            assertEquals(perProducer, next[0][k], "producer " + k);
        }
        return seen[0];
    }

    @Test
    void threadedDriver() {
        try (Runtime rt = Runtime.builder().multiThread(2).threaded().build()) {
            long t0 = System.nanoTime();
            assertEquals((long) PRODUCERS * PER_PRODUCER, exactlyOnce(rt, PRODUCERS, PER_PRODUCER, 32));
            System.out.printf("mpsc stress threaded: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            assertTrue(rt.core().internalErrors().isEmpty());
        }
    }

    @Test
    void simulatedDriver() {
        try (Runtime rt = Runtime.builder().multiThread(2).simulated(17).build()) {
            long t0 = System.nanoTime();
            assertEquals((long) PRODUCERS * PER_PRODUCER, exactlyOnce(rt, PRODUCERS, PER_PRODUCER, 32));
            System.out.printf("mpsc stress simulated: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Test
    void threadedDriverFourWorkers() {
        try (Runtime rt = Runtime.builder().multiThread(4).threaded().build()) {
            assertEquals(4L * 50_000, exactlyOnce(rt, 4, 50_000, 1));
        }
    }
}
