package asyncscope.engine.scheduler;

import asyncscope.engine.task.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The global run queue shared by all workers: tasks scheduled from outside the runtime (or from a thread
 * that is not a worker), and the overflow of full local queues. Workers look here when their own queue
 * is empty, and every 61st tick regardless, so it cannot starve.
 *
 * <p>Design note. Tokio threads this queue through the tasks themselves (a "next" pointer in each task
 * header). Here it is a chain of small arrays, {@link Segment}s, under one lock, because of what that
 * lock guards: the overflow of a local queue arrives as an array of 129 tasks and is linked in whole, and
 * a worker taking a batch copies references out of an array. Neither side touches the tasks, which
 * matters because they were just created on the other core: walking a linked list would fetch each task's
 * cache line, one miss after another, while holding the lock the producer is waiting for. The length is
 * kept in a volatile so "is it empty?" costs no lock.
 */
public final class InjectQueue {
    /** Capacity of a segment that collects single pushes. */
    private static final int SEGMENT = 32;

    /** A run of queued tasks: {@code tasks[start, end)} are waiting, in order. */
    private static final class Segment {
        final Task<?>[] tasks;
        int start;
        int end;
        /** Whether single pushes may append here (false for a batch handed over whole). */
        final boolean open;
        Segment next;

        Segment(Task<?>[] tasks, int end, boolean open) {
            this.tasks = tasks;
            this.end = end;
            this.open = open;
        }
    }

    private final Object lock = new Object();
    private Segment head;
    private Segment tail;
    private volatile int len;
    private boolean closed;

    public int len() {
        return len;
    }

    public boolean isEmpty() {
        return len == 0;
    }

    /** Adds a task at the back; returns false if the queue is closed (runtime shut down). */
    public boolean push(Task<?> t) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            Segment s = tail;
            if (s != null && s.open && s.end < s.tasks.length) {
                s.tasks[s.end++] = t;
            } else {
                Segment fresh = new Segment(new Task<?>[SEGMENT], 1, true);
                fresh.tasks[0] = t;
                link(fresh);
            }
            len = len + 1;
        }
        return true;
    }

    /**
     * Adds many tasks under one lock acquisition (the overflow of a local queue). The queue keeps the
     * array itself and never writes to it (taken slots are not cleared; the segment is dropped whole once
     * used up), so the caller may go on reading it, e.g. to report which tasks moved, but must not write it.
     */
    public void pushBatch(Task<?>[] batch) {
        if (batch.length == 0) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            link(new Segment(batch, batch.length, false));
            len = len + batch.length;
        }
    }

    private void link(Segment s) {
        if (tail == null) {
            head = s;
        } else {
            tail.next = s;
        }
        tail = s;
    }

    public Task<?> pop() {
        if (len == 0) {
            return null;
        }
        synchronized (lock) {
            Segment s = firstNonEmpty();
            if (s == null) {
                return null;
            }
            Task<?> t = s.tasks[s.start];
            if (s.open) {
                s.tasks[s.start] = null; // our own array: do not keep a taken task alive
            }
            s.start++;
            len = len - 1;
            return t;
        }
    }

    /** Takes up to {@code max} tasks from the front, in order (empty array if none). */
    public Task<?>[] popBatch(int max) {
        if (len == 0 || max <= 0) {
            return NONE;
        }
        synchronized (lock) {
            int n = Math.min(max, len);
            Task<?>[] out = new Task<?>[n];
            int got = 0;
            while (got < n) {
                Segment s = firstNonEmpty();
                int k = Math.min(n - got, s.end - s.start);
                System.arraycopy(s.tasks, s.start, out, got, k);
                if (s.open) {
                    java.util.Arrays.fill(s.tasks, s.start, s.start + k, null);
                }
                s.start += k;
                got += k;
            }
            len = len - n;
            return out;
        }
    }

    private static final Task<?>[] NONE = new Task<?>[0];

    /** The first segment with a task in it, dropping used-up segments on the way; null if empty. */
    private Segment firstNonEmpty() {
        Segment s = head;
        while (s != null && s.start == s.end) {
            if (s == tail && s.open) {
                // Keep a partly used open tail for later pushes, but rewind it if nothing is left in it.
                if (s.end == s.tasks.length) {
                    head = null;
                    tail = null;
                } else {
                    s.start = 0;
                    s.end = 0;
                }
                return null;
            }
            s = s.next;
            head = s;
        }
        if (s == null) {
            tail = null;
        }
        return s;
    }

    /** Refuses further tasks; the queued ones stay until {@link #drain}. */
    public void close() {
        synchronized (lock) {
            closed = true;
        }
    }

    /** Takes every queued task. */
    public List<Task<?>> drain() {
        List<Task<?>> out = new ArrayList<>();
        synchronized (lock) {
            for (Segment s = head; s != null; s = s.next) {
                for (int i = s.start; i < s.end; i++) {
                    out.add(s.tasks[i]);
                }
            }
            head = null;
            tail = null;
            len = 0;
        }
        return out;
    }
}
