package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Small hand-written async control flow for tests (what an {@code async} block would compile to). */
final class Async {
    private Async() {}

    /**
     * {@code loop { let v = step().await; if !more(v) { break } }}: awaits one future after another,
     * each made by {@code step}, until {@code more} says stop.
     */
    static <T> Future<Void> loop(Supplier<? extends Future<T>> step, Predicate<? super T> more) {
        return new Future<>() {
            private Future<T> cur;

            @Override
            public Poll<Void> poll(Context cx) {
                for (;;) {
                    if (cur == null) {
                        cur = step.get();
                    }
                    Poll<T> p = cur.poll(cx);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    cur = null;
                    if (!more.test(p.value())) {
                        return Poll.ready(null);
                    }
                }
            }

            @Override
            public void drop() {
                if (cur != null) {
                    cur.drop();
                    cur = null;
                }
            }
        };
    }

    /** {@code for i in 0..n { body(i).await }}. */
    @SuppressWarnings("unchecked")
    static Future<Void> repeat(int n, IntFunction<? extends Future<?>> body) {
        int[] i = {0};
        if (n == 0) {
            return cx -> Poll.ready(null);
        }
        return Async.<Object>loop(() -> (Future<Object>) body.apply(i[0]), v -> ++i[0] < n);
    }

    /**
     * Awaits every handle in order, counting tasks that ended in a cancelled JoinError instead of
     * throwing; a panic is rethrown.
     */
    static Future<Integer> joinAllCountingCancelled(List<? extends asyncscope.engine.task.JoinHandle<?>> handles) {
        return new Future<>() {
            private int next;
            private int cancelled;

            @Override
            public Poll<Integer> poll(Context cx) {
                while (next < handles.size()) {
                    try {
                        if (handles.get(next).poll(cx).isPending()) {
                            return Poll.pending();
                        }
                    } catch (asyncscope.engine.task.JoinError e) {
                        if (!e.isCancelled()) {
                            throw e;
                        }
                        cancelled++;
                    }
                    next++;
                }
                return Poll.ready(cancelled);
            }
        };
    }

    /** A waker that counts its wakes, for polling by hand. */
    static final class CountingWaker implements Waker {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void wake(asyncscope.engine.event.WakeSource source) {
            count.incrementAndGet();
        }

        Context cx() {
            return Context.of(this);
        }

        int count() {
            return count.get();
        }
    }
}
