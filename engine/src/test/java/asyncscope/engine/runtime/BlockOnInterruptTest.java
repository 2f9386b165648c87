package asyncscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Futures;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Interrupting a thread blocked in blockOn ends the wait (no spinning, no hang); the runtime shuts down cleanly. */
class BlockOnInterruptTest {

    @Test
    void interruptEndsTheWait() throws Exception {
        for (Flavor flavor : Flavor.values()) {
            try (Runtime rt = Runtime.builder().flavor(flavor, 2).threaded().build()) {
                AtomicReference<Throwable> thrown = new AtomicReference<>();
                Thread t = new Thread(() -> {
                    try {
                        rt.blockOn(Futures.never());
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                });
                t.start();
                Thread.sleep(100);
                t.interrupt();
                t.join(TimeUnit.SECONDS.toMillis(10));
                assertTrue(!t.isAlive(), flavor + ": blockOn did not return after an interrupt");
                assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
                assertEquals(7, rt.blockOn(Futures.ready(7)), "the runtime is still usable");
            }
        }
    }
}
