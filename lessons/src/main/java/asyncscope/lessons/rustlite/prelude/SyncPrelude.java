package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.future.Future;
import asyncscope.engine.sync.Broadcast;
import asyncscope.engine.sync.BroadcastReceiver;
import asyncscope.engine.sync.BroadcastSender;
import asyncscope.engine.sync.Mpsc;
import asyncscope.engine.sync.MpscReceiver;
import asyncscope.engine.sync.MpscSender;
import asyncscope.engine.sync.Mutex;
import asyncscope.engine.sync.MutexGuard;
import asyncscope.engine.sync.Notify;
import asyncscope.engine.sync.Oneshot;
import asyncscope.engine.sync.OneshotReceiver;
import asyncscope.engine.sync.OneshotSender;
import asyncscope.engine.sync.Result;
import asyncscope.engine.sync.Semaphore;
import asyncscope.engine.sync.SemaphorePermit;
import asyncscope.engine.runtime.Current;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Droppable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code tokio::sync} (mpsc, oneshot, broadcast, Mutex, Semaphore, Notify) and {@code std::sync::Mutex} for
 * Rust-lite, each a thin wrapper over the engine's primitive. Dropping a sender, guard or permit in the program
 * releases it in the engine (closing the channel when the last sender goes, unlocking, returning the permit).
 */
public final class SyncPrelude {
    private SyncPrelude() {}

    static void install() {
        Prelude.register("tokio::sync::mpsc::channel, mpsc::channel", (in, a, at) -> {
            long cap = ((RInt) a[0]).v;
            if (cap <= 0) {
                throw new RPanic("mpsc bounded channel requires buffer > 0");
            }
            Mpsc.Pair<Object> p = Mpsc.channel((int) cap);
            return new RTuple(new Object[] {new Sender(p.sender(), true), new Receiver(p.receiver())});
        });
        Prelude.register("tokio::sync::mpsc::unbounded_channel, mpsc::unbounded_channel", (in, a, at) -> {
            Mpsc.Pair<Object> p = Mpsc.unboundedChannel();
            return new RTuple(new Object[] {new Sender(p.sender(), false), new Receiver(p.receiver())});
        });
        Prelude.register("tokio::sync::oneshot::channel, oneshot::channel", (in, a, at) -> {
            Oneshot.Pair<Object> p = Oneshot.channel();
            return new RTuple(new Object[] {new OSender(p.sender()), new OReceiver(p.receiver())});
        });
        Prelude.register("tokio::sync::broadcast::channel, broadcast::channel", (in, a, at) -> {
            Broadcast.Pair<Object> p = Broadcast.channel((int) ((RInt) a[0]).v);
            return new RTuple(new Object[] {new BSender(p.sender()), new BReceiver(p.receiver())});
        });
        Prelude.register("tokio::sync::Mutex::new", (in, a, at) -> new AsyncMutex(new Mutex<>(a[0])));
        Prelude.register("std::sync::Mutex::new, Mutex::new", (in, a, at) -> new StdMutex(a[0]));
        Prelude.register("tokio::sync::Semaphore::new, Semaphore::new", (in, a, at) -> new Sem(new Semaphore(((RInt) a[0]).v)));
        WatchPrelude.install();
        RwLockPrelude.install();
        BarrierPrelude.install();
        LocalSetPrelude.install();
        Prelude.register("tokio::sync::Notify::new, Notify::new", (in, a, at) -> new Note(new Notify()));
        Prelude.registerConstant("TryRecvError::Empty, mpsc::error::TryRecvError::Empty", REnum.stdError("mpsc", "TryRecvError", "Empty"));
        Prelude.registerConstant("TryRecvError::Disconnected, mpsc::error::TryRecvError::Disconnected",
                REnum.stdError("mpsc", "TryRecvError", "Disconnected"));
        Prelude.register("RecvError::Lagged, broadcast::error::RecvError::Lagged",
                (in, a, at) -> REnum.stdError("broadcast", "RecvError", "Lagged", a[0]));
        Prelude.registerConstant("RecvError::Closed, broadcast::error::RecvError::Closed", REnum.stdError("broadcast", "RecvError", "Closed"));
        Prelude.registerConstant("TryAcquireError::NoPermits", REnum.stdError("semaphore", "TryAcquireError", "NoPermits"));
        Prelude.registerConstant("TryAcquireError::Closed", REnum.stdError("semaphore", "TryAcquireError", "Closed"));
    }

    static REnum variant(String type, String v) {
        return new REnum(type, v, REnum.NONE_FIELDS, null, null);
    }

    /** An error value that prints like Tokio's ({@code SendError { .. }}). */
    record ErrVal(String display, String debug) implements Fmt.Displayable {
        @Override
        public String debug() {
            return debug;
        }
    }

    static <T, E> REnum result(Result<T, E> r, Function<E, Object> err) {
        if (r instanceof Result.Ok<T, E> ok) {
            return REnum.ok(ok.value() == null ? Unit.UNIT : ok.value());
        }
        return REnum.err(err.apply(((Result.Err<T, E>) r).error()));
    }

    /** An engine future whose output goes through {@code map} (a guard wrapped, an error turned into Tokio's). */
    static Future<Object> mapped(Future<?> f, Function<Object, Object> map) {
        @SuppressWarnings("unchecked")
        Future<Object> inner = (Future<Object>) f;
        return asyncscope.engine.future.Futures.map(inner, map);
    }

    /** {@code SendError(value)}: the message comes back in field {@code .0}. */
    static REnum sendError(String family, Object value) {
        return REnum.stdError(family, "SendError", "SendError", value);
    }

    // ------------------------------------------------------------------ mpsc

    static final class Sender extends ReleasedOnce implements Methods.HasMethods, Fmt.Displayable {
        final MpscSender<Object> tx;
        final boolean bounded;

        Sender(MpscSender<Object> tx, boolean bounded) {
            this.tx = tx;
            this.bounded = bounded;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "send" -> {
                    Object msg = args[0];
                    if (!bounded) {
                        return result(tx.trySend(msg), e -> sendError("mpsc", msg));
                    }
                    return mapped(tx.send(msg), r -> result(cast(r), e -> sendError("mpsc", msg)));
                }
                case "try_send" -> {
                    Object msg = args[0];
                    return result(tx.trySend(msg), e -> REnum.stdError("mpsc", "TrySendError",
                            e instanceof Mpsc.TrySendError.Full<?> ? "Full" : "Closed", msg));
                }
                case "clone" -> {
                    return new Sender(tx.clone(), bounded);
                }
                case "is_closed" -> {
                    return tx.isClosed();
                }
                case "capacity" -> {
                    return RInt.usize(tx.capacity());
                }
                case "max_capacity" -> {
                    return RInt.usize(tx.maxCapacity());
                }
                case "closed" -> {
                    return mapped(tx.closed(), v -> Unit.UNIT);
                }
                case "same_channel" -> {
                    return args[0] instanceof Sender o && o.tx.id() == tx.id();
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        protected void onRelease() {
            tx.drop();
        }

        @Override
        public String display() {
            return "Sender { chan: " + tx.id() + " }";
        }
    }

    @SuppressWarnings("unchecked")
    static <T, E> Result<T, E> cast(Object o) {
        return (Result<T, E>) o;
    }

    static final class Receiver extends ReleasedOnce implements Methods.HasMethods, Fmt.Displayable {
        final MpscReceiver<Object> rx;

        Receiver(MpscReceiver<Object> rx) {
            this.rx = rx;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "recv" -> {
                    return mapped(rx.recv(), o -> REnum.option(((Optional<?>) o).orElse(null)));
                }
                case "try_recv" -> {
                    return result(rx.tryRecv(), e -> REnum.stdError("mpsc", "TryRecvError", e == Mpsc.TryRecvError.EMPTY ? "Empty" : "Disconnected"));
                }
                case "close" -> {
                    rx.close();
                    return Unit.UNIT;
                }
                case "len" -> {
                    return RInt.usize(rx.len());
                }
                case "is_empty" -> {
                    return rx.isEmpty();
                }
                case "is_closed" -> {
                    return rx.isClosed();
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        protected void onRelease() {
            rx.drop();
        }

        @Override
        public String display() {
            return "Receiver { chan: " + rx.id() + " }";
        }
    }

    // ------------------------------------------------------------------ oneshot

    static final class OSender implements Methods.HasMethods, Droppable {
        final OneshotSender<Object> tx;
        private boolean released;

        OSender(OneshotSender<Object> tx) {
            this.tx = tx;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "send" -> {
                    released = true;
                    return result(tx.send(args[0]), e -> e);
                }
                case "is_closed" -> {
                    return tx.isClosed();
                }
                case "closed" -> {
                    return tx.closed();
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public synchronized void release() {
            if (!released) {
                released = true;
                tx.drop();
            }
        }
    }

    static final class OReceiver implements TokioFutures.Awaitable, Methods.HasMethods, Droppable {
        final OneshotReceiver<Object> rx;
        private boolean used;

        OReceiver(OneshotReceiver<Object> rx) {
            this.rx = rx;
        }

        @Override
        public Future<Object> future() {
            used = true;
            return mapped(rx, r -> result(cast(r), e -> REnum.stdError("oneshot", "RecvError", "RecvError", Unit.UNIT)));
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "try_recv" -> {
                    return result(rx.tryRecv(), e -> REnum.stdError("oneshot", "TryRecvError", e == Oneshot.TryRecvError.EMPTY ? "Empty" : "Closed"));
                }
                case "close" -> {
                    rx.close();
                    return Unit.UNIT;
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public synchronized void release() {
            if (!used) {
                used = true;
                rx.drop();
            }
        }
    }

    // ------------------------------------------------------------------ broadcast

    static final class BSender extends ReleasedOnce implements Methods.HasMethods {
        final BroadcastSender<Object> tx;

        BSender(BroadcastSender<Object> tx) {
            this.tx = tx;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "send" -> {
                    Object msg = args[0];
                    REnum r = result(tx.send(msg), e -> sendError("broadcast", msg));
                    return r.is("Ok") ? REnum.ok(RInt.usize(((Integer) r.fields[0]).longValue())) : r;
                }
                case "subscribe" -> {
                    return new BReceiver(tx.subscribe());
                }
                case "clone" -> {
                    return new BSender(tx.clone());
                }
                case "receiver_count" -> {
                    return RInt.usize(tx.receiverCount());
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        protected void onRelease() {
            tx.drop();
        }
    }

    static Object recvError(Object e) {
        if (e instanceof Broadcast.RecvError.Lagged l) {
            return REnum.stdError("broadcast", "RecvError", "Lagged", RInt.of(l.skipped(), IntTy.U64));
        }
        return REnum.stdError("broadcast", "RecvError", "Closed");
    }

    static final class BReceiver extends ReleasedOnce implements Methods.HasMethods {
        final BroadcastReceiver<Object> rx;

        BReceiver(BroadcastReceiver<Object> rx) {
            this.rx = rx;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "recv" -> {
                    return mapped(rx.recv(), r -> result(cast(r), SyncPrelude::recvError));
                }
                case "try_recv" -> {
                    return result(rx.tryRecv(), e -> e instanceof Broadcast.TryRecvError.Empty ? REnum.stdError("broadcast", "TryRecvError", "Empty")
                            : e instanceof Broadcast.TryRecvError.Lagged l
                            ? REnum.stdError("broadcast", "TryRecvError", "Lagged", RInt.of(l.skipped(), IntTy.U64))
                            : REnum.stdError("broadcast", "TryRecvError", "Closed"));
                }
                case "resubscribe" -> {
                    return new BReceiver(rx.resubscribe());
                }
                case "len" -> {
                    return RInt.usize(rx.len());
                }
                case "is_empty" -> {
                    return rx.len() == 0;
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        protected void onRelease() {
            rx.drop();
        }
    }

    // ------------------------------------------------------------------ locks, semaphore, notify

    /** A held lock: reads and writes go through to the value; dropping it unlocks. */
    static final class Guard extends ReleasedOnce.Guard {
        final MutexGuard<Object> g;

        Guard(MutexGuard<Object> g) {
            this.g = g;
        }

        @Override
        public Object get() {
            return g.get();
        }

        @Override
        public void set(Object value) {
            g.set(value);
        }

        @Override
        protected void onRelease() {
            g.unlock();
        }
    }

    static final class AsyncMutex implements Methods.HasMethods, Fmt.Displayable {
        final Mutex<Object> m;

        AsyncMutex(Mutex<Object> m) {
            this.m = m;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "lock", "lock_owned", "read", "write" -> {
                    return mapped(m.lock(), g -> new Guard(cast2(g)));
                }
                case "try_lock" -> {
                    REnum r = result(m.tryLock(), e -> new ErrVal("operation would block", "TryLockError(())"));
                    return r.is("Ok") ? REnum.ok(new Guard(cast2(r.fields[0]))) : r;
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "Mutex { .. }";
        }
    }

    @SuppressWarnings("unchecked")
    static MutexGuard<Object> cast2(Object o) {
        return (MutexGuard<Object>) o;
    }

    /**
     * {@code std::sync::Mutex}: a blocking lock. Locking it never suspends the task; contended in the
     * simulator (a guard held across an {@code .await}) it panics instead of freezing the only thread.
     */
    static final class StdMutex implements Methods.HasMethods, Fmt.Displayable, asyncscope.lessons.rustlite.interp.Owner {
        @Override
        public Iterable<Object> owned() {
            return java.util.Collections.singletonList(value);
        }

        final java.util.concurrent.Semaphore lock = new java.util.concurrent.Semaphore(1);
        Object value;

        StdMutex(Object v) {
            this.value = v;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "lock", "read", "write" -> {
                    Current c = Current.get();
                    boolean simulated = c.core != null && c.core.clock().isVirtual();
                    if (c.core == null && StdThreads.LIVE.get() > 0) {
                        // std threads are running: the holder is another thread, wait for it as std does
                        try {
                            while (!lock.tryAcquire(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                                if (in.limits.cancelled) {
                                    throw new asyncscope.lessons.rustlite.interp.Exec.Cancelled();
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new asyncscope.lessons.rustlite.interp.Exec.Cancelled();
                        }
                    } else if (simulated || c.core == null) {
                        if (!lock.tryAcquire()) {
                            throw new RPanic("deadlock: std::sync::Mutex is already locked (a guard held across an .await?)");
                        }
                    } else {
                        lock.acquireUninterruptibly();
                    }
                    return REnum.ok(new StdGuard(this));
                }
                case "into_inner" -> {
                    return REnum.ok(value);
                }
                case "try_lock", "try_read", "try_write" -> {
                    // std's TryLockError::WouldBlock when another guard holds it
                    return lock.tryAcquire() ? REnum.ok(new StdGuard(this))
                            : REnum.err(new ErrVal("try_lock failed because the operation would block", "WouldBlock"));
                }
                case "get_mut" -> {
                    return REnum.ok(new StdGuard(this, false));
                }
                case "is_poisoned" -> {
                    return false;
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "Mutex { data: " + Fmt.debug(value, false) + ", .. }";
        }
    }

    static final class StdGuard extends ReleasedOnce.Guard {
        final StdMutex m;

        StdGuard(StdMutex m) {
            this.m = m;
        }

        /** A place in the Mutex that holds no lock ({@code get_mut} through {@code &mut Mutex}). */
        StdGuard(StdMutex m, boolean locked) {
            super(locked);
            this.m = m;
        }

        @Override
        public Object get() {
            return m.value;
        }

        @Override
        public void set(Object value) {
            m.value = value;
        }

        @Override
        protected void onRelease() {
            m.lock.release();
        }
    }

    static final class Permit implements Methods.HasMethods, Droppable, Fmt.Displayable {
        final SemaphorePermit p;

        Permit(SemaphorePermit p) {
            this.p = p;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            if (name.equals("forget")) {
                p.forget();
                return Unit.UNIT;
            }
            return Methods.NO_SUCH;
        }

        @Override
        public void release() {
            p.release();
        }

        @Override
        public String display() {
            return "SemaphorePermit { permits: " + p.permits() + " }";
        }
    }

    static final class Sem implements Methods.HasMethods, Fmt.Displayable {
        final Semaphore s;

        Sem(Semaphore s) {
            this.s = s;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "acquire", "acquire_owned" -> {
                    return mapped(s.acquire(), r -> permitResult(cast(r)));
                }
                case "acquire_many", "acquire_many_owned" -> {
                    return mapped(s.acquireMany((int) ((RInt) args[0]).v), r -> permitResult(cast(r)));
                }
                case "try_acquire", "try_acquire_owned" -> {
                    return permitResult(cast(s.tryAcquire()));
                }
                case "try_acquire_many", "try_acquire_many_owned" -> {
                    return permitResult(cast(s.tryAcquireMany((int) ((RInt) args[0]).v)));
                }
                case "available_permits" -> {
                    return RInt.usize(s.availablePermits());
                }
                case "add_permits" -> {
                    s.addPermits(((RInt) args[0]).v);
                    return Unit.UNIT;
                }
                case "close" -> {
                    s.close();
                    return Unit.UNIT;
                }
                case "is_closed" -> {
                    return s.isClosed();
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "Semaphore { permits: " + s.availablePermits() + " }";
        }
    }

    static REnum permitResult(Result<SemaphorePermit, Object> r) {
        if (r instanceof Result.Ok<SemaphorePermit, Object> ok) {
            return REnum.ok(new Permit(ok.value()));
        }
        Object e = ((Result.Err<SemaphorePermit, Object>) r).error();
        return REnum.err(e == Semaphore.TryAcquireError.NO_PERMITS ? REnum.stdError("semaphore", "TryAcquireError", "NoPermits")
                : e instanceof Semaphore.TryAcquireError ? REnum.stdError("semaphore", "TryAcquireError", "Closed")
                : REnum.stdError("semaphore", "AcquireError", "AcquireError", Unit.UNIT));
    }

    static final class Note implements Methods.HasMethods {
        final Notify n;

        Note(Notify n) {
            this.n = n;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "notified" -> {
                    return n.notified();
                }
                case "notify_one" -> {
                    n.notifyOne();
                    return Unit.UNIT;
                }
                case "notify_waiters" -> {
                    n.notifyWaiters();
                    return Unit.UNIT;
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }
    }
}
