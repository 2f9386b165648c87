package asyncscope.engine.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Every live task of a runtime, so shutdown can find and drop the unfinished ones. Tasks sit in intrusive
 * doubly linked lists split into shards by id, each with its own lock, so spawning and completing tasks
 * on different workers rarely touch the same lock (Tokio's OwnedTasks is sharded the same way).
 * Once closed, no task can be added: a spawn racing with shutdown is refused.
 */
public final class OwnedTasks {
    private static final class Shard {
        Task<?> head;
        int count;
    }

    private final Shard[] shards;
    private final int mask;
    private volatile boolean closed;

    public OwnedTasks(int workers) {
        int n = Integer.highestOneBit(Math.max(1, workers) * 8 - 1) << 1;
        shards = new Shard[n];
        for (int i = 0; i < n; i++) {
            shards[i] = new Shard();
        }
        mask = n - 1;
    }

    private Shard shardOf(Task<?> t) {
        return shards[(int) (t.id() & mask)];
    }

    /** Adds a task; false if the runtime is shutting down. */
    public boolean add(Task<?> t) {
        Shard s = shardOf(t);
        synchronized (s) {
            if (closed) {
                return false;
            }
            t.ownedNext = s.head;
            if (s.head != null) {
                s.head.ownedPrev = t;
            }
            s.head = t;
            s.count++;
        }
        return true;
    }

    public void remove(Task<?> t) {
        Shard s = shardOf(t);
        synchronized (s) {
            Task<?> prev = t.ownedPrev;
            Task<?> next = t.ownedNext;
            if (prev == null && s.head != t) {
                return; // not in the list (already taken by close)
            }
            if (prev != null) {
                prev.ownedNext = next;
            } else {
                s.head = next;
            }
            if (next != null) {
                next.ownedPrev = prev;
            }
            t.ownedPrev = null;
            t.ownedNext = null;
            s.count--;
        }
    }

    /** How many tasks are alive (spawned and not finished). */
    public long size() {
        long n = 0;
        for (Shard s : shards) {
            synchronized (s) {
                n += s.count;
            }
        }
        return n;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Refuses further tasks and hands back all the live ones. */
    public List<Task<?>> closeAndTakeAll() {
        closed = true;
        List<Task<?>> all = new ArrayList<>();
        for (Shard s : shards) {
            synchronized (s) {
                for (Task<?> t = s.head; t != null; ) {
                    Task<?> next = t.ownedNext;
                    t.ownedPrev = null;
                    t.ownedNext = null;
                    all.add(t);
                    t = next;
                }
                s.head = null;
                s.count = 0;
            }
        }
        return all;
    }
}
