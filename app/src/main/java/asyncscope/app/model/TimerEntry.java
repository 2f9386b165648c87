package asyncscope.app.model;

/** An armed timer as the stage shows it: which task armed it, when it fires, and where it sits in the wheel. */
public record TimerEntry(long timer, long task, long deadline, int level, int slot) {
}
