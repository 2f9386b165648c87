package asyncscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.TraceFile;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.Select;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulator's promise: same program + same seed ⇒ byte-identical trace; other seeds ⇒ other traces. */
class DeterminismTest {

    /** A program with spawns, yields, joins, selects, blocking work and a panic: lots of choices to make. */
    static byte[] run(long seed, int workers) {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().multiThread(workers).simulated(seed).recorder(rec).build()) {
            rt.blockOn(Rt.inside(() -> {
                List<JoinHandle<Integer>> hs = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    int k = i;
                    hs.add(Handle.current().spawn(Rt.inside(() -> {
                        List<asyncscope.engine.future.Future<Integer>> parts = new ArrayList<>();
                        for (int j = 0; j < 3; j++) {
                            int jj = j;
                            parts.add(Futures.then(new YieldNow(), v -> Futures.ready(k + jj)));
                        }
                        if (k % 7 == 0) {
                            return Futures.map(Select.of(new YieldNow(), Futures.ready(null)), w -> w.index());
                        }
                        if (k % 11 == 0) {
                            return Futures.map(Handle.current().spawnBlocking(() -> k), v -> v);
                        }
                        return Futures.map(new Join<>(parts), l -> l.stream().mapToInt(Integer::intValue).sum());
                    })));
                }
                hs.add(Handle.current().spawn(Futures.lazy(() -> {
                    throw new IllegalStateException("expected panic");
                })));
                return Futures.sequence(hs.subList(0, 60));
            }));
            return TraceFile.toBytes(rec.toTrace(rt.config().asMap(), "determinism program"));
        }
    }

    @Test
    void sameSeedGivesByteIdenticalTraces() {
        for (int workers : new int[] {1, 2, 4}) {
            for (long seed : new long[] {0, 1, 12345}) {
                assertArrayEquals(run(seed, workers), run(seed, workers), "seed " + seed + " workers " + workers);
            }
        }
    }

    @Test
    void differentSeedsGenerallyDiffer() {
        Set<String> distinct = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            distinct.add(java.util.Arrays.toString(run(seed, 4)));
        }
        assertTrue(distinct.size() >= 8, "only " + distinct.size() + " distinct traces out of 10 seeds");
    }
}
