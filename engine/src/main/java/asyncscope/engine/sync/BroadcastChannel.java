package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared state of a broadcast channel: a ring of {@code capacity} slots, each holding the value
 * written at some sequence number and how many receivers still have to read it; the next sequence number
 * to write ({@code tail}); the live receivers with their read positions; the parked receivers' wakers.
 * One lock (the monitor) guards all of it; wakers are called after it is released.
 */
final class BroadcastChannel<T> {
    static final String KIND = "broadcast";

    /** A receiver's state, guarded by the channel lock. */
    static final class Cursor {
        final long rid;
        long next;
        Waker waker;
        long task = -1;
        boolean dropped;

        Cursor(long rid, long next) {
            this.rid = rid;
            this.next = next;
        }
    }

    final long id;
    final WakeSource wakeSource;
    final int capacity;
    private final int mask;
    private final Object[] values;
    private final int[] remaining;
    private long tail;
    private int senders = 1;
    private final List<Cursor> receivers = new ArrayList<>();
    private long nextReceiverId;

    BroadcastChannel(int requested) {
        int cap = Integer.highestOneBit(requested);
        if (cap < requested) {
            cap <<= 1;
        }
        this.capacity = cap;
        this.mask = cap - 1;
        this.values = new Object[cap];
        this.remaining = new int[cap];
        this.id = Instrument.newId();
        this.wakeSource = WakeSource.of(WakeSource.Kind.CHANNEL, id);
        Instrument.emit(KIND, id, "create", cap, "requested " + requested);
    }

    synchronized BroadcastReceiver<T> newReceiver() {
        Cursor c = new Cursor(nextReceiverId++, tail);
        receivers.add(c);
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "subscribe", receivers.size(), "receiver " + c.rid + " starts at " + tail);
        }
        return new BroadcastReceiver<>(this, c);
    }

    private long oldest() {
        return Math.max(0, tail - capacity);
    }

    Result<Integer, Broadcast.SendError<T>> send(T v) {
        WakeList wakes = new WakeList();
        int n;
        synchronized (this) {
            n = receivers.size();
            if (n == 0) {
                Instrument.emit(KIND, id, "send_failed", 0, "no receivers");
                return Result.err(new Broadcast.SendError<>(v));
            }
            int idx = (int) (tail & mask);
            boolean overwrote = tail >= capacity && remaining[idx] > 0;
            values[idx] = v;
            remaining[idx] = n;
            tail++;
            for (Cursor c : receivers) {
                if (c.waker != null) {
                    wakes.add(c.waker);
                    c.waker = null;
                    c.task = -1;
                }
            }
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "send", tail - oldest(), v + (overwrote ? " (overwrote the oldest unread value)" : ""));
            }
        }
        wakes.wakeAll(wakeSource);
        return Result.ok(n);
    }

    synchronized void cloneSender() {
        senders++;
    }

    void dropSender() {
        WakeList wakes = new WakeList();
        synchronized (this) {
            senders--;
            if (senders > 0) {
                return;
            }
            Instrument.emit(KIND, id, "closed", tail - oldest(), "all senders dropped");
            for (Cursor c : receivers) {
                wakes.add(c.waker);
                c.waker = null;
                c.task = -1;
            }
        }
        wakes.wakeAll(wakeSource);
    }

    synchronized int receiverCount() {
        return receivers.size();
    }

    synchronized int senderCount() {
        return senders;
    }

    /** The outcome of one read attempt: a value, or one of the errors. */
    private Object read(Cursor c) {
        if (c.next < oldest()) {
            long skipped = oldest() - c.next;
            c.next = oldest();
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "lagged", skipped, "receiver " + c.rid + " skipped " + skipped);
            }
            return new Broadcast.RecvError.Lagged(skipped);
        }
        if (c.next < tail) {
            int idx = (int) (c.next & mask);
            @SuppressWarnings("unchecked")
            T v = (T) values[idx];
            if (--remaining[idx] == 0) {
                values[idx] = null;
            }
            c.next++;
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "recv", tail - c.next, "receiver " + c.rid + " got " + v);
            }
            return new Result.Ok<T, Object>(v);
        }
        if (senders == 0) {
            return new Broadcast.RecvError.Closed();
        }
        return null;
    }

    /** One poll of recv: null for pending. */
    @SuppressWarnings("unchecked")
    Result<T, Broadcast.RecvError> pollRecv(Cursor c, Waker w) {
        synchronized (this) {
            Object r = read(c);
            if (r == null) {
                boolean was = c.waker != null;
                c.waker = w;
                c.task = Instrument.currentTask();
                if (!was) {
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "receiver_parked", 0, "receiver " + c.rid + " (task " + c.task + ")");
                    }
                }
                return null;
            }
            c.waker = null;
            c.task = -1;
            if (r instanceof Broadcast.RecvError e) {
                return Result.err(e);
            }
            return Result.ok(((Result.Ok<T, Object>) r).value());
        }
    }

    synchronized void dropRecv(Cursor c) {
        c.waker = null;
        c.task = -1;
    }

    @SuppressWarnings("unchecked")
    synchronized Result<T, Broadcast.TryRecvError> tryRecv(Cursor c) {
        Object r = read(c);
        if (r == null) {
            return Result.err(new Broadcast.TryRecvError.Empty());
        }
        if (r instanceof Broadcast.RecvError.Lagged l) {
            return Result.err(new Broadcast.TryRecvError.Lagged(l.skipped()));
        }
        if (r instanceof Broadcast.RecvError.Closed) {
            return Result.err(new Broadcast.TryRecvError.Closed());
        }
        return Result.ok(((Result.Ok<T, Object>) r).value());
    }

    synchronized BroadcastReceiver<T> resubscribe() {
        return newReceiver();
    }

    /** A receiver leaves: it no longer holds back the values it had not read. */
    synchronized void dropReceiver(Cursor c) {
        if (c.dropped) {
            return;
        }
        c.dropped = true;
        receivers.remove(c);
        for (long p = Math.max(c.next, oldest()); p < tail; p++) {
            int idx = (int) (p & mask);
            if (--remaining[idx] == 0) {
                values[idx] = null;
            }
        }
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "receiver_drop", receivers.size(), "receiver " + c.rid);
        }
    }

    synchronized long behind(Cursor c) {
        return tail - Math.max(c.next, oldest());
    }

    synchronized Broadcast.Snapshot snapshot() {
        List<String> buf = new ArrayList<>();
        for (long p = oldest(); p < tail; p++) {
            Object v = values[(int) (p & mask)];
            if (v != null) {
                buf.add(String.valueOf(v));
            }
        }
        List<Broadcast.ReceiverView> rs = new ArrayList<>(receivers.size());
        for (Cursor c : receivers) {
            rs.add(new Broadcast.ReceiverView(c.rid, c.next, tail - c.next, c.waker != null));
        }
        return new Broadcast.Snapshot(id, capacity, List.copyOf(buf), tail, List.copyOf(rs), senders, senders == 0);
    }
}
