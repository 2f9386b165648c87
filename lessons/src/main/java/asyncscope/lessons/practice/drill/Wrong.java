package asyncscope.lessons.practice.drill;

/** A wrong answer and the misconception that predicts it. */
public record Wrong(Answer answer, Misconception because) {}
