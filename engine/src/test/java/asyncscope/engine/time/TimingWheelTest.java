package asyncscope.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The timing wheel against a reference model (a priority queue of deadlines). */
class TimingWheelTest {

    /** Collects what the wheel fired. */
    static final class Collect implements TimingWheel.Listener {
        final List<TimerEntry> fired = new ArrayList<>();
        int cascades;

        @Override
        public void cascaded(TimerEntry e, int fromLevel) {
            // Down a level, or (a deadline beyond the wheel's reach) parked at the top again.
            assertTrue(e.level() < fromLevel || fromLevel == TimingWheel.LEVELS - 1,
                    "cascade must move down: " + e + " from " + fromLevel);
            cascades++;
        }

        @Override
        public void fired(TimerEntry e) {
            fired.add(e);
        }
    }

    private static final long[] BOUNDARIES = {
        1, 2, 62, 63, 64, 65, 127, 128, 4095, 4096, 4097, 262_143, 262_144, 262_145,
        16_777_215, 16_777_216, 16_777_217, (1L << 30) - 1, 1L << 30, (1L << 30) + 1,
        (1L << 36) - 2, (1L << 36) - 1, 1L << 36, (1L << 36) + 1, 1L << 40, 1L << 45
    };

    /** One step of a random scenario: 0 insert(delay), 1 cancel(index), 2 advance(by), 3 advance to next expiration. */
    record Op(int kind, long arg) {}

    @Provide
    Arbitrary<List<Op>> scenarios() {
        Arbitrary<Long> delays = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 200),
                Arbitraries.of(BOUNDARIES.length).map(i -> 0L).flatMap(x -> Arbitraries.of(toList(BOUNDARIES))),
                Arbitraries.longs().between(0, 5_000_000),
                Arbitraries.longs().between(0, 1L << 42));
        Arbitrary<Op> insert = delays.map(d -> new Op(0, d));
        Arbitrary<Op> cancel = Arbitraries.longs().between(0, 1_000).map(i -> new Op(1, i));
        Arbitrary<Op> advance = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100),
                Arbitraries.of(toList(BOUNDARIES)),
                Arbitraries.longs().between(0, 10_000_000)).map(d -> new Op(2, d));
        Arbitrary<Op> toNext = Arbitraries.just(new Op(3, 0));
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, insert), net.jqwik.api.Tuple.of(2, cancel),
                net.jqwik.api.Tuple.of(2, advance), net.jqwik.api.Tuple.of(2, toNext));
        return op.list().ofMinSize(1).ofMaxSize(120);
    }

    private static List<Long> toList(long[] a) {
        List<Long> l = new ArrayList<>();
        for (long x : a) {
            l.add(x);
        }
        return l;
    }

    @Property(tries = 3000)
    void behavesLikeAPriorityQueue(@ForAll("scenarios") List<Op> ops, @ForAll("starts") long start) {
        runScenario(ops, start);
    }

    @Provide
    Arbitrary<Long> starts() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 1L << 40),
                Arbitraries.of(63L, 64L, 4095L, 4096L, (1L << 36) - 1, (1L << 36) - 5));
    }

    static void runScenario(List<Op> ops, long start) {
        TimingWheel wheel = new TimingWheel(start);
        PriorityQueue<TimerEntry> model = new PriorityQueue<>((a, b) -> Long.compare(a.deadline(), b.deadline()));
        List<TimerEntry> live = new ArrayList<>();
        long now = start;
        long ids = 0;
        for (Op op : ops) {
            switch (op.kind()) {
                case 0 -> {
                    TimerEntry e = new TimerEntry(ids++, -1, "t");
                    e.setDeadline(now + op.arg());
                    if (wheel.insert(e)) {
                        model.add(e);
                        live.add(e);
                        assertTrue(e.level() >= 0 && e.level() < 6 && e.slot() >= 0 && e.slot() < 64);
                    } else {
                        assertTrue(op.arg() == 0, "insert refused a future deadline " + e);
                    }
                }
                case 1 -> {
                    if (!live.isEmpty()) {
                        TimerEntry e = live.remove((int) (op.arg() % live.size()));
                        assertTrue(wheel.cancel(e), "cancel of a live entry");
                        assertFalse(wheel.cancel(e), "double cancel");
                        model.remove(e);
                    }
                }
                default -> {
                    long target;
                    if (op.kind() == 2) {
                        target = now + op.arg();
                    } else {
                        long next = wheel.nextExpiration();
                        target = next == Long.MAX_VALUE ? now : next;
                    }
                    checkNextExpiration(wheel, model, now);
                    Collect c = new Collect();
                    wheel.advance(target, c);
                    Set<Long> expected = new HashSet<>();
                    while (!model.isEmpty() && model.peek().deadline() <= target) {
                        expected.add(model.poll().id());
                    }
                    Set<Long> got = new HashSet<>();
                    for (TimerEntry e : c.fired) {
                        assertTrue(e.deadline() <= target, "fired early: " + e + " at " + target);
                        assertTrue(e.hasFired());
                        got.add(e.id());
                        live.remove(e);
                    }
                    assertEquals(expected, got, "fired set at " + target);
                    now = target;
                    assertEquals(now, wheel.elapsed());
                }
            }
            assertEquals(model.size(), wheel.size());
        }
        checkNextExpiration(wheel, model, now);
    }

    /** The next expiration is after now and no later than the earliest deadline; exact at level 0. */
    static void checkNextExpiration(TimingWheel wheel, PriorityQueue<TimerEntry> model, long now) {
        long next = wheel.nextExpiration();
        if (model.isEmpty()) {
            assertEquals(Long.MAX_VALUE, next);
            return;
        }
        long earliest = model.peek().deadline();
        assertTrue(next > now, "next expiration " + next + " not after now " + now);
        assertTrue(next <= earliest, "next expiration " + next + " after the earliest deadline " + earliest);
        if (earliest - now < 64 && earliest / 64 == now / 64) {
            assertEquals(earliest, next, "a level-0 deadline is exact");
        }
    }

    @Test
    void levelBoundaries() {
        long[][] cases = { // delay from 0, expected level
            {1, 0}, {63, 0}, {64, 1}, {4095, 1}, {4096, 2}, {262_143, 2}, {262_144, 3},
            {16_777_215, 3}, {16_777_216, 4}, {(1L << 30) - 1, 4}, {1L << 30, 5}, {(1L << 36) - 1, 5}, {1L << 40, 5}};
        for (long[] c : cases) {
            TimingWheel w = new TimingWheel();
            TimerEntry e = new TimerEntry(1, -1, "t");
            e.setDeadline(c[0]);
            assertTrue(w.insert(e));
            assertEquals(c[1], e.level(), "level of " + c[0] + " ms");
            Collect col = new Collect();
            w.advance(c[0] - 1, col);
            assertTrue(col.fired.isEmpty(), c[0] + " ms fired a tick early");
            w.advance(c[0], col);
            assertEquals(List.of(e), col.fired, c[0] + " ms fires exactly at its deadline");
            assertEquals(0, w.size());
        }
    }

    @Test
    void crossingABlockBoundaryFromAnOddStart() {
        // now = 63: a 1 ms timer (tick 64) differs from now in digit 1, so it sits on level 1, and must
        // still fire at exactly 64.
        TimingWheel w = new TimingWheel(63);
        TimerEntry e = new TimerEntry(1, -1, "t");
        e.setDeadline(64);
        assertTrue(w.insert(e));
        assertEquals(1, e.level());
        assertEquals(64, w.nextExpiration());
        Collect col = new Collect();
        w.advance(64, col);
        assertEquals(1, col.fired.size());
    }

    @Test
    void farDeadlinesParkAtTheTopAndFireOnTime() {
        TimingWheel w = new TimingWheel(12_345);
        TimerEntry e = new TimerEntry(1, -1, "far");
        long deadline = 12_345 + (1L << 38) + 17;
        e.setDeadline(deadline);
        assertTrue(w.insert(e));
        assertEquals(5, e.level());
        Collect col = new Collect();
        long steps = 0;
        long now = 12_345;
        while (col.fired.isEmpty()) {
            long next = w.nextExpiration();
            assertTrue(next > now && next <= deadline);
            w.advance(next, col);
            now = next;
            assertTrue(++steps < 100, "too many steps to reach a far deadline");
        }
        assertEquals(deadline, now);
        assertTrue(col.cascades > 0);
    }

    @Test
    void aMillionLiveTimers() {
        Random rnd = new Random(7);
        TimingWheel w = new TimingWheel();
        int n = 1_000_000;
        TimerEntry[] all = new TimerEntry[n];
        for (int i = 0; i < n; i++) {
            TimerEntry e = new TimerEntry(i, -1, "t");
            e.setDeadline(1 + rnd.nextInt(20_000_000));
            all[i] = e;
            assertTrue(w.insert(e));
        }
        assertEquals(n, w.size());
        int cancelled = 0;
        for (int i = 0; i < n; i += 3) {
            assertTrue(w.cancel(all[i]));
            cancelled++;
        }
        assertEquals(n - cancelled, w.size());
        long[] lastDeadline = {0};
        int[] firedCount = {0};
        TimingWheel.Listener check = new TimingWheel.Listener() {
            @Override
            public void cascaded(TimerEntry e, int fromLevel) {}

            @Override
            public void fired(TimerEntry e) {
                firedCount[0]++;
            }
        };
        // Advance in uneven steps; after each, nothing due remains and nothing early fired.
        long now = 0;
        while (w.size() > 0) {
            now += 1 + rnd.nextInt(400_000);
            w.advance(now, check);
            long next = w.nextExpiration();
            assertTrue(next > now);
            lastDeadline[0] = now;
        }
        assertEquals(n - cancelled, firedCount[0]);
        for (int i = 0; i < n; i++) {
            assertEquals(i % 3 == 0 ? TimerEntry.State.CANCELLED : TimerEntry.State.FIRED, all[i].state());
        }
    }

    @Test
    void snapshotShowsSlotsAndEntries() {
        TimingWheel w = new TimingWheel();
        for (int i = 0; i < 5; i++) {
            TimerEntry e = new TimerEntry(i, 100 + i, "sleep");
            e.setDeadline(10);
            w.insert(e);
        }
        TimerEntry far = new TimerEntry(9, 7, "timeout");
        far.setDeadline(5000);
        w.insert(far);
        TimingWheel.Snapshot s = w.snapshot(3);
        assertEquals(6, s.size());
        assertEquals(2, s.slots().size());
        TimingWheel.SlotView first = s.slots().get(0);
        assertEquals(0, first.level());
        assertEquals(10, first.slot());
        assertEquals(5, first.count());
        assertEquals(3, first.entries().size());
        assertEquals(List.of(0L, 1L, 2L), first.entries().stream().map(TimingWheel.EntryView::timer).toList());
        TimingWheel.SlotView second = s.slots().get(1);
        assertEquals(2, second.level());
        assertEquals(1L << 10, s.occupied()[0]);
    }
}
