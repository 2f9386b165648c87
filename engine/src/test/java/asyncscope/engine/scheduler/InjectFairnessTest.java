package asyncscope.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Runtime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A worker whose local queue never empties still serves the global inject queue every 61 ticks, so a
 * task spawned from outside cannot starve behind busy local tasks.
 */
class InjectFairnessTest {

    @Test
    void injectQueueIsServedEvenWhenTheLocalQueueNeverEmpties() {
        try (Runtime rt = Runtime.builder().multiThread(1).simulated(0).build()) {
            AtomicBoolean injectedRan = new AtomicBoolean();
            AtomicInteger spins = new AtomicInteger();
            // Two local tasks that keep yielding: the local queue is never empty.
            for (int i = 0; i < 2; i++) {
                rt.spawn(new Future<Void>() {
                    @Override
                    public Poll<Void> poll(Context cx) {
                        if (injectedRan.get() || spins.incrementAndGet() > 10_000) {
                            return Poll.ready(null);
                        }
                        cx.waker().wake(WakeSource.YIELD);
                        return Poll.pending();
                    }
                });
            }
            rt.blockOn(Futures.ready(null)); // let the spinners start and fill the local queue
            rt.spawn(Futures.run(() -> injectedRan.set(true))); // from outside: the inject queue
            rt.blockOn(Futures.ready(null));
            while (!injectedRan.get() && spins.get() <= 10_000) {
                rt.blockOn(new asyncscope.engine.future.YieldNow());
            }
            assertTrue(injectedRan.get(), "the injected task never ran");
            assertTrue(spins.get() < 200, "it ran only after " + spins.get() + " local polls (expected within ~61 ticks)");
        }
    }
}
