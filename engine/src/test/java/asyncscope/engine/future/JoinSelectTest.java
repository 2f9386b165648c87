package asyncscope.engine.future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** join completes when all children have; select completes with the first and drops the rest. */
class JoinSelectTest {

    static Stream<Rt.Shape> shapes() {
        return Rt.allShapes().stream();
    }

    /** A future ready after {@code yields} self-wakes, counting polls and drops. */
    static final class Countdown implements Future<String> {
        final String name;
        int yields;
        final AtomicInteger drops;

        Countdown(String name, int yields, AtomicInteger drops) {
            this.name = name;
            this.yields = yields;
            this.drops = drops;
        }

        @Override
        public Poll<String> poll(Context cx) {
            if (yields-- > 0) {
                cx.waker().wake();
                return Poll.pending();
            }
            return Poll.ready(name);
        }

        @Override
        public void drop() {
            drops.incrementAndGet();
        }

        @Override
        public String describe() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void joinWaitsForAllInOrder(Rt.Shape shape) {
        AtomicInteger drops = new AtomicInteger();
        try (Runtime rt = shape.build(1, null)) {
            List<String> out = rt.blockOn(Join.of(new Countdown("a", 5, drops), new Countdown("b", 0, drops),
                    new Countdown("c", 2, drops)));
            assertEquals(List.of("a", "b", "c"), out);
            assertEquals(0, drops.get());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void selectTakesTheFirstAndDropsTheLosers(Rt.Shape shape) {
        AtomicInteger drops = new AtomicInteger();
        Recorder rec = new Recorder();
        try (Runtime rt = shape.build(1, rec)) {
            Select.Winner<String> w = rt.blockOn(Select.of(new Countdown("slow", 10, drops),
                    new Countdown("fast", 1, drops), new Countdown("slower", 20, drops)));
            assertEquals(1, w.index());
            assertEquals("fast", w.value());
            assertEquals(2, drops.get(), "both losers dropped");
        }
        List<String> dropped = new ArrayList<>();
        rec.events().forEach(e -> {
            if (e.payload() instanceof Payload.Drop d && d.reason() == Payload.DropReason.SELECT_LOSER) {
                dropped.add(d.what());
            }
        });
        assertEquals(Set.of("slow", "slower"), new HashSet<>(dropped));
    }

    @Test
    void biasedSelectPrefersTheFirstReadyBranchInOrder() {
        try (Runtime rt = Runtime.builder().multiThread(2).simulated(4).build()) {
            for (int i = 0; i < 50; i++) {
                assertEquals(0, rt.blockOn(Select.biased(Futures.ready("x"), Futures.ready("y"))).index());
            }
        }
    }

    @Test
    void unbiasedSelectSpreadsItsChoicesAcrossReadyBranches() {
        Set<Integer> winners = new HashSet<>();
        try (Runtime rt = Runtime.builder().multiThread(2).simulated(4).build()) {
            for (int i = 0; i < 50; i++) {
                winners.add(rt.blockOn(Select.of(Futures.ready("x"), Futures.ready("y"), Futures.ready("z"))).index());
            }
        }
        assertEquals(Set.of(0, 1, 2), winners);
    }

    @Test
    void droppingAJoinDropsItsUnfinishedChildren() {
        AtomicInteger drops = new AtomicInteger();
        Join<String> j = Join.of(new Countdown("a", 0, drops), new Countdown("b", 3, drops), new Countdown("c", 3, drops));
        assertTrue(j.poll(Context.noop()).isPending());
        j.drop();
        assertEquals(2, drops.get());
    }

    @Test
    void futuresAreLazy() {
        AtomicInteger ran = new AtomicInteger();
        Future<Integer> f = Futures.lazy(ran::incrementAndGet);
        assertEquals(0, ran.get(), "creating a future runs nothing");
        try (Runtime rt = Runtime.builder().currentThread().simulated(0).build()) {
            assertEquals(1, rt.blockOn(f));
        }
    }
}
