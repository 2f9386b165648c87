package asyncscope.lessons.catalogue;

import asyncscope.engine.event.EventKind;
import java.util.List;
import java.util.Map;

/**
 * One lesson as loaded from its data file: where it sits in the course (topic, order, minutes, the
 * lessons to take first), the narrative (Markdown), the program (Rust-lite source, starting at
 * {@code programLine} of the file), "try this" edits, quiz questions asked before the run whose answer the
 * run then shows, what the stage shows first ({@code stage}: empty means all of it) and which event kinds
 * stepping stops at ({@code stopAt}: empty means every event), and notes for the teacher (Markdown, may be
 * empty). {@code headerLines} gives the file line of each header key, for errors found after parsing.
 */
public record Lesson(String id, String title, String topic, int order, String file, String narrative,
                     String program, List<TryThis> tries, List<QuizQuestion> quiz, int minutes, List<String> prerequisites,
                     List<StagePart> stage, List<EventKind> stopAt, String teacherNotes, int programLine,
                     Map<String, Integer> headerLines) {
    public Lesson {
        tries = List.copyOf(tries);
        quiz = List.copyOf(quiz);
        prerequisites = List.copyOf(prerequisites);
        stage = List.copyOf(stage);
        stopAt = List.copyOf(stopAt);
        headerLines = Map.copyOf(headerLines);
    }

    /** The "try this" suggestions in words. */
    public List<String> tryThis() {
        return tries.stream().map(TryThis::text).toList();
    }

    /** Whether the stage shows {@code part} first (a lesson that names no parts shows everything). */
    public boolean shows(StagePart part) {
        return stage.isEmpty() || stage.contains(part);
    }
}
