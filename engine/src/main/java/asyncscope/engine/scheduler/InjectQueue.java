package asyncscope.engine.scheduler;

import asyncscope.engine.task.Task;

/**
 * The global run queue shared by all workers: tasks scheduled from outside the runtime (or from a thread
 * that is not a worker), and the overflow of full local queues. A linked list threaded through the tasks
 * themselves, under one lock; its length is kept in a volatile so "is it empty?" costs no lock. Workers
 * look here when their own queue is empty, and every 61st tick regardless, so it cannot starve.
 */
public final class InjectQueue {
    private final Object lock = new Object();
    private Task<?> head;
    private Task<?> tail;
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
            link(t);
            len = len + 1;
        }
        return true;
    }

    /** Adds many tasks under one lock acquisition (the overflow of a local queue). */
    public void pushBatch(Task<?>[] batch) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            for (Task<?> t : batch) {
                link(t);
            }
            len = len + batch.length;
        }
    }

    private void link(Task<?> t) {
        t.setQueueNext(null);
        if (tail == null) {
            head = t;
        } else {
            tail.setQueueNext(t);
        }
        tail = t;
    }

    public Task<?> pop() {
        if (len == 0) {
            return null;
        }
        synchronized (lock) {
            return unlinkHead();
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
            for (int i = 0; i < n; i++) {
                out[i] = unlinkHead();
            }
            return out;
        }
    }

    private static final Task<?>[] NONE = new Task<?>[0];

    private Task<?> unlinkHead() {
        Task<?> t = head;
        if (t == null) {
            return null;
        }
        head = t.queueNext();
        if (head == null) {
            tail = null;
        }
        t.setQueueNext(null);
        len = len - 1;
        return t;
    }

    /** Refuses further tasks; the queued ones stay until {@link #drain}. */
    public void close() {
        synchronized (lock) {
            closed = true;
        }
    }

    /** Takes every queued task. */
    public java.util.List<Task<?>> drain() {
        java.util.List<Task<?>> out = new java.util.ArrayList<>();
        synchronized (lock) {
            Task<?> t;
            while ((t = unlinkHead()) != null) {
                out.add(t);
            }
        }
        return out;
    }
}
