package asyncscope.lessons.rustlite.value;

import java.util.concurrent.atomic.AtomicInteger;

/** {@code Arc<T>} / {@code Rc<T>}: a shared reference. Clones share the value and the strong count. */
public final class RArc {
    public final Object inner;
    public final AtomicInteger strong;

    public RArc(Object inner) {
        this(inner, new AtomicInteger(1));
    }

    private RArc(Object inner, AtomicInteger strong) {
        this.inner = inner;
        this.strong = strong;
    }

    public RArc share() {
        strong.incrementAndGet();
        return new RArc(inner, strong);
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
