package asyncscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sync workload runs to completion (they check their own counts and permits) and reports a time. */
class SyncWorkloadsTest {
    @Test
    void everyWorkloadRunsOnce() throws Exception {
        List<Workload> all = SyncWorkloads.all();
        assertEquals(List.of("semaphore_10k", "fjp_semaphore_10k", "mpsc_1m", "jdk_mpsc_1m"),
                all.stream().map(Workload::name).toList());
        for (Workload w : all) {
            try {
                assertTrue(w.runOnce(2) > 0, w.name());
                assertTrue(w.units() > 0);
            } finally {
                w.close();
            }
        }
    }
}
