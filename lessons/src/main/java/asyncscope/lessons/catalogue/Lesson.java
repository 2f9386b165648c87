package asyncscope.lessons.catalogue;

import java.util.List;

/**
 * One lesson as loaded from its data file: where it sits in the catalogue (topic, order), the narrative
 * (Markdown), the program (Rust-lite source), a few "try this" edits, and quiz questions asked before the
 * run whose answer the run then shows.
 */
public record Lesson(String id, String title, String topic, int order, String file, String narrative,
                     String program, List<String> tryThis, List<QuizQuestion> quiz) {
    public Lesson {
        tryThis = List.copyOf(tryThis);
        quiz = List.copyOf(quiz);
    }
}
