package asyncscope.lessons.rustlite.prelude;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** A Rust iterator: lazy, single pass. Adapters ({@code map}, {@code filter}, ...) wrap it without running it. */
public abstract class RIter implements Iterator<Object> {
    private Object peeked;
    private boolean hasPeeked;
    private boolean done;

    /** The next item, or null at the end. */
    protected abstract Object advance();

    @Override
    public boolean hasNext() {
        if (!hasPeeked && !done) {
            peeked = advance();
            if (peeked == null) {
                done = true;
            } else {
                hasPeeked = true;
            }
        }
        return hasPeeked;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        hasPeeked = false;
        Object v = peeked;
        peeked = null;
        return v;
    }

    public static RIter over(Iterator<?> it) {
        return new RIter() {
            @Override
            protected Object advance() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }
}
