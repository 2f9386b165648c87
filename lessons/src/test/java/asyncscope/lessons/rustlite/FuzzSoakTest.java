package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The fuzzer, long: 100,000 token mutants of the whole corpus, every nesting shape up to past the limit, and
 * a fuzzer that runs for ten minutes ({@code -Dasyncscope.fuzz.minutes=N} to change it). Off by default
 * (run with {@code -Dasyncscope.soak=true}); the seed of the timed fuzzer is printed so a failure can be replayed
 * with {@code -Dasyncscope.fuzz.seed=S}.
 */
@EnabledIfSystemProperty(named = "asyncscope.soak", matches = "true")
class FuzzSoakTest {

    @Property(tries = 100_000)
    @AddLifecycleHook(SoakOnly.class)
    void aHundredThousandTokenMutants(@ForAll("mutants") String src) {
        FuzzTest.compileOnly(src);
    }

    @Provide
    Arbitrary<String> mutants() {
        return FuzzTest.mutants();
    }

    @Property(tries = 600)
    @AddLifecycleHook(SoakOnly.class)
    void everyNestingShapeUpToPastTheLimit(@ForAll("shapes") String shape, @ForAll @IntRange(min = 1, max = 15_000) int depth) {
        FuzzTest.compileOnly(NestingShapes.ALL.get(shape).apply(depth));
    }

    @org.junit.jupiter.api.Test
    void everyNestingShapeBeyondTheLimitIsADiagnostic() throws InterruptedException {
        NestingTest.beyondTheLimitIsADiagnosticAtAPosition(NestingShapes.ALL.keySet());
    }

    @Provide
    Arbitrary<String> shapes() {
        return FuzzTest.shapes();
    }

    @Test
    void theFuzzerRunsForTenMinutes() {
        long minutes = Long.getLong("asyncscope.fuzz.minutes", 10);
        long seed = Long.getLong("asyncscope.fuzz.seed", System.nanoTime());
        System.out.println("FuzzSoakTest: seed " + seed + ", " + minutes + " minutes");
        Random r = new Random(seed);
        long end = System.nanoTime() + minutes * 60_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            String src = CorpusMutants.random(r);
            try {
                FuzzTest.compileOnly(src);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("mutant " + n + " of seed " + seed + " crashed the compiler:\n" + src, e);
            }
            n++;
        }
        System.out.println("FuzzSoakTest: " + n + " mutants survived");
        assertTrue(n > 0);
    }

}
