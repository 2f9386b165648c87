package asyncscope.lessons.practice.cards;

import asyncscope.lessons.practice.Concept;
import java.util.Optional;

/**
 * One flashcard: a question on the front, the answer on the back (both Markdown), and where it helps a
 * runnable example program. A card belongs to a concept, and through it links to that concept's lesson.
 * {@code file} and {@code line} say where it was read from.
 */
public record Flashcard(String id, Concept concept, String front, String back, String example, String file, int line) {
    public Optional<String> exampleProgram() {
        return Optional.ofNullable(example);
    }
}
