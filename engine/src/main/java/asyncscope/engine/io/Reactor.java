package asyncscope.engine.io;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.ParkHooks;
import asyncscope.engine.runtime.RuntimeCore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The I/O driver of a threaded runtime: one {@link Selector} (epoll/kqueue underneath, like Tokio's
 * mio), the sockets registered with it ({@link ScheduledIo}), and the loop that turns readiness into
 * wakes. A task whose non-blocking read would block registers its interest and returns Pending; when
 * the selector reports the socket ready, exactly the tasks waiting on that side are woken.
 *
 * <p>Who runs the selector: as in Tokio, one parked worker at a time. A worker with nothing to do
 * tries to take the driver ({@link #tryAcquire()}); if it wins it blocks in {@code select()} until
 * readiness, its timer deadline, or an unpark; the others sleep on their own condition. Busy workers
 * also poll it without blocking every 61 ticks ({@link #fireDue}).
 *
 * <p>Cheap wakeups: {@code Selector.wakeup()} is a system call, so {@link #wakeup()} only makes it
 * when a thread is actually inside {@code select()}, and only once per select (a Dekker pair of flags:
 * the selecting thread raises {@code selecting} then checks {@code wakePending}; the waker raises
 * {@code wakePending} then checks {@code selecting}).
 */
public final class Reactor implements ParkHooks, ParkHooks.IoPark, AutoCloseable {
    private final RuntimeCore core;
    private final Selector selector;
    private final ReentrantLock driver = new ReentrantLock();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile boolean selecting;
    /** A parking thread found the driver taken and slept without it (see {@link #unlockTemporary}). */
    private volatile boolean missedPark;
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicLong selectorWakeups = new AtomicLong();

    private Reactor(RuntimeCore core) {
        this.core = core;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
    }

    /** The reactor of {@code core}, created and installed as a park hook on first use. */
    public static Reactor of(RuntimeCore core) {
        return core.component(Reactor.class, c -> {
            Reactor r = new Reactor(c);
            c.addHooks(r);
            // Workers that parked before the reactor existed sleep on their own condition: wake one so
            // it parks again, this time inside the selector.
            c.unparkForDeadline();
            return r;
        });
    }

    // ---------------------------------------------------------------- registration

    /** Registers a non-blocking channel (with no interest yet). */
    ScheduledIo register(SelectableChannel ch, String label) throws IOException {
        long id = core.nextId();
        ch.configureBlocking(false);
        SelectionKey key = ch.register(selector, 0);
        ScheduledIo io = new ScheduledIo(id, label, key);
        key.attach(io);
        registered.incrementAndGet();
        return io;
    }

    /** The current task waits for {@code op} on {@code io}: record the waker, update the interest set. */
    boolean await(ScheduledIo io, int op, Waker waker) {
        int r = io.addWaiter(op, waker);
        if (r < 0) {
            return false;
        }
        int interest = r & ~ScheduledIo.CHANGED;
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), c.taskId(), new Payload.IoRegister(io.id(), interest, io.label()));
        }
        if ((r & ScheduledIo.CHANGED) != 0) {
            wakeup(); // a select in progress must pick up the new interest set
        }
        return true;
    }

    void cancelWait(ScheduledIo io, int op, Waker waker) {
        io.removeWaiter(op, waker);
    }

    /**
     * Closes the registration and the channel; waiters are woken and will see it closed. A channel
     * registered with a selector is only really closed (its port freed, its FIN or RST sent) when the
     * selector next runs, so the reactor runs it now (or wakes the thread blocked in it).
     */
    void deregister(ScheduledIo io, java.nio.channels.Channel ch) {
        List<Waker> waiters = io.close();
        try {
            ch.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
        registered.decrementAndGet();
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), c.taskId(), new Payload.IoDeregister(io.id()));
        }
        for (Waker w : waiters) {
            w.wake(WakeSource.of(WakeSource.Kind.IO, io.id()));
        }
        if (tryLockSoon()) {
            try {
                selector.selectNow(); // flushes the cancelled key: the socket closes now
                dispatch();
            } catch (IOException | java.nio.channels.ClosedSelectorException ignored) {
                // flushed at the next select
            } finally {
                unlockTemporary();
            }
        } else {
            wakeup();
        }
    }

    /** Takes the driver, asking a thread blocked in select to let go; gives up after a few ms. */
    private boolean tryLockSoon() {
        if (driver.tryLock()) {
            return true;
        }
        wakeup();
        try {
            return driver.tryLock(10, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sockets currently registered. */
    public int registeredCount() {
        return registered.get();
    }

    /** Wakers registered on all sockets (tasks waiting for readiness); for tests and views. */
    public int waitingCount() {
        int n = 0;
        for (SelectionKey k : selector.keys().toArray(new SelectionKey[0])) {
            if (k.attachment() instanceof ScheduledIo io) {
                n += io.waiters();
            }
        }
        return n;
    }

    /** How many times {@code Selector.wakeup()} was actually called (for tests of the cheap wakeup). */
    public long selectorWakeups() {
        return selectorWakeups.get();
    }

    /** Whether a thread is blocked in {@code select()} right now. */
    public boolean isSelecting() {
        return selecting;
    }

    // ---------------------------------------------------------------- driving

    @Override
    public boolean tryAcquire() {
        // Announce first, then try: if the driver is held for a moment (a flush, a non-blocking poll),
        // this thread will sleep without watching the sockets, and the holder, which reads the flag
        // after letting go, is then sure to see it and hand the watch on. (Set after a failed try, the
        // flag could be read by the holder just before it is raised.) A raised flag when the try
        // succeeds costs at most one spurious unpark.
        missedPark = true;
        return driver.tryLock();
    }

    /**
     * Lets go of the driver after a brief use that was not a park. If a thread went to sleep meanwhile
     * because the driver was taken, and nobody is selecting now, wake a parked thread so it comes back
     * and parks in the selector: otherwise readiness could wait with nobody watching for it.
     */
    private void unlockTemporary() {
        driver.unlock();
        if (missedPark && !selecting) {
            missedPark = false;
            core.unparkForDeadline();
        }
    }

    @Override
    public void release() {
        driver.unlock();
    }

    @Override
    public void block(long timeoutNanos) {
        selecting = true;
        try {
            if (wakePending.getAndSet(false)) {
                selector.selectNow(); // woken before we got here: just collect what is ready
            } else {
                long ms = timeoutNanos <= 0 ? 0 : Math.max(1, (timeoutNanos + 999_999) / 1_000_000);
                selector.select(ms);
            }
        } catch (IOException | java.nio.channels.ClosedSelectorException e) {
            // the selector failed or the runtime is closing: the worker carries on, nothing to dispatch
            return;
        } finally {
            selecting = false;
            wakePending.set(false);
        }
        dispatch();
    }

    @Override
    public void wakeup() {
        if (!wakePending.getAndSet(true) && selecting) {
            selectorWakeups.incrementAndGet();
            selector.wakeup();
        }
    }

    /** Turns the selected keys into wakes. Called by the thread holding the driver. */
    private void dispatch() {
        var keys = selector.selectedKeys();
        if (keys.isEmpty()) {
            return;
        }
        Emitter em = core.emitter();
        int worker = Current.get().workerIndex();
        List<Waker> toWake = new ArrayList<>();
        List<ScheduledIo> sources = new ArrayList<>();
        for (Iterator<SelectionKey> it = keys.iterator(); it.hasNext(); ) {
            SelectionKey k = it.next();
            it.remove();
            ScheduledIo io = (ScheduledIo) k.attachment();
            int ready;
            try {
                ready = k.readyOps();
            } catch (CancelledKeyException e) {
                continue;
            }
            if (em != null) {
                em.emit(worker, -1, new Payload.IoReady(io.id(), ready));
            }
            int before = toWake.size();
            io.takeReady(ready, toWake);
            for (int i = before; i < toWake.size(); i++) {
                sources.add(io);
            }
        }
        for (int i = 0; i < toWake.size(); i++) {
            toWake.get(i).wake(WakeSource.of(WakeSource.Kind.IO, sources.get(i).id()));
        }
    }

    /** Closes every registered socket and the selector (at runtime shutdown). */
    @Override
    public void close() {
        driver.lock();
        try {
            for (SelectionKey k : selector.keys().toArray(new SelectionKey[0])) {
                try {
                    k.channel().close();
                } catch (IOException ignored) {
                    // best effort
                }
            }
            selector.close();
        } catch (IOException ignored) {
            // best effort
        } finally {
            driver.unlock();
        }
    }

    // ---------------------------------------------------------------- ParkHooks

    @Override
    public long nextDeadline() {
        return Long.MAX_VALUE;
    }

    /** Polls the selector without blocking, if nobody else is driving it. */
    @Override
    public void fireDue(long now) {
        if (registered.get() == 0 || !driver.tryLock()) {
            return;
        }
        try {
            selector.selectNow();
            dispatch();
        } catch (IOException | java.nio.channels.ClosedSelectorException ignored) {
            // polled again at the next park
        } finally {
            unlockTemporary();
        }
    }

    @Override
    public IoPark ioPark() {
        return this;
    }
}
