package asyncscope.lessons.practice.drill;

/**
 * A wrong belief about async Rust that produces a wrong answer: an id (stable, used in statistics), the belief
 * as a learner would state it, and why it is wrong (shown when a learner picks the choice it produced).
 */
public record Misconception(String id, String belief, String explanation) {}
