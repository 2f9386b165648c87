package asyncscope.engine.scheduler;

import asyncscope.engine.task.Task;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A worker's own run queue: a fixed ring of 256 slots with one producer (the owning worker, which pushes
 * at the tail and pops at the head) and any number of stealers (other workers, which take half from the
 * head). No locks: the queue is two counters that only ever grow (and wrap around as 32-bit numbers).
 *
 * <p>The head is two counters packed into one 64-bit word so both change in one compare-and-set:
 * {@code real} is the next slot to hand out, {@code steal} the first slot a stealer is still copying.
 * Normally they are equal. A stealer claims a batch by moving {@code real} forward while leaving
 * {@code steal} behind; the slots in between belong to it until it has copied them and sets
 * {@code steal = real}. The owner may only write a slot that is at least 256 past {@code steal}, so a
 * batch being copied is never overwritten, and only one stealer at a time can hold a claim.
 *
 * <p>When the ring is full the owner moves half of it (128 tasks) plus the new task to the global inject
 * queue in one go, so one busy worker's excess becomes visible to everyone.
 */
public final class LocalQueue {
    public static final int CAPACITY = 256;
    private static final int MASK = CAPACITY - 1;

    private final Task<?>[] buffer = new Task<?>[CAPACITY];
    private final AtomicLong head = new AtomicLong();
    private final AtomicInteger tail = new AtomicInteger();

    static long pack(int steal, int real) {
        return ((long) steal << 32) | (real & 0xFFFF_FFFFL);
    }

    static int steal(long head) {
        return (int) (head >>> 32);
    }

    static int real(long head) {
        return (int) head;
    }

    /** Tasks in the queue (may be momentarily stale for other threads). */
    public int len() {
        long h = head.get();
        return tail.get() - real(h);
    }

    public boolean isEmpty() {
        return len() <= 0;
    }

    /** Free slots the owner can push into without overflowing. Owner only. */
    int remainingSlots() {
        long h = head.get();
        return CAPACITY - (tail.get() - steal(h));
    }

    private static final Task<?>[] NOT_MOVED = null;

    /**
     * Pushes {@code task} at the back. Owner only. If the ring is full, half of it and the task go to
     * {@code overflow}; returns the tasks moved there, or null normally.
     */
    public Task<?>[] pushBack(Task<?> task, InjectQueue overflow) {
        for (;;) {
            long h = head.get();
            int steal = steal(h);
            int real = real(h);
            int t = tail.getPlain(); // only the owner writes the tail
            if (t - steal < CAPACITY) {
                buffer[t & MASK] = task;
                tail.setRelease(t + 1); // publishes the slot to stealers
                return NOT_MOVED;
            }
            if (steal != real) {
                // A stealer is mid-copy and will free room soon; meanwhile the task goes global.
                overflow.push(task);
                return new Task<?>[] {task};
            }
            Task<?>[] moved = pushOverflow(task, real, t, overflow);
            if (moved != null) {
                return moved;
            }
            // Lost a race with a stealer that took some tasks: there is room now, try again.
        }
    }

    private Task<?>[] pushOverflow(Task<?> task, int head, int tail, InjectQueue overflow) {
        final int half = CAPACITY / 2;
        if (tail - head != CAPACITY) {
            return null;
        }
        if (!this.head.compareAndSet(pack(head, head), pack(head + half, head + half))) {
            return null;
        }
        Task<?>[] batch = new Task<?>[half + 1];
        for (int i = 0; i < half; i++) {
            int slot = (head + i) & MASK;
            batch[i] = buffer[slot];
            buffer[slot] = null;
        }
        batch[half] = task;
        overflow.pushBatch(batch);
        return batch;
    }

    /** Takes the task at the front. Owner only. */
    public Task<?> pop() {
        for (;;) {
            long h = head.get();
            int steal = steal(h);
            int real = real(h);
            if (real == tail.get()) {
                return null;
            }
            int nextReal = real + 1;
            long next = steal == real ? pack(nextReal, nextReal) : pack(steal, nextReal);
            if (head.compareAndSet(h, next)) {
                int slot = real & MASK;
                Task<?> t = buffer[slot];
                buffer[slot] = null;
                return t;
            }
        }
    }

    /**
     * Steals half of this queue into {@code dst} (the calling worker's own queue). Returns how many tasks
     * moved; 0 if there was nothing to take, another stealer was busy, or {@code dst} is too full. The
     * stolen tasks are also written to {@code stolen} (at least {@code CAPACITY / 2} long) if it is not null.
     */
    public int stealInto(LocalQueue dst, Task<?>[] stolen) {
        int dstTail = dst.tail.get();
        if (dstTail - steal(dst.head.get()) > CAPACITY / 2) {
            return 0; // the thief has plenty to do already
        }
        int first;
        int n;
        for (;;) {
            long prev = head.get();
            int steal = steal(prev);
            int real = real(prev);
            if (steal != real) {
                return 0; // another worker is stealing from this queue right now
            }
            int srcTail = tail.get();
            n = srcTail - real;
            n = n - n / 2; // half, rounded up
            if (n <= 0) {
                return 0;
            }
            if (head.compareAndSet(prev, pack(steal, real + n))) {
                first = real;
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            int from = (first + i) & MASK;
            Task<?> t = buffer[from];
            buffer[from] = null;
            dst.buffer[(dstTail + i) & MASK] = t;
            if (stolen != null) {
                stolen[i] = t;
            }
        }
        // Release the claim: the copied slots may now be reused by the owner.
        for (;;) {
            long h = head.get();
            int real = real(h);
            if (head.compareAndSet(h, pack(real, real))) {
                break;
            }
        }
        dst.tail.setRelease(dstTail + n);
        return n;
    }

    /** The tasks now in the queue, front first: a racy snapshot for inspectors and tests. */
    public Task<?>[] snapshot() {
        long h = head.get();
        int real = real(h);
        int n = Math.max(0, Math.min(CAPACITY, tail.get() - real));
        Task<?>[] out = new Task<?>[n];
        for (int i = 0; i < n; i++) {
            out[i] = buffer[(real + i) & MASK];
        }
        return out;
    }
}
