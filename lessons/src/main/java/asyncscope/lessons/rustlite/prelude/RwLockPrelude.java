package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.runtime.Current;
import asyncscope.engine.sync.Result;
import asyncscope.engine.sync.RwLock;
import asyncscope.engine.sync.RwLockGuard;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;

/**
 * Reader/writer locks for Rust-lite. {@code tokio::sync::RwLock} is the engine's {@link RwLock} (readers share,
 * writers exclude, fair queue, events). {@code std::sync::RwLock} blocks the thread instead: a Java semaphore of
 * {@link RwLock#MAX_READS} permits, one per reader and all of them for a writer; under simulation a lock that
 * would block panics (a guard held across an {@code .await}), as the std Mutex does.
 */
final class RwLockPrelude {
    private RwLockPrelude() {}

    static void install() {
        Prelude.register("tokio::sync::RwLock::new", (in, a, at) -> new AsyncRwLock(new RwLock<>(a[0])));
        Prelude.register("std::sync::RwLock::new, RwLock::new", (in, a, at) -> new StdRwLock(a[0]));
    }

    static REnum wouldBlock() {
        return REnum.err(new SyncPrelude.ErrVal("operation would block", "TryLockError(())"));
    }

    /** A held tokio RwLock: reads (and, for a write guard, writes) go to the value; dropping it unlocks. */
    static final class Guard extends ReleasedOnce.Guard {
        final RwLockGuard<Object> g;

        Guard(RwLockGuard<Object> g) {
            this.g = g;
        }

        @Override
        public Object get() {
            return g.get();
        }

        @Override
        public void set(Object value) {
            if (!g.isWrite()) {
                throw new RPanic("cannot assign through a RwLockReadGuard");
            }
            g.set(value);
        }

        @Override
        protected void onRelease() {
            g.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    static Guard guard(Object g) {
        return new Guard((RwLockGuard<Object>) g);
    }

    static final class AsyncRwLock implements Methods.HasMethods, Fmt.Displayable {
        final RwLock<Object> l;

        AsyncRwLock(RwLock<Object> l) {
            this.l = l;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "read", "read_owned" -> {
                    return SyncPrelude.mapped(l.read(), RwLockPrelude::guard);
                }
                case "write", "write_owned" -> {
                    return SyncPrelude.mapped(l.write(), RwLockPrelude::guard);
                }
                case "try_read", "try_read_owned" -> {
                    Result<RwLockGuard<Object>, RwLock.TryLockError> r = l.tryRead();
                    return r instanceof Result.Ok<RwLockGuard<Object>, RwLock.TryLockError> ok ? REnum.ok(new Guard(ok.value())) : wouldBlock();
                }
                case "try_write", "try_write_owned" -> {
                    Result<RwLockGuard<Object>, RwLock.TryLockError> r = l.tryWrite();
                    return r instanceof Result.Ok<RwLockGuard<Object>, RwLock.TryLockError> ok ? REnum.ok(new Guard(ok.value())) : wouldBlock();
                }
                case "into_inner" -> {
                    return l.tryRead().unwrap().get();
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "RwLock { .. }";
        }
    }

    /** {@code std::sync::RwLock}: blocking, many readers or one writer. */
    static final class StdRwLock implements Methods.HasMethods, Fmt.Displayable {
        final java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(RwLock.MAX_READS);
        Object value;

        StdRwLock(Object v) {
            this.value = v;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "read", "write" -> {
                    int n = name.equals("read") ? 1 : RwLock.MAX_READS;
                    Current c = Current.get();
                    boolean simulated = c.core == null || c.core.clock().isVirtual();
                    if (simulated) {
                        if (!permits.tryAcquire(n)) {
                            throw new RPanic("deadlock: std::sync::RwLock is already " + (n == 1 ? "write-" : "") + "locked (a guard held across an .await?)");
                        }
                    } else {
                        permits.acquireUninterruptibly(n);
                    }
                    return REnum.ok(new StdGuard(this, n));
                }
                case "try_read", "try_write" -> {
                    int n = name.equals("try_read") ? 1 : RwLock.MAX_READS;
                    return permits.tryAcquire(n) ? REnum.ok(new StdGuard(this, n)) : wouldBlock();
                }
                case "into_inner" -> {
                    return REnum.ok(value);
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "RwLock { data: " + Fmt.debug(value, false) + ", poisoned: false, .. }";
        }
    }

    static final class StdGuard extends ReleasedOnce.Guard {
        final StdRwLock l;
        final int permits;

        StdGuard(StdRwLock l, int permits) {
            this.l = l;
            this.permits = permits;
        }

        @Override
        public Object get() {
            return l.value;
        }

        @Override
        public void set(Object value) {
            if (permits == 1) {
                throw new RPanic("cannot assign through a RwLockReadGuard");
            }
            l.value = value;
        }

        @Override
        protected void onRelease() {
            l.permits.release(permits);
        }
    }
}
