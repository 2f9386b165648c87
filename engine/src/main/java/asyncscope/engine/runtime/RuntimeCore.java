package asyncscope.engine.runtime;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.EventSink;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Future;
import asyncscope.engine.scheduler.CurrentThreadScheduler;
import asyncscope.engine.scheduler.MultiThreadScheduler;
import asyncscope.engine.scheduler.RootSlot;
import asyncscope.engine.scheduler.Scheduler;
import asyncscope.engine.task.JoinHandle;
import asyncscope.engine.task.OwnedTasks;
import asyncscope.engine.task.Task;
import asyncscope.engine.time.Clock;
import asyncscope.engine.time.SystemClock;
import asyncscope.engine.time.VirtualClock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared insides of one runtime: its clock, event emitter, task registry, scheduler, blocking pool
 * and driver. Everything that runs on the runtime reaches it through {@link Current}. The public face
 * is {@link Runtime} (create, block on, shut down) and {@link Handle} (spawn from anywhere).
 */
public final class RuntimeCore {
    private final RuntimeConfig config;
    private final Clock clock;
    private final Emitter emitter;
    private final OwnedTasks owned;
    private final AtomicLong ids = new AtomicLong(1);
    private final Scheduler scheduler;
    private final BlockingPool blocking;
    private final Driver driver;
    private final List<Throwable> internalErrors = new CopyOnWriteArrayList<>();
    private volatile ParkHooks hooks = ParkHooks.NONE;
    private final java.util.Map<Class<?>, Object> components = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean shutdown;
    private final asyncscope.engine.scheduler.FastRand sharedRand;

    RuntimeCore(RuntimeConfig config, EventSink sink) {
        this.config = config;
        boolean simulated = config.driver() == DriverKind.SIMULATED;
        VirtualClock virtual = simulated ? new VirtualClock() : null;
        this.clock = simulated ? virtual : new SystemClock();
        this.emitter = sink == null ? null : new Emitter(sink, clock);
        this.owned = new OwnedTasks(config.workers());
        this.sharedRand = new asyncscope.engine.scheduler.FastRand(config.seed() ^ 0x1F2E3D4C5B6A7988L);
        boolean current = config.flavor() == Flavor.CURRENT_THREAD;
        this.scheduler = current ? new CurrentThreadScheduler(this)
                : new MultiThreadScheduler(this, config.workers(), config.seed());
        if (simulated) {
            SimBlockingPool sim = new SimBlockingPool(this, config.maxBlockingThreads());
            this.blocking = sim;
            this.driver = new SimulatedDriver(this, scheduler.workers(), current, virtual, sim, config.seed());
        } else {
            this.blocking = new ThreadBlockingPool(this, config.maxBlockingThreads(), config.blockingKeepAlive().toNanos());
            this.driver = new ThreadedDriver(this, scheduler.workers(), current);
        }
    }

    void start() {
        driver.start();
    }

    Driver driver() {
        return driver;
    }

    private final Handle handle = new Handle(this);

    /** The runtime's handle (one per runtime, so {@code Handle.current()} allocates nothing). */
    public Handle handle() {
        return handle;
    }

    public RuntimeConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    /** The emitter, or null when nobody records (then emission sites skip all work). */
    public Emitter emitter() {
        return emitter;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public OwnedTasks ownedTasks() {
        return owned;
    }

    public boolean isShutdown() {
        return shutdown;
    }

    /** The time/I-O hooks the drivers park on. Installed by the time layer on first use. */
    public ParkHooks hooks() {
        return hooks;
    }

    public void installHooks(ParkHooks h) {
        this.hooks = h;
        driver.unparkAll();
    }

    /**
     * Adds park hooks beside those installed already (timers and I/O each bring their own): the drivers
     * then see one {@link CompositeHooks} that asks every part.
     */
    public void addHooks(ParkHooks h) {
        synchronized (this) {
            ParkHooks current = hooks;
            hooks = current == ParkHooks.NONE ? h : new CompositeHooks(current, h);
        }
        // Threads already asleep chose how to sleep (and for how long) under the old hooks; wake them
        // so one of them re-parks in the new I/O driver or towards the new deadline. Without this, a
        // reactor installed while every worker slept would have nobody driving it.
        driver.unparkAll();
    }

    /**
     * A per-runtime singleton (the time driver, the reactor, the simulated network …), created by
     * {@code make} on first use. Thread-safe; the lookup after creation takes no lock.
     */
    @SuppressWarnings("unchecked")
    public <T> T component(Class<T> key, java.util.function.Function<RuntimeCore, ? extends T> make) {
        Object v = components.get(key);
        if (v != null) {
            return (T) v;
        }
        synchronized (components) {
            v = components.get(key);
            if (v == null) {
                v = make.apply(this);
                components.put(key, v);
            }
            return (T) v;
        }
    }

    /** The component registered under {@code key}, or null if it was never created. */
    @SuppressWarnings("unchecked")
    public <T> T componentIfPresent(Class<T> key) {
        return (T) components.get(key);
    }

    /** Errors in the runtime's own code caught on a worker (should stay empty; tests assert it). */
    public List<Throwable> internalErrors() {
        return internalErrors;
    }

    void internalError(Throwable t) {
        internalErrors.add(t);
    }

    /** Allocates a fresh id for a task or resource (unique within the runtime, deterministic in simulation). */
    public long nextId() {
        return ids.getAndIncrement();
    }

    /**
     * A random number in {@code [0, bound)} from the current worker's generator, or the runtime's own
     * for other threads: seeded, so a simulated run makes the same choices every time.
     */
    public int randomInt(int bound) {
        if (Current.get().worker instanceof asyncscope.engine.scheduler.Worker w) {
            return w.rand().nextInt(bound);
        }
        synchronized (sharedRand) {
            return sharedRand.nextInt(bound);
        }
    }

    // ---------------------------------------------------------------- spawning

    public <T> JoinHandle<T> spawn(Future<T> future, String name, SourceSpan span) {
        return bind(future, name, span, scheduler, false);
    }

    public <T> JoinHandle<T> spawnBlocking(Callable<T> body, String name, SourceSpan span) {
        return bind(new BlockingFuture<>(body), name, span, blocking, true);
    }

    private <T> JoinHandle<T> bind(Future<T> future, String name, SourceSpan span,
                                  asyncscope.engine.task.TaskScheduler where, boolean isBlocking) {
        long id = nextId();
        Current c = Current.get();
        long parent = c.core == this ? c.taskId() : -1;
        String n = name != null ? name : isBlocking ? "blocking-" + id : null;
        Task<T> task = new Task<>(id, n, span == null ? SourceSpan.NONE : span, future, this, where);
        if (emitter != null) {
            // Unnamed tasks travel as "" (shown as "task-ID"): no string building on the hot path.
            emitter.emit(c.core == this ? c.workerIndex() : -1, id, new Payload.Spawn(parent, n == null ? "" : n, task.span(), isBlocking));
        }
        // An ordinary task is not registered now: while queued or running it is reachable from a queue
        // or a thread, and it joins the owned list only if it goes idle (see Task). Blocking tasks
        // are registered at once (their queue belongs to the pool).
        if (isBlocking && !task.register()) {
            task.shutdown(); // the runtime is shutting down: the task is cancelled before it starts
        } else {
            where.schedule(task, false, c);
        }
        return task; // the task is its own join handle
    }

    // ---------------------------------------------------------------- block_on

    <T> T blockOn(Future<T> future, String name, SourceSpan span) {
        if (shutdown) {
            throw new IllegalStateException("the runtime has been shut down");
        }
        Current c = Current.get();
        if (c.task != Current.NO_TASK) {
            throw new IllegalStateException("cannot block on a runtime from inside a task (task " + c.taskId()
                    + " is running on this thread): await the future instead");
        }
        long id = nextId();
        RootSlot slot = new RootSlot(this);
        Task<T> root = new Task<>(id, name, span == null ? SourceSpan.NONE : span, future, this, slot);
        if (emitter != null) {
            emitter.emit(-1, id, new Payload.Spawn(-1, name, root.span(), false));
            emitter.emit(-1, id, new Payload.Schedule(Payload.Where.MAIN, -1, -1));
        }
        root.register();
        slot.bind(root);
        driver.blockOn(slot);
        if (!root.isComplete()) {
            throw new IllegalStateException("the runtime was shut down before " + name + " finished");
        }
        try {
            return root.poll(asyncscope.engine.future.Context.noop()).value();
        } catch (asyncscope.engine.task.JoinError e) {
            // Like Tokio's block_on, a panic in the root future resumes on the caller as what was thrown.
            if (e.isPanic() && e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.isPanic() && e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- hooks used by tasks and schedulers

    public void taskCompleted(Task<?> task) {
        owned.remove(task);
    }

    /** Called every 61 ticks by a worker: lets timers and I/O catch up without parking. */
    public void maintenance(int worker) {
        ParkHooks h = hooks;
        if (h != ParkHooks.NONE) {
            h.fireDue(clock.nanos());
        }
    }

    public void unparkWorker(int index) {
        driver.unparkWorker(index);
    }

    public void unparkMain() {
        driver.unparkMain();
    }

    /**
     * A deadline earlier than the one parked threads sleep towards was armed: wake one parked thread so
     * it re-computes its park timeout (no-op under simulation, where time only moves when all is idle).
     */
    public void unparkForDeadline() {
        driver.unparkForDeadline();
    }

    // ---------------------------------------------------------------- shutdown

    /** Stops the workers, drops every unfinished task (their cleanup runs) and ends every thread. */
    void shutdown(long blockingTimeoutMillis) {
        if (shutdown) {
            return;
        }
        shutdown = true;
        scheduler.close();
        driver.stop();
        blocking.shutdown(0);
        Current c = Current.get();
        Current.Saved saved = c.save();
        c.core = this;
        c.worker = null;
        c.task = Current.NO_TASK;
        try {
            // Every unfinished task is idle (in the owned list) or queued (in a run queue): drop both.
            for (Task<?> t : owned.closeAndTakeAll()) {
                t.shutdown();
            }
            for (Task<?> t : scheduler.drainQueued()) {
                t.shutdown();
            }
        } finally {
            c.restore(saved);
        }
        blocking.shutdown(blockingTimeoutMillis);
        // Components holding system resources (the reactor's selector and sockets) release them last.
        for (Object comp : components.values()) {
            if (comp instanceof AutoCloseable ac) {
                try {
                    ac.close();
                } catch (Exception e) {
                    internalError(e);
                }
            }
        }
    }

    boolean workerThreadsEnded() {
        return !(driver instanceof ThreadedDriver td) || td.threadsEnded();
    }

    int blockingThreads() {
        return blocking.threadCount();
    }
}
