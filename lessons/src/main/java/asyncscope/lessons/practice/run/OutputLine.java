package asyncscope.lessons.practice.run;

/**
 * One line a program printed to stdout, with the event that completed it ({@code seq}), when ({@code time},
 * ns on the run's clock) and which task printed it. Drills and diagnoses point at these events.
 */
public record OutputLine(String text, long seq, long time, long task) {}
