package asyncscope.lessons.practice.progress;

import java.io.IOException;
import java.util.Optional;

/**
 * Where practice progress lives: one JSON value, the "practice" section of the learner's progress file.
 * The app keeps it inside {@code ~/.asyncscope/progress.json} next to the lessons' progress; tests keep it
 * in memory.
 */
public interface PracticeStore {
    /** The stored JSON, or empty if nothing was stored yet. */
    Optional<String> read() throws IOException;

    /** Replaces the stored JSON. */
    void write(String json) throws IOException;
}
