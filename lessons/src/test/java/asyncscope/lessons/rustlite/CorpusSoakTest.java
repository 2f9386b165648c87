package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Soak: every corpus program many times on real threads and under many seeds and worker counts; the output must
 * never change. Off by default (run with {@code -Dasyncscope.soak=true}). A {@code current_thread} program keeps
 * its flavour: on more threads its tasks really run in parallel (a worker blocked by the main task no longer
 * holds the others up), and it prints what Tokio prints then, not what it prints on one thread.
 */
@EnabledIfSystemProperty(named = "asyncscope.soak", matches = "true")
class CorpusSoakTest {
    @Test
    void everyProgramGivesTheSameOutputUnderEveryScheduling() {
        String only = System.getProperty("asyncscope.soak.only", "");
        for (Path rs : CorpusSupport.files(CorpusSupport.PROGRAMS)) {
            if (!rs.getFileName().toString().contains(only)) {
                continue;
            }
            String want = CorpusSupport.read(CorpusSupport.sibling(rs, ".out"));
            boolean currentThread = CorpusSupport.read(rs).contains("flavor = \"current_thread\"");
            for (int i = 0; i < 40; i++) {
                boolean live = i % 2 == 0;
                Integer workers = live || currentThread ? null : 1 + i % 6;
                RunOptions o = RunOptions.simulated(i * 7919L).withLive(live).withWorkers(workers).withTimeout(30_000);
                CorpusSupport.Outcome out = CorpusSupport.run(rs, o);
                assertEquals(want, out.out(), rs.getFileName() + " run " + i + (live ? " live" : " simulated") + "\n" + out.err());
            }
        }
    }
}
