package asyncscope.lessons.practice;

import java.util.Optional;

/**
 * The concepts of the course, one per entry of the lesson catalogue (DESIGN.md, "Lesson catalogue"). Every
 * practice item (drill template, flashcard, bug challenge) belongs to one, which is how a timed test scores
 * "per concept" and how a card links to its lesson: the lesson whose {@code order} is this concept's
 * {@link #order()} (lessons that are not written yet simply have no link).
 */
public enum Concept {
    LAZY_FUTURES(1, "lazy", "Futures are lazy"),
    POLL_AND_WAKE(2, "poll-wake", "Poll and wake"),
    STATE_MACHINES(3, "state-machines", "State machines"),
    RUNTIME(4, "runtime", "The runtime and its flavours"),
    SPAWN(5, "spawn", "spawn and JoinHandle"),
    WORK_STEALING(6, "stealing", "Work stealing"),
    JOIN(7, "join", "join!"),
    SELECT(8, "select", "select! and timeouts"),
    ERRORS(9, "errors", "Errors and ? across .await"),
    CHANNELS(10, "channels", "Channels"),
    SEMAPHORE(11, "semaphore", "Semaphore"),
    PIN(12, "pin", "Pin"),
    BLOCKING(13, "blocking", "spawn_blocking and blocking a worker"),
    SCALE(14, "scale", "Scale: many tasks"),
    SEND_STATIC(15, "send-static", "'static and Send"),
    CANCELLATION(16, "cancellation", "Cancellation safety"),
    SHARED_STATE(17, "shared-state", "Shared state"),
    SHUTDOWN(18, "shutdown", "Timeouts and shutdown"),
    STRUCTURED(19, "structured", "Structured concurrency");

    private final int order;
    private final String key;
    private final String title;

    Concept(int order, String key, String title) {
        this.order = order;
        this.key = key;
        this.title = title;
    }

    /** The concept's number in the catalogue, which is also the {@code order} of its lesson. */
    public int order() {
        return order;
    }

    /** The short name data files use ({@code concept: select}). */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The concept named {@code key} (its key, its enum name in any case, or its catalogue number). */
    public static Optional<Concept> of(String key) {
        String k = key == null ? "" : key.trim();
        for (Concept c : values()) {
            if (c.key.equalsIgnoreCase(k) || c.name().equalsIgnoreCase(k.replace('-', '_'))
                    || String.valueOf(c.order).equals(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
