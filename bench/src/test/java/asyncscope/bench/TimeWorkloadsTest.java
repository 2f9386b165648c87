package asyncscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer workloads run to completion (every task or timer counted down) and report a time. */
class TimeWorkloadsTest {
    @Test
    void everyWorkloadRunsOnce() throws Exception {
        List<Workload> all = TimeWorkloads.all();
        assertEquals(List.of("timers_100k", "stpe_timers_100k"), all.stream().map(Workload::name).toList());
        for (Workload w : all) {
            try {
                long ns = w.runOnce(2);
                assertTrue(ns >= 50_000_000L, w.name() + " cannot finish before its longest (50 ms) sleep: " + ns);
                assertEquals(100_000, w.units());
            } finally {
                w.close();
            }
        }
    }

    @Test
    void wheelBenchCasesCheckThemselves() throws Exception {
        // Small counts: each case verifies its own result (everything cancelled / everything fired).
        assertTrue(WheelBench.wheelInsertCancel(10_000) > 0);
        assertTrue(WheelBench.wheelInsertFire(10_000) > 0);
        assertTrue(WheelBench.driverInsertCancel(10_000) > 0);
        assertTrue(WheelBench.driverInsertFire(10_000) > 0);
        assertTrue(WheelBench.stpeInsertCancel(10_000) > 0);
        assertTrue(WheelBench.nettyInsertCancel(10_000) > 0);
    }
}
