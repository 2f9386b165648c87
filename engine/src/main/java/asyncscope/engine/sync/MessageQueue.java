package asyncscope.engine.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of an mpsc channel: a queue that many senders push to and one receiver pops from, with
 * no lock. As in Tokio's mpsc it is a linked list of {@link Block}s of {@value #BLOCK_CAP} slots:
 * <ol>
 *   <li>a sender reserves a position with one compare-and-set on {@code pushes} (which also tells it
 *       whether the channel is closed), finds the block holding that position (creating and linking it
 *       if it is the first to get there) and writes the message into the slot;</li>
 *   <li>the receiver keeps its own position; it takes the slot at that position once it holds a
 *       message, and steps to the next block every {@value #BLOCK_CAP} messages.</li>
 * </ol>
 * A slot is written once and never reused, so "the slot is not empty" is the sign that its message is
 * there; Tokio keeps a word of ready bits per block instead, because it recycles blocks.
 *
 * <p>Why no lock: under a lock every message would move the lock's cache line between the sending
 * cores and the receiving core twice. Here the receiver writes nothing a sender reads on its path, and
 * its position is a number, not a pointer, so taking a message costs no GC write barrier either.
 *
 * <p>{@code pushes} holds the positions reserved so far, shifted left by one, with the low bit meaning
 * "closed". Once {@link #close()} has set it no push can begin, so the receiver can tell "empty for
 * now" (a sender reserved a position and is still writing it) from "empty for good" (closed, and every
 * reserved position has been received). Between reserving and writing, a sender's message is counted
 * but not visible: {@link #poll()} returns null, and the sender wakes the receiver afterwards.
 *
 * <p>Blocks are never reused (the garbage collector takes the ones the receiver has left), which keeps
 * this much simpler than Tokio's, where freed blocks are recycled.
 */
final class MessageQueue<T> {
    static final int BLOCK_CAP = 32;

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final VarHandle NEXT;
    private static final VarHandle TAIL;
    private static final VarHandle PUSHES;
    private static final VarHandle POPPED;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            NEXT = l.findVarHandle(Block.class, "next", Block.class);
            TAIL = l.findVarHandle(SenderFields.class, "tail", Block.class);
            PUSHES = l.findVarHandle(SenderFields.class, "pushes", long.class);
            POPPED = l.findVarHandle(ReceiverFields.class, "popped", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final long CLOSED = 1;
    private static final long ONE = 2;

    /** {@value #BLOCK_CAP} consecutive positions of the queue, starting at {@link #start}. */
    static final class Block {
        final long start;
        /** Written once each, by the sender that reserved the position; null until then (and once taken). */
        final Object[] slots = new Object[BLOCK_CAP];
        @SuppressWarnings("unused") // accessed through NEXT
        volatile Block next;

        Block(long start) {
            this.start = start;
        }
    }

    // Each side's fields live in an object of their own, padded by a cache line on both ends, and this
    // object holds only final references to them: the receiver writes its position for every message and
    // every sender writes the reservation count, and if the two shared a cache line, each message would
    // drag that line from core to core ("false sharing"). Tokio wraps the same fields in CachePadded.
    private final SenderSide tx = new SenderSide();
    private final ReceiverSide rx = new ReceiverSide();

    /** 64 bytes of padding (the int fills the gap after the object header, so nothing else can). */
    abstract static class PadBefore {
        int pad0;
        long pad1, pad2, pad3, pad4, pad5, pad6, pad7, pad8;
    }

    abstract static class SenderFields extends PadBefore {
        /**
         * Where senders start looking for their block: the newest block some sender has reached. A sender
         * reads it before reserving its position, so its position is in that block or a later one.
         */
        volatile Block tail;
        /** (positions reserved << 1) | CLOSED. */
        volatile long pushes;
    }

    static final class SenderSide extends SenderFields {
        long pad9, pad10, pad11, pad12, pad13, pad14, pad15, pad16;
    }

    abstract static class ReceiverFields extends PadBefore {
        /** The block holding position {@link #received} (or the one just before it, at a block boundary). */
        Block head;
        /** The next position the receiver takes. */
        long received;
        /** {@link #received}, published for {@link #len()} on other threads. */
        volatile long popped;
    }

    static final class ReceiverSide extends ReceiverFields {
        long pad9, pad10, pad11, pad12, pad13, pad14, pad15, pad16;
    }

    MessageQueue() {
        Block first = new Block(0);
        rx.head = first;
        tx.tail = first;
    }

    /** Appends {@code value} (not null) unless the queue is closed; any thread. */
    boolean offer(T value) {
        SenderSide t = tx;
        Block b = (Block) TAIL.getVolatile(t); // before reserving: see the note on the field
        long p;
        do {
            p = (long) PUSHES.getVolatile(t);
            if ((p & CLOSED) != 0) {
                return false;
            }
        } while (!PUSHES.compareAndSet(t, p, p + ONE));
        long pos = p >>> 1;
        if (pos >= b.start + BLOCK_CAP) {
            b = blockFor(b, pos);
        }
        // A volatile store: it publishes the message, and it is ordered before the sender's look at the
        // receiver's waker (the receiver parks its waker before looking here again, so one of the two
        // sees the other's write).
        SLOT.setVolatile(b.slots, (int) (pos - b.start), value);
        return true;
    }

    /** The block holding {@code pos}, walking (and growing) the list forward from {@code b}. */
    private Block blockFor(Block b, long pos) {
        while (pos >= b.start + BLOCK_CAP) {
            Block next = (Block) NEXT.getVolatile(b);
            if (next == null) {
                Block fresh = new Block(b.start + BLOCK_CAP);
                next = NEXT.compareAndSet(b, null, fresh) ? fresh : (Block) NEXT.getVolatile(b);
            }
            b = next;
        }
        Block hint = (Block) TAIL.getVolatile(tx);
        if (hint.start < b.start) {
            TAIL.compareAndSet(tx, hint, b); // move the hint forward (never back); losing the race is fine
        }
        return b;
    }

    /** Takes the message at the receiver's position, or returns null if it is not written yet. Receiver only. */
    @SuppressWarnings("unchecked")
    T poll() {
        ReceiverSide r = rx;
        long pos = r.received;
        Block b = r.head;
        if (pos == b.start + BLOCK_CAP) {
            Block next = (Block) NEXT.getVolatile(b);
            if (next == null) {
                return null;
            }
            r.head = b = next;
        }
        int i = (int) (pos - b.start);
        T v = (T) SLOT.getAcquire(b.slots, i);
        if (v == null) {
            return null;
        }
        b.slots[i] = null; // do not keep the message alive
        r.received = pos + 1;
        POPPED.setRelease(r, pos + 1);
        return v;
    }

    /** Messages reserved and not yet taken. Exact for the receiver; a snapshot for others. */
    long len() {
        long taken = (long) POPPED.getAcquire(rx);
        return ((long) PUSHES.getVolatile(tx) >>> 1) - taken;
    }

    /** Refuses pushes from now on; returns false if it was closed already. Queued messages stay. */
    boolean close() {
        long p;
        do {
            p = (long) PUSHES.getVolatile(tx);
            if ((p & CLOSED) != 0) {
                return false;
            }
        } while (!PUSHES.compareAndSet(tx, p, p | CLOSED));
        return true;
    }

    boolean isClosed() {
        return ((long) PUSHES.getVolatile(tx) & CLOSED) != 0;
    }

    /** Takes and discards every written message; returns how many. Receiver only. */
    int clear() {
        int n = 0;
        while (poll() != null) {
            n++;
        }
        return n;
    }

    /** The written messages not yet taken, oldest first. Exact on the receiver's thread; a best effort elsewhere. */
    @SuppressWarnings("unchecked")
    List<T> snapshot() {
        List<T> out = new ArrayList<>();
        long end = (long) PUSHES.getVolatile(tx) >>> 1;
        Block b = rx.head;
        for (long pos = rx.received; pos < end && b != null; pos++) {
            if (pos >= b.start + BLOCK_CAP) {
                b = (Block) NEXT.getVolatile(b);
                if (b == null) {
                    break;
                }
            }
            Object v = SLOT.getAcquire(b.slots, (int) (pos - b.start));
            if (v != null) {
                out.add((T) v);
            }
        }
        return out;
    }
}
