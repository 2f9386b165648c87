package asyncscope.engine.task;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Payload.DropReason;
import asyncscope.engine.event.Payload.Outcome;
import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.StateMachine;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A spawned future plus everything the runtime needs to drive it: an id, one atomic state word
 * ({@link TaskState}), the output slot and the waker of whoever awaits it. The task is its own
 * {@link asyncscope.engine.future.Waker}: waking it is a compare-and-set on the state word that queues it
 * at most once, however many wakers fire and from whichever threads. It is also the {@link Context} its
 * future is polled with and the {@link JoinHandle} its spawner gets back, so a spawn allocates one
 * object for the runtime's bookkeeping, not three.
 *
 * <p>Life of a task: created idle+NOTIFIED and queued; a worker calls {@link #run()}: NOTIFIED→RUNNING,
 * poll; Ready → COMPLETE (output stored, join waker woken); Pending → idle, or queued again at once if a
 * wake arrived during the poll. An exception from poll is a panic: the task completes with a
 * {@link JoinError} and the worker carries on.
 */
public final class Task<T> extends Context implements asyncscope.engine.future.Waker, JoinHandle<T> {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Task.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long id;
    private final String name;
    private final SourceSpan span;
    private final RuntimeCore core;
    private final TaskScheduler scheduler;

    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state;
    private Future<T> future;
    /** Set (without atomics) when the running task wakes itself, e.g. yield_now; read after the poll. */
    private boolean selfWoken;
    /** Whether the task is in the runtime's owned list (it went idle at least once, or is blocking/root). */
    private boolean registered;

    /** Once complete: the value, or the {@link JoinError} if the task panicked or was cancelled ({@link #failed}). */
    private Object outcome;
    private boolean failed;
    private volatile asyncscope.engine.future.Waker joinWaker;

    // Intrusive links, owned by the structure the task is currently in.
    Task<?> ownedPrev;
    Task<?> ownedNext;

    public Task(long id, String name, SourceSpan span, Future<T> future, RuntimeCore core, TaskScheduler scheduler) {
        this.id = id;
        this.name = name;
        this.span = span;
        this.future = future;
        this.core = core;
        this.scheduler = scheduler;
        // A new task is notified (it is about to be queued). A plain store: the queue that publishes the
        // task to other threads does so with a release, so no fence is needed here.
        STATE.set(this, TaskState.NOTIFIED);
    }

    public long id() {
        return id;
    }

    /** The task's name; unnamed tasks are called "task-ID" (computed only when someone asks). */
    public String name() {
        return name != null ? name : "task-" + id;
    }

    public SourceSpan span() {
        return span;
    }

    public int state() {
        return (int) STATE.getVolatile(this);
    }

    public boolean isComplete() {
        return TaskState.isComplete(state());
    }

    private boolean cas(int expect, int update) {
        return STATE.compareAndSet(this, expect, update);
    }

    // ---------------------------------------------------------------- waking

    @Override
    public void wake(WakeSource source) {
        Current cur = Current.get();
        if (cur.task == id && cur.core == core) { // ids are per runtime: check both
            // The task is waking itself from inside its own poll (a yield): no compare-and-set needed,
            // the poller re-queues it when the poll returns.
            if (!selfWoken) {
                selfWoken = true;
                emitWake(source);
            }
            return;
        }
        for (;;) {
            int s = state();
            if ((s & (TaskState.COMPLETE | TaskState.NOTIFIED)) != 0) {
                return; // finished, or already queued / due to be queued: nothing to do
            }
            if (TaskState.isRunning(s)) {
                // Being polled right now: mark it; the poller re-queues it when the poll returns.
                if (cas(s, s | TaskState.NOTIFIED)) {
                    emitWake(source);
                    return;
                }
            } else if (cas(s, s | TaskState.NOTIFIED)) {
                emitWake(source);
                scheduler.schedule(this, false);
                return;
            }
        }
    }

    private void emitWake(WakeSource source) {
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), id, new Payload.Wake(source, c.taskId()));
        }
    }

    /**
     * Requests cancellation. An idle task is queued so a worker drops it; a running or queued one is
     * dropped the next time a worker picks it up. A task that completes in its current poll keeps its value.
     */
    public void abort() {
        for (;;) {
            int s = state();
            if ((s & (TaskState.COMPLETE | TaskState.CANCELLED)) != 0) {
                return;
            }
            if ((s & (TaskState.RUNNING | TaskState.NOTIFIED)) != 0) {
                if (cas(s, s | TaskState.CANCELLED | TaskState.NOTIFIED)) {
                    return;
                }
            } else if (cas(s, s | TaskState.CANCELLED | TaskState.NOTIFIED)) {
                emitWake(WakeSource.ABORT);
                scheduler.schedule(this, false);
                return;
            }
        }
    }

    // ---------------------------------------------------------------- running

    /** Polls the task once. Called by exactly one worker (or block-on thread, or blocking thread) at a time. */
    public void run() {
        run(Current.get());
    }

    /** {@link #run()} for callers that already hold the thread's context (saves a lookup per poll). */
    public void run(Current c) {
        int s;
        do {
            s = state();
            if (TaskState.isComplete(s)) {
                return;
            }
        } while (!cas(s, (s & ~TaskState.NOTIFIED) | TaskState.RUNNING));

        long outer = c.task;
        c.task = id;
        try {
            if (TaskState.isCancelled(s)) {
                cancel(DropReason.ABORT);
                return;
            }
            pollOnce(c);
        } finally {
            c.task = outer;
        }
    }

    private void pollOnce(Current c) {
        Emitter em = core.emitter();
        long started = 0;
        if (em != null) {
            started = core.clock().nanos();
            em.emit(c.workerIndex(), id, new Payload.PollStart(stateOf(future)));
        }
        Poll<T> p;
        try {
            p = future.poll(this); // the task is its own context: its waker is itself
        } catch (asyncscope.engine.runtime.SimulationUnwind abandoned) {
            throw abandoned; // the simulation failed while this poll was half-done: no panic, just unwind
        } catch (VirtualMachineError fatal) {
            // A poll that overflowed its stack or ran out of memory has unwound: what it allocated is garbage and
            // the thread is usable. The task fails (its JoinHandle gets the panic) instead of the worker dying
            // with it and leaving the task RUNNING for ever. Other VM errors mean a broken JVM: let them go.
            if (fatal instanceof StackOverflowError || fatal instanceof OutOfMemoryError) {
                panicked(em, c, started, fatal);
                return;
            }
            throw fatal;
        } catch (Throwable t) {
            panicked(em, c, started, t);
            return;
        }
        if (em != null) {
            em.emit(c.workerIndex(), id, new Payload.PollEnd(p.isReady(), stateOf(future), core.clock().nanos() - started));
        }
        if (p.isReady()) {
            complete(p.value(), null);
        } else {
            transitionToIdle();
        }
    }

    private void panicked(Emitter em, Current c, long started, Throwable t) {
        if (em != null) {
            em.emit(c.workerIndex(), id, new Payload.PollEnd(true, stateOf(future), core.clock().nanos() - started));
        }
        Future<T> f = future;
        future = null;
        safeDrop(f);
        complete(null, JoinError.panic(id, t));
    }

    private void transitionToIdle() {
        boolean self = selfWoken;
        selfWoken = false;
        if (!registered && !self) {
            // About to go idle: nothing but its wakers will hold it, so the runtime must be able to find
            // it at shutdown. A task that finishes without ever waiting never pays for this.
            if (!register()) {
                cancel(DropReason.SHUTDOWN);
                return;
            }
        }
        for (;;) {
            int s = state();
            if (self && !TaskState.isNotified(s)) {
                if (cas(s, (s & ~TaskState.RUNNING) | TaskState.NOTIFIED)) {
                    scheduler.schedule(this, true);
                    return;
                }
            } else if (TaskState.isNotified(s)) {
                // Woken (or aborted) while we were polling it: back into the queue, behind the others.
                if (cas(s, s & ~TaskState.RUNNING)) {
                    scheduler.schedule(this, true);
                    return;
                }
            } else if (cas(s, s & ~TaskState.RUNNING)) {
                return;
            }
        }
    }

    private void cancel(DropReason reason) {
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), id, new Payload.Drop(reason, name()));
        }
        Future<T> f = future;
        future = null;
        Throwable panic = safeDrop(f);
        // As Tokio: a future whose destructor panics while it is cancelled ends with that panic, not "cancelled"
        complete(null, panic == null ? JoinError.cancelled(id) : JoinError.panic(id, panic));
    }

    /** Drops a future; returns what its destructor threw (a panic), or null. */
    private static Throwable safeDrop(Future<?> f) {
        if (f == null) {
            return null;
        }
        try {
            f.drop();
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A panicking destructor must not take the worker down; the task is finished either way.
            return e;
        }
    }

    private void complete(T v, JoinError e) {
        selfWoken = false;
        outcome = e != null ? e : v;
        failed = e != null;
        future = null;
        if (registered) {
            // Leave the owned list before anyone can see the task complete, so whoever awaits it
            // never finds a finished task still counted as live.
            registered = false;
            core.taskCompleted(this);
        }
        for (;;) {
            int s = state();
            int next = (s & ~(TaskState.RUNNING | TaskState.NOTIFIED)) | TaskState.COMPLETE;
            if (cas(s, next)) {
                break;
            }
        }
        Emitter em = core.emitter();
        if (em != null) {
            Outcome o = e == null ? Outcome.OK : e.isPanic() ? Outcome.PANIC : Outcome.CANCELLED;
            Current c = Current.get();
            em.emit(c.workerIndex(), id, new Payload.Complete(o, e == null ? "" : e.panicMessage()));
        }
        asyncscope.engine.future.Waker w = joinWaker;
        if (w != null) {
            joinWaker = null;
            w.wake(WakeSource.of(WakeSource.Kind.JOIN, id));
        }
    }

    /**
     * Drops the task at runtime shutdown (no worker is running any more). Returns false if the task is
     * being run right now (a blocking task still working) and was only marked cancelled.
     */
    public boolean shutdown() {
        for (;;) {
            int s = state();
            if (TaskState.isComplete(s)) {
                return true;
            }
            if (TaskState.isRunning(s)) {
                if (cas(s, s | TaskState.CANCELLED)) {
                    return false;
                }
            } else if (cas(s, s | TaskState.RUNNING | TaskState.CANCELLED)) {
                // the destructors run as this task, as they do when it is polled and finds itself aborted
                Current c = Current.get();
                long outer = c.task;
                c.task = id;
                try {
                    cancel(DropReason.SHUTDOWN);
                } finally {
                    c.task = outer;
                }
                return true;
            }
        }
    }

    /**
     * Puts the task in the runtime's owned list (once). Returns false if the runtime is shutting down.
     * Called by the thread that runs or creates the task, before anyone else can see it idle.
     */
    public boolean register() {
        if (registered) {
            return true;
        }
        if (!core.ownedTasks().add(this)) {
            return false;
        }
        registered = true;
        return true;
    }

    // ---------------------------------------------------------------- joining (the task is its own JoinHandle)

    /** Awaits the task: ready with its value once it completes, or throws its {@link JoinError}. */
    @Override
    public Poll<T> poll(Context cx) {
        if (!Coop.proceed(cx)) {
            return Poll.pending();
        }
        if (isComplete()) {
            return Poll.ready(output());
        }
        joinWaker = cx.waker();
        if (isComplete()) { // completed while we registered: the waker may have been missed
            return Poll.ready(output());
        }
        return Poll.pending();
    }

    @Override
    public boolean isFinished() {
        return isComplete();
    }

    @Override
    public JoinError errorIfFinished() {
        return isComplete() ? error() : null;
    }

    /** The output; call only once complete. Throws the task's {@link JoinError} if it has one. */
    @SuppressWarnings("unchecked")
    private T output() {
        if (failed) {
            throw (JoinError) outcome;
        }
        return (T) outcome;
    }

    private JoinError error() {
        return failed ? (JoinError) outcome : null;
    }

    @Override
    public String describe() {
        return "JoinHandle(" + name() + ")";
    }

    // ---------------------------------------------------------------- as a context

    /** The task is its own poll context, and its own waker. */
    @Override
    public asyncscope.engine.future.Waker waker() {
        return this;
    }

    private static int stateOf(Future<?> f) {
        return f instanceof StateMachine sm ? sm.currentState() : -1;
    }

    /** The future being run, while it is still running (for inspectors); null once finished. */
    public Future<T> future() {
        return future;
    }

    @Override
    public String toString() {
        return "Task[" + id + " " + name() + " " + TaskState.describe(state()) + "]";
    }
}
