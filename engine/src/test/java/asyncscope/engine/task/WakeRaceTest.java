package asyncscope.engine.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The task state word under racing wakes: never polled twice at once, never lost, never after completion. */
class WakeRaceTest {

    static Stream<Rt.Shape> shapes() {
        return Rt.allShapes().stream();
    }

    /** A future that wakes itself during its poll must be polled exactly once more. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void wakeDuringPollRepollsExactlyOnce(Rt.Shape shape) {
        AtomicInteger polls = new AtomicInteger();
        try (Runtime rt = shape.build(3, null)) {
            int n = rt.blockOn(Rt.inside(() -> Handle.current().spawn(cx -> {
                int p = polls.incrementAndGet();
                if (p == 1) {
                    cx.waker().wake(WakeSource.OTHER);
                    cx.waker().wake(WakeSource.OTHER); // a second wake while notified is absorbed
                    return Poll.pending();
                }
                return Poll.ready(p);
            })));
            assertEquals(2, n);
            assertEquals(2, polls.get());
        }
    }

    /** Wakes from many foreign threads at once: the task is never polled concurrently and always finishes. */
    @RepeatedTest(5)
    void wakesFromOtherThreadsNeverOverlapPolls() throws Exception {
        int tasks = 200;
        int wakers = 4;
        AtomicBoolean overlap = new AtomicBoolean();
        try (Runtime rt = Runtime.builder().multiThread(4).threaded().build()) {
            List<AtomicReference<Waker>> slots = new ArrayList<>();
            List<AtomicInteger> remaining = new ArrayList<>();
            List<JoinHandle<Integer>> handles = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                AtomicReference<Waker> slot = new AtomicReference<>();
                AtomicInteger left = new AtomicInteger(50);
                AtomicBoolean inPoll = new AtomicBoolean();
                slots.add(slot);
                remaining.add(left);
                handles.add(rt.spawn(new Future<Integer>() {
                    int polls;

                    @Override
                    public Poll<Integer> poll(Context cx) {
                        if (!inPoll.compareAndSet(false, true)) {
                            overlap.set(true);
                        }
                        try {
                            polls++;
                            slot.set(cx.waker());
                            return left.get() <= 0 ? Poll.ready(polls) : Poll.pending();
                        } finally {
                            inPoll.set(false);
                        }
                    }
                }));
            }
            CountDownLatch done = new CountDownLatch(wakers);
            for (int w = 0; w < wakers; w++) {
                Thread t = new Thread(() -> {
                    for (int round = 0; round < 60; round++) {
                        for (int i = 0; i < tasks; i++) {
                            remaining.get(i).decrementAndGet();
                            Waker wk = slots.get(i).get();
                            if (wk != null) {
                                wk.wake(WakeSource.OTHER);
                            }
                        }
                    }
                    done.countDown();
                });
                t.start();
            }
            assertTrue(done.await(30, TimeUnit.SECONDS));
            // Final wakes after every counter reached zero, so every task sees it and finishes.
            for (AtomicReference<Waker> s : slots) {
                Waker wk = s.get();
                if (wk != null) {
                    wk.wake(WakeSource.OTHER);
                }
            }
            List<Integer> polls = rt.blockOn(Futures.sequence(handles));
            assertEquals(tasks, polls.size());
            assertFalse(overlap.get(), "a task was polled by two threads at once");
        }
    }

    /** A wake that arrives after completion is a no-op: no extra poll, no error. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void wakeAfterCompletionIsIgnored(Rt.Shape shape) {
        AtomicInteger polls = new AtomicInteger();
        AtomicReference<Waker> kept = new AtomicReference<>();
        try (Runtime rt = shape.build(5, null)) {
            JoinHandle<String> h = rt.spawn(cx -> {
                polls.incrementAndGet();
                kept.set(cx.waker());
                return Poll.ready("done");
            });
            assertEquals("done", rt.blockOn(h));
            for (int i = 0; i < 10; i++) {
                kept.get().wake(WakeSource.OTHER);
            }
            rt.blockOn(new YieldNow());
            rt.blockOn(new YieldNow());
            assertEquals(1, polls.get());
        }
    }

    /** Abort while the task is running: it is dropped after the current poll, its cleanup runs once. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void abortWhileRunning(Rt.Shape shape) {
        AtomicInteger drops = new AtomicInteger();
        AtomicReference<JoinHandle<Void>> self = new AtomicReference<>();
        try (Runtime rt = shape.build(9, null)) {
            JoinHandle<Void> h = rt.spawn(new Future<Void>() {
                @Override
                public Poll<Void> poll(Context cx) {
                    while (self.get() == null) {
                        Thread.onSpinWait();
                    }
                    self.get().abort(); // abort arrives while this poll is running
                    cx.waker().wake(WakeSource.OTHER);
                    return Poll.pending();
                }

                @Override
                public void drop() {
                    drops.incrementAndGet();
                }
            });
            self.set(h);
            JoinError err = assertThrows(JoinError.class, () -> rt.blockOn(h));
            assertTrue(err.isCancelled());
            assertEquals(1, drops.get());
        }
    }

    /** Abort from another thread at random moments: each task ends exactly once, cancelled or with its value. */
    @Test
    void abortRacesWithCompletion() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(1).build()) {
                List<JoinHandle<Integer>> hs = new ArrayList<>();
                AtomicInteger drops = new AtomicInteger();
                AtomicInteger completions = new AtomicInteger();
                for (int i = 0; i < 2000; i++) {
                    int k = i;
                    hs.add(rt.spawn(new Future<Integer>() {
                        int yields = k % 5;

                        @Override
                        public Poll<Integer> poll(Context cx) {
                            if (yields-- > 0) {
                                cx.waker().wake(WakeSource.YIELD);
                                return Poll.pending();
                            }
                            completions.incrementAndGet();
                            return Poll.ready(k);
                        }

                        @Override
                        public void drop() {
                            drops.incrementAndGet();
                        }
                    }));
                }
                for (int i = 0; i < hs.size(); i += 3) {
                    hs.get(i).abort();
                }
                int cancelled = 0;
                int values = 0;
                for (JoinHandle<Integer> h : hs) {
                    try {
                        rt.blockOn(h);
                        values++;
                    } catch (JoinError e) {
                        assertTrue(e.isCancelled());
                        cancelled++;
                    }
                }
                assertEquals(hs.size(), cancelled + values, d.name());
                assertEquals(values, completions.get(), d.name());
                assertEquals(cancelled, drops.get(), d.name());
            }
        }
    }
}
