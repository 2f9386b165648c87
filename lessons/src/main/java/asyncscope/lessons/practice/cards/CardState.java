package asyncscope.lessons.practice.cards;

/**
 * Where a card stands in the Leitner boxes: its box (1 to {@link Leitner#BOXES}), when it is due next (epoch
 * ms), how often it was reviewed and forgotten, and when it was last seen.
 */
public record CardState(int box, long dueMillis, int reviews, int lapses, long lastMillis) {}
