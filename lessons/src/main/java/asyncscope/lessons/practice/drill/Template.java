package asyncscope.lessons.practice.drill;

import asyncscope.lessons.practice.Concept;

/**
 * A family of prediction drills: a program with parameters (sleep lengths, capacities, permits, task counts,
 * spawn order, flavour…) and a question about what it does. {@link #instance} fills the parameters in from a
 * seed; the {@link DrillFactory} runs the program and reads the answer from the run.
 */
public interface Template {
    /** Stable id, used in progress files and logs. */
    String id();

    /** A title for the drill list ("select!: who wins, who cleans up"). */
    String title();

    Concept concept();

    /** The program and question for {@code seed}; may throw {@link GenerationException}. */
    Instance instance(long seed);
}
