package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.drill.Answer;
import asyncscope.lessons.practice.drill.Decision;
import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.drill.GenerationException;
import asyncscope.lessons.practice.drill.Instance;
import asyncscope.lessons.practice.drill.Misconceptions;
import asyncscope.lessons.practice.drill.Template;
import asyncscope.lessons.practice.drill.Wrong;
import asyncscope.lessons.practice.drill.templates.JoinTiming;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A template that fails is skipped and logged, never shown; choices that coincide with the key are dropped. */
class DrillFactoryTest {
    /** A template whose program has a syntax error for every seed. */
    static final class Broken implements Template {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String title() {
            return "broken";
        }

        @Override
        public Concept concept() {
            return Concept.JOIN;
        }

        @Override
        public Instance instance(long seed) {
            return new Instance("fn main() { let = ; }", Map.of(), "?", r -> new Answer.Count(0),
                    (r, k) -> List.of(), r -> new Decision("", 0, 0), false);
        }
    }

    /** A template whose only misconception predicts the right answer. */
    static final class NoDistractors implements Template {
        @Override
        public String id() {
            return "no-distractors";
        }

        @Override
        public String title() {
            return "no distractors";
        }

        @Override
        public Concept concept() {
            return Concept.JOIN;
        }

        @Override
        public Instance instance(long seed) {
            return new Instance("fn main() { println!(\"hi\"); }", Map.of(), "What does it print?",
                    r -> new Answer.Lines(r.lines()),
                    (r, k) -> List.of(new Wrong(new Answer.Lines(List.of("hi")), Misconceptions.SUM_NOT_MAX),
                            new Wrong(new Answer.Lines(List.of("bye")), Misconceptions.MAX_NOT_SUM)),
                    r -> new Decision("", 0, 0), false);
        }
    }

    @Test
    void aTemplateThatFailsToGenerateIsSkippedAndLogged() {
        DrillFactory f = new DrillFactory(List.of(new Broken(), new JoinTiming()));
        assertTrue(f.tryMake(new Broken(), 1).isEmpty());
        assertTrue(f.skipped().get(0).contains("broken seed 1: the program does not compile"), f.skipped().toString());
        for (long seed = 0; seed < 6; seed++) {
            Drill d = f.next(seed);
            assertEquals("join-timing", d.templateId(), "the broken template is never shown");
        }
        assertTrue(f.skipped().size() >= 2, "each skip is logged");
    }

    @Test
    void misconceptionsThatPredictTheKeyAreDroppedAndTooFewMeansNoDrill() {
        DrillFactory f = new DrillFactory(List.of(new NoDistractors()));
        GenerationException e = assertThrows(GenerationException.class, () -> f.make(new NoDistractors(), 1));
        assertTrue(e.getMessage().contains("only 1 distinct wrong answer"), e.getMessage());
        assertThrows(GenerationException.class, () -> f.next(1));
    }
}
