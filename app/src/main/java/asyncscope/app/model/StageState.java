package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The runtime stage as the events describe it after some prefix of a trace: per worker the task being
 * polled, the LIFO slot and the local queue (in order); the inject queue; the block-on thread; the
 * blocking pool; parked workers; armed timers, registered sockets and resources; and for every task its
 * status, place and state-machine state (counts of polls and wakes come from {@link TaskReport}).
 *
 * <p>It is derived from events only ({@link #apply}): a task sits in exactly one place, and whatever
 * event puts it somewhere first takes it out of where it was. That rule also absorbs the reorderings a
 * live (threaded) trace can contain, e.g. a {@code SCHEDULE} recorded after the poll it caused, which
 * is ignored because the task is already running. Per-task data lives in flat arrays indexed by the
 * {@link TaskDirectory} so a keyframe ({@link #copy}) is a handful of array copies.
 */
public final class StageState {
    private final TaskDirectory dir;
    private final int workers;

    private final long[] running;
    private final long[] lifo;
    private final LongDeque[] local;
    private final boolean[] parked;
    private long mainRunning = -1;
    private final LongDeque mainQueue;
    private final LongDeque inject;
    private final LongDeque blockingQueue;
    private final long[] blockingRunning;
    private TreeMap<Long, TimerEntry> timers = new TreeMap<>();
    private TreeMap<Long, SocketEntry> sockets = new TreeMap<>();
    private TreeMap<Long, ResourceEntry> resources = new TreeMap<>();

    private final byte[] status;
    private final byte[] place;
    private final short[] lane;
    private final int[] smState;

    private int applied;
    private long time;

    private static final TaskStatus[] STATUSES = TaskStatus.values();
    private static final Place[] PLACES = Place.values();

    public StageState(TaskDirectory dir, int workers, int blockingThreads) {
        this.dir = dir;
        this.workers = workers;
        running = filled(workers);
        lifo = filled(workers);
        local = new LongDeque[workers];
        for (int i = 0; i < workers; i++) {
            local[i] = new LongDeque();
        }
        parked = new boolean[workers];
        mainQueue = new LongDeque();
        inject = new LongDeque();
        blockingQueue = new LongDeque();
        blockingRunning = filled(blockingThreads);
        int n = dir.size();
        status = new byte[n];
        place = new byte[n];
        lane = new short[n];
        smState = new int[n];
        Arrays.fill(smState, -1);
    }

    private StageState(StageState o) {
        dir = o.dir;
        workers = o.workers;
        running = o.running.clone();
        lifo = o.lifo.clone();
        local = new LongDeque[workers];
        for (int i = 0; i < workers; i++) {
            local[i] = o.local[i].copy();
        }
        parked = o.parked.clone();
        mainRunning = o.mainRunning;
        mainQueue = o.mainQueue.copy();
        inject = o.inject.copy();
        blockingQueue = o.blockingQueue.copy();
        blockingRunning = o.blockingRunning.clone();
        timers = new TreeMap<>(o.timers);
        sockets = new TreeMap<>(o.sockets);
        resources = new TreeMap<>(o.resources);
        status = o.status.clone();
        place = o.place.clone();
        lane = o.lane.clone();
        smState = o.smState.clone();
        applied = o.applied;
        time = o.time;
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** An independent copy (a keyframe). */
    public StageState copy() {
        return new StageState(this);
    }

    /** Overwrites this state with {@code o} (same trace), reusing this object's buffers. */
    public void copyFrom(StageState o) {
        if (o.dir != dir || o.workers != workers) {
            throw new IllegalArgumentException("states of different traces");
        }
        System.arraycopy(o.running, 0, running, 0, workers);
        System.arraycopy(o.lifo, 0, lifo, 0, workers);
        for (int i = 0; i < workers; i++) {
            local[i].copyFrom(o.local[i]);
        }
        System.arraycopy(o.parked, 0, parked, 0, workers);
        mainRunning = o.mainRunning;
        mainQueue.copyFrom(o.mainQueue);
        inject.copyFrom(o.inject);
        blockingQueue.copyFrom(o.blockingQueue);
        System.arraycopy(o.blockingRunning, 0, blockingRunning, 0, blockingRunning.length);
        timers = new TreeMap<>(o.timers);
        sockets = new TreeMap<>(o.sockets);
        resources = new TreeMap<>(o.resources);
        System.arraycopy(o.status, 0, status, 0, status.length);
        System.arraycopy(o.place, 0, place, 0, place.length);
        System.arraycopy(o.lane, 0, lane, 0, lane.length);
        System.arraycopy(o.smState, 0, smState, 0, smState.length);
        applied = o.applied;
        time = o.time;
    }

    // ---------------------------------------------------------------- deriving

    /** Applies the next event of the trace. */
    public void apply(Event e) {
        applied++;
        time = e.time();
        int w = e.worker();
        Payload p = e.payload();
        int t = p instanceof Payload.Move || p instanceof Payload.Steal ? -1 : dir.indexOf(e.task());
        switch (p.kind()) {
            case SPAWN -> {
                if (t >= 0 && status[t] == 0) {
                    setStatus(t, TaskStatus.NEW);
                }
            }
            case SCHEDULE -> schedule(t, e.task(), (Payload.Schedule) p);
            case MOVE -> {
                Payload.Move m = (Payload.Move) p;
                activeWorker(w);
                for (long id : m.tasks()) {
                    enqueue(dir.indexOf(id), id, m.to(), m.toWorker());
                }
            }
            case STEAL -> {
                activeWorker(w);
                if (w >= 0 && w < workers) {
                    for (long id : ((Payload.Steal) p).tasks()) {
                        enqueue(dir.indexOf(id), id, Payload.Where.LOCAL, w);
                    }
                }
            }
            case POLL_START -> {
                if (t < 0) {
                    return;
                }
                activeWorker(w);
                if (place[t] != Place.BLOCKING_THREAD.ordinal()) {
                    leave(t, e.task());
                    if (w >= 0 && w < workers) {
                        running[w] = e.task();
                        setPlace(t, Place.RUNNING, w);
                    } else {
                        mainRunning = e.task();
                        setPlace(t, Place.RUNNING, -1);
                    }
                }
                setStatus(t, TaskStatus.RUNNING);
                smState[t] = ((Payload.PollStart) p).state();
            }
            case POLL_END -> {
                if (t < 0) {
                    return;
                }
                Payload.PollEnd pe = (Payload.PollEnd) p;
                smState[t] = pe.state();
                if (place[t] == Place.RUNNING.ordinal()) {
                    leave(t, e.task());
                }
                if (place[t] != Place.BLOCKING_THREAD.ordinal() && !pe.ready()) {
                    setStatus(t, TaskStatus.WAITING);
                }
            }
            case PARK -> {
                if (w >= 0 && w < workers) {
                    parked[w] = true;
                }
            }
            case UNPARK -> {
                int target = ((Payload.Unpark) p).target();
                if (target >= 0 && target < workers) {
                    parked[target] = false;
                }
            }
            case COMPLETE -> {
                if (t < 0) {
                    return;
                }
                leave(t, e.task());
                Payload.Outcome o = ((Payload.Complete) p).outcome();
                setStatus(t, o == Payload.Outcome.OK ? TaskStatus.DONE
                        : o == Payload.Outcome.PANIC ? TaskStatus.PANICKED : TaskStatus.CANCELLED);
            }
            case BLOCKING_START -> {
                int thread = ((Payload.BlockingStart) p).thread();
                if (t < 0 || thread < 0 || thread >= blockingRunning.length) {
                    return;
                }
                leave(t, e.task());
                blockingRunning[thread] = e.task();
                setPlace(t, Place.BLOCKING_THREAD, thread);
                setStatus(t, TaskStatus.RUNNING);
            }
            case BLOCKING_END -> {
                if (t >= 0 && place[t] == Place.BLOCKING_THREAD.ordinal()) {
                    leave(t, e.task());
                }
            }
            case TIMER_ARM -> {
                Payload.TimerArm a = (Payload.TimerArm) p;
                timers.put(a.timer(), new TimerEntry(a.timer(), e.task(), a.deadline(), a.level(), a.slot()));
            }
            case TIMER_CASCADE -> {
                Payload.TimerCascade c = (Payload.TimerCascade) p;
                TimerEntry old = timers.get(c.timer());
                if (old != null) {
                    timers.put(c.timer(), new TimerEntry(old.timer(), old.task(), old.deadline(), c.toLevel(), c.toSlot()));
                }
            }
            case TIMER_FIRE -> timers.remove(((Payload.TimerFire) p).timer());
            case TIMER_CANCEL -> timers.remove(((Payload.TimerCancel) p).timer());
            case IO_REGISTER -> {
                Payload.IoRegister r = (Payload.IoRegister) p;
                sockets.put(r.resource(), new SocketEntry(r.resource(), r.interest(), r.label(), e.task(), 0));
            }
            case IO_READY -> {
                Payload.IoReady r = (Payload.IoReady) p;
                SocketEntry old = sockets.get(r.resource());
                if (old != null) {
                    sockets.put(r.resource(), new SocketEntry(old.resource(), old.interest(), old.label(), old.task(), r.readiness()));
                }
            }
            case IO_DEREGISTER -> sockets.remove(((Payload.IoDeregister) p).resource());
            case RESOURCE -> {
                Payload.Resource r = (Payload.Resource) p;
                resources.put(r.id(), ResourceEntry.next(resources.get(r.id()), r.resourceKind(), r.id(), r.op(), r.value(), r.detail(), e.task()));
            }
            default -> {
                // BUDGET_YIELD, DROP, OUTPUT: nothing on the stage changes (the views read them from the log).
            }
        }
    }

    private void schedule(int t, long id, Payload.Schedule s) {
        if (t < 0) {
            return;
        }
        TaskStatus st = status(t);
        if (st == TaskStatus.RUNNING || st.isFinished()) {
            return; // a live trace recorded the schedule after the poll it led to: already handled
        }
        enqueue(t, id, s.where(), s.target());
    }

    private void enqueue(int t, long id, Payload.Where where, int target) {
        if (t < 0 || status(t).isFinished() || place[t] == Place.RUNNING.ordinal()
                || place[t] == Place.BLOCKING_THREAD.ordinal()) {
            return;
        }
        leave(t, id);
        switch (where) {
            case LIFO -> {
                if (target < 0 || target >= workers) {
                    return;
                }
                long prev = lifo[target];
                if (prev >= 0 && prev != id) {
                    // Bumped out of the LIFO slot to the back of the local queue (the engine reports it next).
                    int pi = dir.indexOf(prev);
                    local[target].addLast(prev);
                    if (pi >= 0) {
                        setPlace(pi, Place.LOCAL, target);
                    }
                }
                lifo[target] = id;
                setPlace(t, Place.LIFO, target);
            }
            case LOCAL -> {
                int w = target >= 0 && target < workers ? target : 0;
                local[w].addLast(id);
                setPlace(t, Place.LOCAL, w);
            }
            case INJECT -> {
                inject.addLast(id);
                setPlace(t, Place.INJECT, -1);
            }
            case MAIN -> {
                mainQueue.addLast(id);
                setPlace(t, Place.MAIN, -1);
            }
            case BLOCKING -> {
                blockingQueue.addLast(id);
                setPlace(t, Place.BLOCKING_QUEUE, -1);
            }
        }
        setStatus(t, TaskStatus.QUEUED);
    }

    /** Takes the task out of wherever it is (queue, slot, or running). */
    private void leave(int t, long id) {
        Place pl = PLACES[place[t]];
        int l = lane[t];
        switch (pl) {
            case LIFO -> {
                if (lifo[l] == id) {
                    lifo[l] = -1;
                }
            }
            case LOCAL -> local[l].remove(id);
            case INJECT -> inject.remove(id);
            case MAIN -> mainQueue.remove(id);
            case BLOCKING_QUEUE -> blockingQueue.remove(id);
            case RUNNING -> {
                if (l >= 0 && running[l] == id) {
                    running[l] = -1;
                } else if (l < 0 && mainRunning == id) {
                    mainRunning = -1;
                }
            }
            case BLOCKING_THREAD -> {
                if (blockingRunning[l] == id) {
                    blockingRunning[l] = -1;
                }
            }
            case NONE -> { }
        }
        setPlace(t, Place.NONE, -1);
    }

    private void activeWorker(int w) {
        if (w >= 0 && w < workers) {
            parked[w] = false;
        }
    }

    private void setStatus(int t, TaskStatus s) {
        status[t] = (byte) s.ordinal();
    }

    private void setPlace(int t, Place p, int l) {
        place[t] = (byte) p.ordinal();
        lane[t] = (short) l;
    }

    // ---------------------------------------------------------------- reading

    public TaskDirectory tasks() {
        return dir;
    }

    /** How many events of the trace have been applied: this state is "just after event applied-1". */
    public int applied() {
        return applied;
    }

    /** Runtime clock (ns) of the last applied event. */
    public long time() {
        return time;
    }

    public int workers() {
        return workers;
    }

    public int blockingThreads() {
        return blockingRunning.length;
    }

    /** The task worker {@code w} is polling, or -1. */
    public long running(int w) {
        return running[w];
    }

    /** The task the block-on ("main") thread is polling, or -1. */
    public long mainRunning() {
        return mainRunning;
    }

    public long lifo(int w) {
        return lifo[w];
    }

    public long[] localQueue(int w) {
        return local[w].toArray();
    }

    public int localQueueSize(int w) {
        return local[w].size();
    }

    public long localQueueAt(int w, int i) {
        return local[w].get(i);
    }

    public boolean parked(int w) {
        return parked[w];
    }

    public long[] injectQueue() {
        return inject.toArray();
    }

    public int injectSize() {
        return inject.size();
    }

    public long injectAt(int i) {
        return inject.get(i);
    }

    public long[] mainQueue() {
        return mainQueue.toArray();
    }

    public long[] blockingQueue() {
        return blockingQueue.toArray();
    }

    /** The task blocking thread {@code thread} runs, or -1. */
    public long blockingRunning(int thread) {
        return blockingRunning[thread];
    }

    public Map<Long, TimerEntry> timers() {
        return Collections.unmodifiableMap(timers);
    }

    public Map<Long, SocketEntry> sockets() {
        return Collections.unmodifiableMap(sockets);
    }

    public Map<Long, ResourceEntry> resources() {
        return Collections.unmodifiableMap(resources);
    }

    public TaskStatus status(int taskIndex) {
        return STATUSES[status[taskIndex]];
    }

    public Place place(int taskIndex) {
        return PLACES[place[taskIndex]];
    }

    /** The worker / blocking thread of the task's place, -1 for global places and the block-on thread. */
    public int lane(int taskIndex) {
        return lane[taskIndex];
    }

    /** The state-machine state the task was last seen in, -1 if unknown. */
    public int stateMachineState(int taskIndex) {
        return smState[taskIndex];
    }

    /** Counts tasks per status (index = {@link TaskStatus#ordinal()}); for aggregated views. */
    public int[] statusCounts() {
        int[] c = new int[STATUSES.length];
        for (byte b : status) {
            c[b]++;
        }
        return c;
    }

    /** True if both states show the same stage (used by tests and to check keyframes). */
    public boolean sameAs(StageState o) {
        if (o.dir != dir || o.workers != workers || applied != o.applied || time != o.time
                || mainRunning != o.mainRunning) {
            return false;
        }
        for (int i = 0; i < workers; i++) {
            if (!Arrays.equals(local[i].toArray(), o.local[i].toArray())) {
                return false;
            }
        }
        return Arrays.equals(running, o.running) && Arrays.equals(lifo, o.lifo) && Arrays.equals(parked, o.parked)
                && Arrays.equals(inject.toArray(), o.inject.toArray())
                && Arrays.equals(mainQueue.toArray(), o.mainQueue.toArray())
                && Arrays.equals(blockingQueue.toArray(), o.blockingQueue.toArray())
                && Arrays.equals(blockingRunning, o.blockingRunning)
                && timers.equals(o.timers) && sockets.equals(o.sockets) && resources.equals(o.resources)
                && Arrays.equals(status, o.status) && Arrays.equals(place, o.place) && Arrays.equals(lane, o.lane)
                && Arrays.equals(smState, o.smState);
    }

    /** Rough number of values a copy holds, to space keyframes. */
    int weight() {
        int q = inject.size() + mainQueue.size() + blockingQueue.size() + timers.size() * 4 + sockets.size() * 4
                + resources.size() * 4;
        for (LongDeque d : local) {
            q += d.size();
        }
        return status.length * 8 + q;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("after ").append(applied).append(" events:");
        for (int i = 0; i < workers; i++) {
            b.append(" w").append(i).append("{run=").append(running[i]).append(" lifo=").append(lifo[i])
                    .append(" local=").append(local[i]).append(parked[i] ? " parked" : "").append('}');
        }
        b.append(" main=").append(mainRunning).append(" inject=").append(inject)
                .append(" blocking=").append(blockingQueue).append(Arrays.toString(blockingRunning));
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageState s && sameAs(s);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applied, time);
    }
}
