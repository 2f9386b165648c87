package asyncscope.lessons.practice.drill;

/**
 * Why the run went the way it did, in one or two sentences built from its events, and the event that decides
 * it ({@code seq}, at {@code time} ns): the stage stops there after a drill is answered.
 */
public record Decision(String sentence, long seq, long time) {}
