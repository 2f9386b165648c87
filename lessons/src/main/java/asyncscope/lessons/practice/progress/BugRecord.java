package asyncscope.lessons.practice.progress;

/** A learner's best result on a find-the-bug challenge: solved or not, with how much help. */
public record BugRecord(boolean solved, int hintsUsed, boolean answerShown) {}
