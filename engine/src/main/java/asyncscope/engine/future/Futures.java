package asyncscope.engine.future;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small constructors and adapters for futures. */
public final class Futures {
    private Futures() {}

    /** A future that is ready at its first poll. */
    public static <T> Future<T> ready(T value) {
        return cx -> Poll.ready(value);
    }

    /** A future computing {@code body} when first polled (lazily), then ready. */
    public static <T> Future<T> lazy(Supplier<T> body) {
        return cx -> Poll.ready(body.get());
    }

    /** A future that runs {@code body} when first polled and is ready with {@code null}. */
    public static Future<Void> run(Runnable body) {
        return cx -> {
            body.run();
            return Poll.ready(null);
        };
    }

    /** A future that never completes (its task stays pending until dropped). */
    public static <T> Future<T> never() {
        return cx -> Poll.pending();
    }

    /** Maps the output of {@code inner} through {@code f}. */
    public static <A, B> Future<B> map(Future<A> inner, Function<? super A, ? extends B> f) {
        return new Future<>() {
            @Override
            public Poll<B> poll(Context cx) {
                Poll<A> p = inner.poll(cx);
                return p.isReady() ? Poll.ready(f.apply(p.value())) : Poll.pending();
            }

            @Override
            public void drop() {
                inner.drop();
            }

            @Override
            public String describe() {
                return inner.describe();
            }
        };
    }

    /** Runs {@code first} to completion, then the future {@code next} makes of its value. */
    public static <A, B> Future<B> then(Future<A> first, Function<? super A, ? extends Future<B>> next) {
        return new Future<>() {
            private Future<A> a = first;
            private Future<B> b;

            @Override
            public Poll<B> poll(Context cx) {
                if (b == null) {
                    Poll<A> p = a.poll(cx);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    a = null;
                    b = next.apply(p.value());
                }
                return b.poll(cx);
            }

            @Override
            public void drop() {
                if (a != null) {
                    a.drop();
                }
                if (b != null) {
                    b.drop();
                }
            }
        };
    }

    /**
     * Awaits each future in order, one after another, and collects the outputs. Unlike {@link Join},
     * only the current future is polled on a wake, so this scales to a million join handles.
     */
    public static <T> Future<List<T>> sequence(List<? extends Future<? extends T>> futures) {
        return new Future<>() {
            private final List<T> out = new ArrayList<>(futures.size());
            private int next;

            @Override
            public Poll<List<T>> poll(Context cx) {
                while (next < futures.size()) {
                    Poll<? extends T> p = futures.get(next).poll(cx);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    out.add(p.value());
                    next++;
                }
                return Poll.ready(out);
            }

            @Override
            public void drop() {
                for (int i = next; i < futures.size(); i++) {
                    futures.get(i).drop();
                }
            }
        };
    }
}
