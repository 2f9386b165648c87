package asyncscope.engine.time;

import java.util.ArrayList;
import java.util.List;

/**
 * A hierarchical timing wheel, shaped like Tokio's: 6 levels of 64 slots, 1 ms per tick. Level 0 slots
 * are 1 ms wide (the wheel covers 64 ms), level 1 slots 64 ms (4.096 s), level 2 slots 4.096 s (~4.4 min),
 * level 3 ~4.7 h, level 4 ~12.4 days and level 5 ~2.2 years. A timer goes into the level where its
 * deadline first differs from "now" (the highest differing 6-bit digit of the two tick counts), in the slot
 * named by that digit of its deadline.
 *
 * <p>Why it is fast:
 * <ul>
 *   <li>Insert and cancel are O(1): a slot is an intrusive doubly-linked list of {@link TimerEntry}s.</li>
 *   <li>Each level keeps a 64-bit occupancy bitmap, so the next non-empty slot is one rotate and one
 *       count-trailing-zeros away; no slot is ever scanned to find the next deadline.</li>
 *   <li>Lower levels always expire first, so the next expiration is in the lowest non-empty level.</li>
 * </ul>
 * As time passes, processing a slot of level L moves ("cascades") its entries down to lower levels,
 * now that they are nearer; entries of a level-0 slot are due and fire. A deadline beyond the top
 * level's reach (2^36 ms) is parked in the top level at the farthest slot it can reach, and simply
 * re-inserted when that slot comes round.
 *
 * <p>Not thread-safe: the owner ({@link TimeDriver}) holds a lock around every call.
 */
public final class TimingWheel {
    public static final int LEVELS = 6;
    public static final int SLOTS = 64;
    static final int BITS = 6;
    /** How far ahead (in ticks) the wheel can place an entry exactly: 64^6 ms. */
    public static final long MAX_SPAN = 1L << (BITS * LEVELS);

    /** Told about entries moving down and firing, so the owner can record events and wake tasks. */
    public interface Listener {
        void cascaded(TimerEntry e, int fromLevel);

        void fired(TimerEntry e);
    }

    private final TimerEntry[][] heads = new TimerEntry[LEVELS][SLOTS];
    private final TimerEntry[][] tails = new TimerEntry[LEVELS][SLOTS];
    private final int[][] counts = new int[LEVELS][SLOTS];
    private final long[] occupied = new long[LEVELS];
    private long elapsed;
    private int size;

    public TimingWheel() {
        this(0);
    }

    /** A wheel whose "now" starts at {@code startTick}. */
    public TimingWheel(long startTick) {
        this.elapsed = startTick;
    }

    /** The tick the wheel has advanced to. */
    public long elapsed() {
        return elapsed;
    }

    /** Armed entries. */
    public int size() {
        return size;
    }

    /**
     * Arms {@code e} for its {@link TimerEntry#deadline()}. Returns false, without arming it, if the
     * deadline is not after the wheel's current tick: the entry is due already and the caller fires it.
     */
    public boolean insert(TimerEntry e) {
        if (e.isLinked()) {
            throw new IllegalStateException(e + " is already in the wheel");
        }
        if (e.deadline <= elapsed) {
            return false;
        }
        place(e);
        return true;
    }

    private void place(TimerEntry e) {
        // Beyond the top level's reach: place as if due at the farthest tick we can represent.
        long when = e.deadline - elapsed >= MAX_SPAN ? elapsed + MAX_SPAN - 1 : e.deadline;
        int level = levelFor(elapsed, when);
        int slot = (int) ((when >>> (BITS * level)) & (SLOTS - 1));
        e.level = level;
        e.slot = slot;
        e.state = TimerEntry.State.ARMED;
        TimerEntry tail = tails[level][slot];
        e.prev = tail;
        e.next = null;
        if (tail == null) {
            heads[level][slot] = e;
            occupied[level] |= 1L << slot;
        } else {
            tail.next = e;
        }
        tails[level][slot] = e;
        counts[level][slot]++;
        size++;
    }

    /** The level an entry due at {@code when} belongs to, seen from {@code now}: its highest differing digit. */
    static int levelFor(long now, long when) {
        long masked = (now ^ when) | (SLOTS - 1);
        int significant = 63 - Long.numberOfLeadingZeros(masked);
        return Math.min(significant / BITS, LEVELS - 1);
    }

    /** Removes an armed entry. Returns false if it was not armed (already fired or cancelled). */
    public boolean cancel(TimerEntry e) {
        if (!e.isLinked()) {
            return false;
        }
        unlink(e);
        e.state = TimerEntry.State.CANCELLED;
        return true;
    }

    private void unlink(TimerEntry e) {
        int level = e.level;
        int slot = e.slot;
        if (e.prev == null) {
            heads[level][slot] = e.next;
        } else {
            e.prev.next = e.next;
        }
        if (e.next == null) {
            tails[level][slot] = e.prev;
        } else {
            e.next.prev = e.prev;
        }
        e.prev = null;
        e.next = null;
        if (heads[level][slot] == null) {
            occupied[level] &= ~(1L << slot);
        }
        counts[level][slot]--;
        size--;
    }

    /**
     * The tick at which the wheel next has work: the start of the earliest occupied slot. For level 0
     * that is the exact deadline; for higher levels it is when the slot's entries must cascade (at or
     * before their deadlines). {@link Long#MAX_VALUE} if the wheel is empty.
     */
    public long nextExpiration() {
        for (int level = 0; level < LEVELS; level++) {
            long occ = occupied[level];
            if (occ == 0) {
                continue;
            }
            int shift = BITS * level;
            long slotRange = 1L << shift;
            long levelRange = slotRange << BITS;
            int pos = (int) ((elapsed >>> shift) & (SLOTS - 1));
            // Search from the slot after the cursor round to the cursor itself: on the top level, slots at
            // or behind the cursor hold the next turn's entries, so they come last.
            int from = (pos + 1) & (SLOTS - 1);
            int slot = (Long.numberOfTrailingZeros(Long.rotateRight(occ, from)) + from) & (SLOTS - 1);
            long levelStart = elapsed & -levelRange;
            long deadline = levelStart + slot * slotRange;
            if (level == LEVELS - 1 && slot <= pos) {
                // Only the top level wraps: a slot at or behind its cursor holds entries for the next turn
                // of the wheel (far deadlines parked there), never entries due now.
                deadline += levelRange;
            } else if (deadline <= elapsed) {
                throw new IllegalStateException("timing wheel invariant broken at level " + level + " slot " + slot);
            }
            return deadline;
        }
        return Long.MAX_VALUE;
    }

    /**
     * Moves the wheel to tick {@code now}: every entry due by then fires (in slot order), entries of
     * slots passed on the way cascade to lower levels. Returns how many fired.
     */
    public int advance(long now, Listener listener) {
        int firedCount = 0;
        for (;;) {
            long next = nextExpiration();
            if (next > now) {
                break;
            }
            int level = levelOf(next);
            int slot = (int) ((next >>> (BITS * level)) & (SLOTS - 1));
            elapsed = next;
            TimerEntry e = heads[level][slot];
            // Detach the whole slot first: entries re-inserted below may land in the same slot index.
            heads[level][slot] = null;
            tails[level][slot] = null;
            occupied[level] &= ~(1L << slot);
            size -= counts[level][slot];
            counts[level][slot] = 0;
            while (e != null) {
                TimerEntry following = e.next;
                e.prev = null;
                e.next = null;
                if (e.deadline <= now) {
                    e.level = -1;
                    e.slot = -1;
                    e.markFired();
                    firedCount++;
                    listener.fired(e);
                } else {
                    place(e);
                    listener.cascaded(e, level);
                }
                e = following;
            }
        }
        if (now > elapsed) {
            elapsed = now;
        }
        return firedCount;
    }

    /** Which level's slot starts at {@code next} (the lowest non-empty level, as nextExpiration chose). */
    private int levelOf(long next) {
        for (int level = 0; level < LEVELS; level++) {
            if (occupied[level] != 0) {
                return level;
            }
        }
        throw new IllegalStateException("no occupied level");
    }

    // ---------------------------------------------------------------- read-only views

    /** One armed timer as the timing-wheel view shows it. */
    public record EntryView(long timer, long task, String label, long deadlineMs) {}

    /** A non-empty slot: its place, how many entries it holds, and the first few of them. */
    public record SlotView(int level, int slot, int count, List<EntryView> entries) {}

    /**
     * The wheel's state: its current tick, which slot each level is at, the occupancy bitmaps, and
     * every non-empty slot (with at most {@code maxEntriesPerSlot} entries listed).
     */
    public record Snapshot(long elapsedMs, int size, int[] cursor, long[] occupied, List<SlotView> slots) {}

    public Snapshot snapshot(int maxEntriesPerSlot) {
        int[] cursor = new int[LEVELS];
        List<SlotView> slots = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            cursor[level] = (int) ((elapsed >>> (BITS * level)) & (SLOTS - 1));
            long occ = occupied[level];
            while (occ != 0) {
                int slot = Long.numberOfTrailingZeros(occ);
                occ &= occ - 1;
                List<EntryView> entries = new ArrayList<>();
                for (TimerEntry e = heads[level][slot]; e != null && entries.size() < maxEntriesPerSlot; e = e.next) {
                    entries.add(new EntryView(e.id(), e.task(), e.label(), e.deadline));
                }
                slots.add(new SlotView(level, slot, counts[level][slot], List.copyOf(entries)));
            }
        }
        return new Snapshot(elapsed, size, cursor, occupied.clone(), List.copyOf(slots));
    }
}
