package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Soak: every corpus program many times on real threads and under many seeds and worker counts; the output must
 * never change. Off by default (run with {@code -Dasyncscope.soak=true}).
 */
@EnabledIfSystemProperty(named = "asyncscope.soak", matches = "true")
class CorpusSoakTest {
    @Test
    void everyProgramGivesTheSameOutputUnderEveryScheduling() {
        for (Path rs : CorpusSupport.files(CorpusSupport.PROGRAMS)) {
            String want = CorpusSupport.read(CorpusSupport.sibling(rs, ".out"));
            for (int i = 0; i < 40; i++) {
                boolean live = i % 2 == 0;
                RunOptions o = RunOptions.simulated(i * 7919L).withLive(live).withWorkers(live ? null : 1 + i % 6).withTimeout(30_000);
                CorpusSupport.Outcome out = CorpusSupport.run(rs, o);
                assertEquals(want, out.out(), rs.getFileName() + " run " + i + (live ? " live" : " simulated") + "\n" + out.err());
            }
        }
    }
}
