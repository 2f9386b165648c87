package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Droppable;
import asyncscope.lessons.rustlite.interp.Exec;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.RDuration;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code std::sync::mpsc}: {@code channel()} (unbounded) and {@code sync_channel(n)} (a sender waits while n messages
 * are queued; with 0 it waits until its message is taken), for std threads. Blocking calls really block the calling
 * thread, as std's do. The receiver sees the channel disconnected once every sender is dropped (a clone moved into a
 * thread is dropped when the thread ends), and {@code for x in rx} / {@code rx.iter()} end there. Errors are std's
 * ({@code SendError { .. }} giving the value back in {@code .0}, {@code RecvError}, {@code TryRecvError::Empty/
 * Disconnected}, {@code RecvTimeoutError::Timeout/Disconnected}) with std's texts.
 */
final class StdMpsc {
    private StdMpsc() {}

    static final String FAMILY = "std_mpsc";

    static void install() {
        Prelude.reg("std::sync::mpsc::channel, sync::mpsc::channel", (in, a, at) -> pair(in, -1));
        Prelude.reg("std::sync::mpsc::sync_channel, sync::mpsc::sync_channel, mpsc::sync_channel",
                (in, a, at) -> pair(in, (int) Methods.intArg(a, 0).v));
    }

    private static RTuple pair(Interp in, int cap) {
        Chan c = new Chan(in, cap);
        return new RTuple(new Object[] {new Sender(c), new Receiver(c)});
    }

    /** The shared queue, its capacity (-1: none), the live senders and whether the receiver is alive. */
    static final class Chan {
        final Interp in;
        final int cap;
        final ArrayDeque<Object> q = new ArrayDeque<>();
        int senders = 1;
        boolean receiver = true;
        /** Messages taken so far: a rendezvous sender waits until its own is taken. */
        long taken;
        long sent;

        Chan(Interp in, int cap) {
            this.in = in;
            this.cap = cap;
        }

        /** Waits on this channel's monitor a little; a stopped run ends the wait. */
        void pause(long maxMillis) {
            if (in.limits.cancelled) {
                throw new Exec.Cancelled();
            }
            try {
                wait(Math.max(1, Math.min(50, maxMillis)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Exec.Cancelled();
            }
        }

        synchronized REnum send(Object v) {
            if (!receiver) {
                return REnum.err(REnum.stdError(FAMILY, "SendError", "SendError", v));
            }
            while (cap > 0 && q.size() >= cap && receiver) {
                pause(50);
            }
            if (!receiver) {
                return REnum.err(REnum.stdError(FAMILY, "SendError", "SendError", v));
            }
            q.add(v);
            long mine = ++sent;
            notifyAll();
            while (cap == 0 && taken < mine && receiver) {
                pause(50);
            }
            return REnum.ok(Unit.UNIT);
        }

        /** The next message, waiting up to {@code nanos} (-1: for ever); null when there is none. */
        synchronized Object take(long nanos) {
            long deadline = nanos < 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
            while (q.isEmpty() && senders > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                pause(nanos < 0 ? 50 : Math.max(1, left / 1_000_000));
            }
            if (q.isEmpty()) {
                return null;
            }
            taken++;
            notifyAll();
            return q.poll();
        }

        synchronized boolean disconnected() {
            return q.isEmpty() && senders == 0;
        }
    }

    /** {@code Sender<T>} / {@code SyncSender<T>}. */
    static final class Sender implements Methods.HasMethods, Droppable, Fmt.Displayable {
        final Chan c;
        private boolean released;

        Sender(Chan c) {
            this.c = c;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "send" -> {
                    return c.send(Methods.arg(args, 0));
                }
                case "try_send" -> {
                    synchronized (c) {
                        Object v = Methods.arg(args, 0);
                        if (!c.receiver) {
                            return REnum.err(REnum.stdError(FAMILY, "TrySendError", "Disconnected", v));
                        }
                        if (c.cap >= 0 && c.q.size() >= Math.max(c.cap, 1)) {
                            return REnum.err(REnum.stdError(FAMILY, "TrySendError", "Full", v));
                        }
                        c.q.add(v);
                        c.sent++;
                        c.notifyAll();
                        return REnum.ok(Unit.UNIT);
                    }
                }
                case "clone" -> {
                    synchronized (c) {
                        c.senders++;
                    }
                    return new Sender(c);
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public void release() {
            synchronized (c) {
                if (!released) {
                    released = true;
                    c.senders--;
                    c.notifyAll();
                }
            }
        }

        @Override
        public String display() {
            return "Sender { .. }";
        }
    }

    /** {@code Receiver<T>}: blocking receives, and an iterator that ends when every sender is gone. */
    static final class Receiver implements Methods.HasMethods, Droppable, Fmt.Displayable, Iterable<Object> {
        final Chan c;

        Receiver(Chan c) {
            this.c = c;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "recv" -> {
                    Object v = c.take(-1);
                    return v == null ? REnum.err(REnum.stdError(FAMILY, "RecvError", "RecvError")) : REnum.ok(v);
                }
                case "try_recv" -> {
                    Object v = c.take(0);
                    if (v != null) {
                        return REnum.ok(v);
                    }
                    return REnum.err(REnum.stdError(FAMILY, "TryRecvError", c.disconnected() ? "Disconnected" : "Empty"));
                }
                case "recv_timeout" -> {
                    Object d = Methods.arg(args, 0);
                    if (!(d instanceof RDuration dur)) {
                        throw new RPanic("recv_timeout needs a Duration");
                    }
                    Object v = c.take(Math.max(0, dur.nanos()));
                    if (v != null) {
                        return REnum.ok(v);
                    }
                    return REnum.err(REnum.stdError(FAMILY, "RecvTimeoutError", c.disconnected() ? "Disconnected" : "Timeout"));
                }
                case "iter", "into_iter" -> {
                    return RIter.over(iterator());
                }
                case "try_iter" -> {
                    return new RIter() {
                        @Override
                        protected Object advance() {
                            return c.take(0);
                        }
                    };
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public Iterator<Object> iterator() {
            return new Iterator<>() {
                Object next;

                @Override
                public boolean hasNext() {
                    if (next == null) {
                        next = c.take(-1);
                    }
                    return next != null;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object v = next;
                    next = null;
                    return v;
                }
            };
        }

        @Override
        public void release() {
            synchronized (c) {
                c.receiver = false;
                c.notifyAll();
            }
        }

        @Override
        public String display() {
            return "Receiver { .. }";
        }
    }
}
