package asyncscope.engine.scheduler;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Payload.Where;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.task.Task;

/**
 * One worker of the multi-thread scheduler: its local queue, its LIFO slot and its run loop, cut into
 * steps ({@link SchedulerWorker}) so both drivers can run it. Where a worker looks for its next task,
 * in order:
 * <ol>
 *   <li>every 61st tick, the global inject queue first (so it cannot starve);</li>
 *   <li>the LIFO slot: the task most recently woken by the task this worker ran — likely to find its
 *       data still in cache, e.g. the receiver of a message just sent;</li>
 *   <li>the local queue;</li>
 *   <li>a batch from the inject queue (its fair share, at most half a local queue);</li>
 *   <li>half of another worker's local queue, starting from a random victim ("searching"); at most half
 *       the workers search at once;</li>
 *   <li>nothing: park until new work unparks it.</li>
 * </ol>
 * A task run from the LIFO slot shares the coop budget of the task that woke it, and at most three LIFO
 * polls run in a row, so two tasks waking each other cannot hog a worker.
 */
public final class Worker implements SchedulerWorker {
    static final int GLOBAL_QUEUE_INTERVAL = 61;
    static final int MAX_LIFO_POLLS = 3;

    private final MultiThreadScheduler shared;
    private final int index;
    final LocalQueue queue = new LocalQueue();
    private final FastRand rand;
    private final Task<?>[] stolen = new Task<?>[LocalQueue.CAPACITY / 2];

    private Task<?> lifo;
    private volatile Thread thread;
    private boolean lifoEnabled = true;
    private boolean searching;
    /** Ticks left until the next look at the inject queue and the timers (counts down from 61). */
    private int untilGlobal = GLOBAL_QUEUE_INTERVAL;

    Worker(MultiThreadScheduler shared, int index, long seed) {
        this.shared = shared;
        this.index = index;
        this.rand = new FastRand(seed * 1_000_003L + index);
    }

    boolean sharedIs(MultiThreadScheduler s) {
        return shared == s;
    }

    @Override
    public int index() {
        return index;
    }

    public FastRand rand() {
        return rand;
    }

    public boolean isSearching() {
        return searching;
    }

    /** The task in the LIFO slot (racy snapshot for inspectors). */
    public Task<?> lifoSlot() {
        return lifo;
    }

    public LocalQueue localQueue() {
        return queue;
    }

    /**
     * Takes the LIFO slot's task at shutdown. The slot is plain owner-only state, so it is touched only
     * once the worker is known to have stopped (its thread ended, or it never had one).
     */
    Task<?> takeLifoIfStopped() {
        if (thread != null && thread.isAlive()) {
            return null;
        }
        Task<?> t = lifo;
        lifo = null;
        return t;
    }

    /** The thread running this worker (threaded driver), for the shutdown check above. */
    public void bindThread(Thread t) {
        this.thread = t;
    }

    @Override
    public boolean hasLocalWork() {
        return lifo != null || !queue.isEmpty();
    }

    // ---------------------------------------------------------------- the run loop, one step at a time

    @Override
    public boolean tick() {
        boolean global = --untilGlobal == 0;
        if (global) {
            untilGlobal = GLOBAL_QUEUE_INTERVAL;
            shared.core().maintenance(index);
        }
        Task<?> t = nextTask(global);
        if (t == null) {
            t = stealWork();
        }
        if (t == null) {
            return false;
        }
        runTask(t);
        return true;
    }

    private Task<?> nextTask(boolean global) {
        if (global) {
            Task<?> t = shared.inject.pop();
            return t != null ? t : nextLocal();
        }
        Task<?> t = nextLocal();
        if (t != null) {
            return t;
        }
        if (shared.inject.isEmpty()) {
            return null;
        }
        // Take our fair share of the global queue into the local one, run the first.
        int cap = Math.min(queue.remainingSlots(), LocalQueue.CAPACITY / 2);
        int n = Math.min(shared.inject.len() / shared.workerCount() + 1, cap);
        Task<?>[] batch = shared.inject.popBatch(n);
        if (batch.length == 0) {
            return null;
        }
        for (int i = 1; i < batch.length; i++) {
            pushLocal(batch[i]);
        }
        if (batch.length > 1) {
            Emitter em = shared.core().emitter();
            if (em != null) {
                em.emit(index, -1, new Payload.Move(Where.INJECT, -1, Where.LOCAL, index, ids(batch, 1, batch.length)));
            }
        }
        return batch[0];
    }

    private Task<?> nextLocal() {
        Task<?> t = lifo;
        if (t != null) {
            lifo = null;
            return t;
        }
        return queue.pop();
    }

    private Task<?> stealWork() {
        if (!searching) {
            if (!shared.idle.transitionToSearching()) {
                return null;
            }
            searching = true;
        }
        Worker[] all = shared.workerArray();
        int n = all.length;
        int start = rand.nextInt(n);
        for (int i = 0; i < n; i++) {
            Worker victim = all[(start + i) % n];
            if (victim == this) {
                continue;
            }
            int k = victim.queue.stealInto(queue, stolen);
            if (k > 0) {
                Emitter em = shared.core().emitter();
                if (em != null) {
                    em.emit(index, -1, new Payload.Steal(victim.index, ids(stolen, 0, k)));
                }
                java.util.Arrays.fill(stolen, 0, k, null);
                return queue.pop();
            }
        }
        return shared.inject.pop();
    }

    private void runTask(Task<?> t) {
        if (searching) {
            searching = false;
            if (shared.idle.transitionFromSearching()) {
                shared.notifyParked(); // we were the last searcher: hand the search on
            }
        }
        Current c = Current.get();
        c.budget = Coop.BUDGET;
        try {
            t.run(c);
            int lifoPolls = 0;
            for (;;) {
                Task<?> next = lifo;
                if (next == null) {
                    break;
                }
                lifo = null;
                if (c.budget <= 0 || lifoPolls >= MAX_LIFO_POLLS) {
                    // Out of budget, or the LIFO slot is being ping-ponged: to the back of the line.
                    lifoEnabled = false;
                    emitSchedule(Where.LOCAL, next, -1);
                    pushLocal(next);
                    break;
                }
                lifoPolls++;
                next.run(c);
            }
        } finally {
            c.budget = Current.UNCONSTRAINED;
            lifoEnabled = true;
        }
    }

    // ---------------------------------------------------------------- scheduling onto this worker

    /** Queues a task woken or spawned on this worker's thread. */
    void scheduleLocal(Task<?> t, boolean isYield) {
        long by = shared.core().emitter() == null ? -1 : Current.get().taskId();
        if (isYield || !lifoEnabled) {
            emitSchedule(Where.LOCAL, t, by);
            pushLocal(t);
        } else {
            Task<?> prev = lifo;
            lifo = t;
            emitSchedule(Where.LIFO, t, by);
            if (prev != null) {
                emitSchedule(Where.LOCAL, prev, by); // bumped out of the LIFO slot
                pushLocal(prev);
            }
        }
        if (!searching && queue.len() + (lifo != null ? 1 : 0) > 1) {
            shared.notifyParked(); // more work here than we can do alone: wake a thief
        }
    }

    private void pushLocal(Task<?> t) {
        Task<?>[] moved = queue.pushBack(t, shared.inject);
        if (moved != null) {
            Emitter em = shared.core().emitter();
            if (em != null) {
                em.emit(index, -1, new Payload.Move(Where.LOCAL, index, Where.INJECT, -1, ids(moved, 0, moved.length)));
            }
            shared.notifyParked();
        }
    }

    private void emitSchedule(Where where, Task<?> t, long by) {
        Emitter em = shared.core().emitter();
        if (em != null) {
            em.emit(index, t.id(), new Payload.Schedule(where, index, by));
        }
    }

    private static long[] ids(Task<?>[] tasks, int from, int to) {
        long[] out = new long[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = tasks[i].id();
        }
        return out;
    }

    // ---------------------------------------------------------------- parking

    @Override
    public boolean tryPark() {
        if (hasLocalWork()) {
            return false;
        }
        boolean lastSearcher = shared.idle.transitionToParked(index, searching);
        searching = false;
        Emitter em = shared.core().emitter();
        if (em != null) {
            em.emit(index, -1, new Payload.Park());
        }
        if (lastSearcher && shared.hasWorkPending()) {
            shared.notifyParked(); // may pick this very worker, whose park then returns at once
        }
        return true;
    }

    @Override
    public void unparked() {
        shared.idle.unparkSelf(index); // if woken by something other than a notify (timer, shutdown)
        searching = true;
    }
}
