package asyncscope.lessons.practice.exam;

import asyncscope.lessons.practice.Concept;

/**
 * How one question went: its points (0 to 1), what the candidate answered and what was right, and a note
 * (the misconception behind a wrong choice, the hints used on a bug…). {@code answered} is false for a
 * question left open when the test ended.
 */
public record ItemResult(int index, String kind, String title, Concept concept, double points, boolean answered,
                         String given, String right, String note) {}
