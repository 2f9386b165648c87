package asyncscope.app.model;

import java.util.Arrays;

/**
 * A growable ring buffer of task ids, front to back: the shape of every run queue the stage shows (local
 * queues, the inject queue, the blocking queue). Removing an arbitrary id scans from the front, because
 * tasks almost always leave a queue at its front.
 */
public final class LongDeque {
    private long[] buf;
    private int head;
    private int size;

    public LongDeque() {
        this(8);
    }

    public LongDeque(int capacity) {
        buf = new long[Math.max(4, Integer.highestOneBit(Math.max(4, capacity) - 1) << 1)];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size);
        }
        return buf[(head + i) & (buf.length - 1)];
    }

    public void addLast(long v) {
        if (size == buf.length) {
            grow();
        }
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
    }

    public long removeFirst() {
        if (size == 0) {
            throw new IllegalStateException("empty");
        }
        long v = buf[head];
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    /** Removes the first occurrence of {@code v}; returns false if it is not here. */
    public boolean remove(long v) {
        int mask = buf.length - 1;
        for (int i = 0; i < size; i++) {
            if (buf[(head + i) & mask] == v) {
                if (i == 0) {
                    removeFirst();
                    return true;
                }
                for (int j = i; j < size - 1; j++) {
                    buf[(head + j) & mask] = buf[(head + j + 1) & mask];
                }
                size--;
                return true;
            }
        }
        return false;
    }

    public void clear() {
        head = 0;
        size = 0;
    }

    public long[] toArray() {
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = buf[(head + i) & (buf.length - 1)];
        }
        return out;
    }

    public LongDeque copy() {
        LongDeque d = new LongDeque(Math.max(4, size));
        for (int i = 0; i < size; i++) {
            d.buf[i] = buf[(head + i) & (buf.length - 1)];
        }
        d.size = size;
        return d;
    }

    /** Makes this deque hold exactly what {@code other} holds (reusing the buffer when it fits). */
    public void copyFrom(LongDeque other) {
        if (buf.length < other.size) {
            buf = new long[other.buf.length];
        }
        for (int i = 0; i < other.size; i++) {
            buf[i] = other.buf[(other.head + i) & (other.buf.length - 1)];
        }
        head = 0;
        size = other.size;
    }

    private void grow() {
        long[] n = new long[buf.length * 2];
        for (int i = 0; i < size; i++) {
            n[i] = buf[(head + i) & (buf.length - 1)];
        }
        buf = n;
        head = 0;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
