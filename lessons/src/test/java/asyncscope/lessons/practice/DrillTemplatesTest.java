package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.drill.Answer;
import asyncscope.lessons.practice.drill.Choice;
import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.drill.Instance;
import asyncscope.lessons.practice.drill.Template;
import asyncscope.lessons.practice.drill.Templates;
import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.PracticeRunner;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template, over a sweep of seeds: the program compiles and runs, the choices are distinct with exactly
 * one right, the right one is what the run did, the same key comes out of a run under another scheduler seed
 * (every template's answer is independent of scheduling), and the decision points at an event of the run.
 * The sweep is {@value #SEEDS} seeds per template here and {@value #SOAK_SEEDS} with -Dasyncscope.soak=true.
 * {@link #keysHoldOnRealThreads} runs one drill per template on the threaded driver.
 */
class DrillTemplatesTest {
    static final int SEEDS = 10;
    static final int SOAK_SEEDS = 300;

    static Stream<Template> templates() {
        return Templates.all().stream();
    }

    static int seeds() {
        return Boolean.getBoolean("asyncscope.soak") ? SOAK_SEEDS : SEEDS;
    }

    @Test
    void atLeastTwelveTemplatesOverManyConcepts() {
        List<Template> all = Templates.all();
        assertTrue(all.size() >= 12, "templates: " + all.size());
        assertEquals(all.size(), all.stream().map(Template::id).distinct().count(), "template ids are unique");
        assertTrue(all.stream().map(Template::concept).distinct().count() >= 9, "concepts covered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everySeedMakesAnHonestDrill(Template t) {
        DrillFactory f = new DrillFactory(List.of(t));
        int made = 0;
        for (long seed = 1; seed <= seeds(); seed++) {
            Optional<Drill> maybe = f.tryMake(t, seed);
            if (maybe.isEmpty()) {
                continue;
            }
            made++;
            Drill d = maybe.get();
            String where = t.id() + " seed " + seed + " " + d.params();
            PracticeRun run = d.run();
            assertTrue(run.compiled(), where);
            assertEquals(0, run.exitCode(), where + ": " + run.stderr());

            Set<String> texts = new HashSet<>();
            for (Choice c : d.choices()) {
                assertTrue(texts.add(c.text()), where + ": two choices read the same: " + c.text());
                if (!c.right()) {
                    assertFalse(c.misconception().belief().isBlank(), where);
                    assertFalse(c.misconception().explanation().isBlank(), where);
                }
            }
            assertTrue(d.choices().size() >= 3 && d.choices().size() <= DrillFactory.MAX_CHOICES, where);
            assertEquals(1, d.choices().stream().filter(Choice::right).count(), where);

            // the right choice is what this run did, read again from the run itself
            Instance in = t.instance(seed);
            assertEquals(d.source(), in.source(), where + ": the same seed gives the same program");
            assertEquals(d.right().text(), in.key().apply(run).render(), where);
            if (d.right().answer() instanceof Answer.Lines lines) {
                assertEquals(run.lines(), lines.lines(), where);
            }

            // another schedule of the same program gives the same key
            PracticeRun other = PracticeRunner.simulate(t.id() + ".rs", d.source(), seed * 7919 + 13);
            assertEquals(d.answer(), d.choiceFor(in.key().apply(other)), where + ": key under another scheduler seed");

            // the decision points at an event of this run, at its time
            assertNotNull(d.decision());
            assertTrue(d.decision().sentence().length() > 40, where);
            assertEquals(d.decision().time(), run.event(d.decision().seq()).orElseThrow().time(), where);
        }
        assertTrue(made >= seeds() * 6 / 10, t.id() + ": only " + made + " of " + seeds() + " seeds made a drill; skipped: "
                + f.skipped());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void keysHoldOnRealThreads(Template t) {
        DrillFactory f = new DrillFactory(List.of(t));
        Drill d = f.next(t.id(), 1);
        PracticeRun live = PracticeRunner.live(t.id() + ".rs", d.source());
        assertEquals(0, live.exitCode(), live.stderr());
        int chosen = d.choiceFor(t.instance(d.seed()).key().apply(live));
        if (chosen != d.answer()) {
            // real timers fire late on a loaded machine (a 100 ms step against a 150 ms abort): one more run
            live = PracticeRunner.live(t.id() + ".rs", d.source());
            assertEquals(0, live.exitCode(), live.stderr());
            chosen = d.choiceFor(t.instance(d.seed()).key().apply(live));
        }
        assertEquals(d.answer(), chosen, t.id() + " " + d.params() + ": on real threads the run picks "
                + (chosen < 0 ? "no choice" : d.choices().get(chosen).text()) + " (live elapsed " + live.elapsedMillis() + " ms)");
    }

    @Test
    void sameSeedSameDrill() {
        DrillFactory f = DrillFactory.standard();
        for (long seed = 1; seed <= 5; seed++) {
            Drill a = f.next(seed);
            Drill b = f.next(seed);
            assertEquals(a.templateId(), b.templateId());
            assertEquals(a.source(), b.source());
            assertEquals(a.choices(), b.choices());
            assertEquals(a.answer(), b.answer());
            assertEquals(a.decision(), b.decision());
        }
    }
}
