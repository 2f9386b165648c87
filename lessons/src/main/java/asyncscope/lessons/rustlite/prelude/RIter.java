package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.interp.Watch;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A Rust iterator: lazy, single pass. Adapters ({@code map}, {@code filter}, ...) wrap it without running it. */
public abstract class RIter implements Iterator<Object> {
    private Object peeked;
    private boolean hasPeeked;
    private boolean done;

    /**
     * The next item, or null at the end. Each item counts as a unit of work for the watchdog ({@link Watch#work}),
     * so a native that drains an iterator ({@code sum}, {@code count}, {@code collect} of {@code 0..u64::MAX})
     * is stopped as a loop would be.
     */
    protected abstract Object advance();

    @Override
    public boolean hasNext() {
        if (!hasPeeked && !done) {
            Watch.work(1);
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

    /**
     * Skips up to {@code n} items (n read unsigned) and says how many it skipped. One by one, counted as work;
     * an iterator that can jump (a range) overrides {@link #jump}.
     */
    public long skipItems(long n) {
        long k = 0;
        if (hasPeeked && Long.compareUnsigned(k, n) < 0) {
            hasPeeked = false;
            peeked = null;
            k++;
        }
        if (done) {
            return k;
        }
        long jumped = jump(n - k);
        if (jumped >= 0 || jumped < -1) {
            return k + jumped;
        }
        while (Long.compareUnsigned(k, n) < 0 && hasNext()) {
            next();
            k++;
        }
        return k;
    }

    /** Skips up to {@code n} items without producing them, returning how many; -1 if this iterator cannot. */
    protected long jump(long n) {
        return -1;
    }

    /** The next item, or null at the end: one call where {@code hasNext}/{@code next} take two (a `for` loop's step). */
    public Object nextOrNull() {
        if (hasPeeked) {
            hasPeeked = false;
            Object v = peeked;
            peeked = null;
            return v;
        }
        if (done) {
            return null;
        }
        Watch.work(1);
        Object v = advance();
        if (v == null) {
            done = true;
        }
        return v;
    }

    /** Whether an item was fetched ahead by {@link #hasNext()} and not yet handed out. */
    protected boolean hasPeekedItem() {
        return hasPeeked;
    }

    /** The next item without consuming it ({@code Peekable::peek}), or null at the end. */
    public Object peek() {
        return hasNext() ? peeked : null;
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
