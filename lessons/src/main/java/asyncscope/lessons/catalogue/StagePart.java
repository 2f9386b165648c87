package asyncscope.lessons.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of the runtime stage a lesson can ask to show ({@code stage:} in its header), named as the
 * lesson author writes them. A lesson that names none shows the whole stage.
 */
public enum StagePart {
    /** The worker lanes: running task, LIFO slot, local queue. */
    WORKERS("workers"),
    /** The thread that runs {@code block_on} (the {@code main} task). */
    BLOCK_ON("block_on"),
    /** The global inject queue. */
    INJECT("inject"),
    /** The blocking pool ({@code spawn_blocking}). */
    BLOCKING("blocking"),
    /** The timing wheel. */
    TIMERS("timers"),
    /** The reactor and its sockets. */
    SOCKETS("sockets"),
    /** Channel, semaphore and mutex widgets. */
    RESOURCES("resources");

    private final String word;

    StagePart(String word) {
        this.word = word;
    }

    /** The name used in lesson files. */
    public String word() {
        return word;
    }

    public static Optional<StagePart> of(String word) {
        return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
    }
}
