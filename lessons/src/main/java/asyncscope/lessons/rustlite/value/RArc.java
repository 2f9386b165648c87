package asyncscope.lessons.rustlite.value;

import java.util.concurrent.atomic.AtomicInteger;

/** {@code Arc<T>} / {@code Rc<T>}: a shared reference. Clones share the value and the strong count. */
public final class RArc {
    public final Object inner;
    public final AtomicInteger strong;
    /** How many {@code Weak}s point at the value (shared by all clones). */
    public final AtomicInteger weak;

    public RArc(Object inner) {
        this(inner, new AtomicInteger(1), new AtomicInteger(0));
    }

    private RArc(Object inner, AtomicInteger strong, AtomicInteger weak) {
        this.inner = inner;
        this.strong = strong;
        this.weak = weak;
    }

    public RArc share() {
        strong.incrementAndGet();
        return new RArc(inner, strong, weak);
    }

    /** A strong pointer again from a weak one, if the value is still alive ({@code Weak::upgrade}). */
    public RArc upgrade() {
        while (true) {
            int n = strong.get();
            if (n == 0) {
                return null;
            }
            if (strong.compareAndSet(n, n + 1)) {
                return new RArc(inner, strong, weak);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RArc a && a.inner.equals(inner);
    }

    @Override
    public int hashCode() {
        return inner.hashCode();
    }
}
