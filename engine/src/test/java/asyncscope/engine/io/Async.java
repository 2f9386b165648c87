package asyncscope.engine.io;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import java.util.Optional;
import java.util.function.Supplier;

/** Test helpers for writing async loops without a compiler: {@code loop { body }} until it yields a value. */
final class Async {
    private Async() {}

    static <T> Future<T> loop(Supplier<Future<Optional<T>>> body) {
        return new Future<>() {
            private Future<Optional<T>> cur;

            @Override
            public Poll<T> poll(Context cx) {
                for (;;) {
                    if (cur == null) {
                        cur = body.get();
                    }
                    Poll<Optional<T>> p = cur.poll(cx);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    cur = null;
                    if (p.value().isPresent()) {
                        return Poll.ready(p.value().get());
                    }
                }
            }

            @Override
            public void drop() {
                if (cur != null) {
                    cur.drop();
                }
            }
        };
    }
}
