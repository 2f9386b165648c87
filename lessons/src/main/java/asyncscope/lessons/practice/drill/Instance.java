package asyncscope.lessons.practice.drill;

import asyncscope.lessons.practice.run.PracticeRun;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A template filled in from a seed: the program, the parameters it was made from, the question, and three
 * readings of a run of it — the right answer ({@code key}, read from the run and nothing else), the wrong
 * answers that named misconceptions predict for this program ({@code wrongs}, given the run and its key so
 * a model can say "the same, but…"), and the decision sentence with its event ({@code decide}).
 * {@code timed} marks a key that is a duration: on real threads it is compared to the choices by nearness,
 * since real time never lands on the exact millisecond.
 */
public record Instance(String source, Map<String, String> params, String question,
                       Function<PracticeRun, Answer> key,
                       BiFunction<PracticeRun, Answer, List<Wrong>> wrongs,
                       Function<PracticeRun, Decision> decide,
                       boolean timed) {
    public Instance {
        params = Map.copyOf(params);
    }
}
