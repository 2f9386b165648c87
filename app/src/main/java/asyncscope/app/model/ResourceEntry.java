package asyncscope.app.model;

/**
 * The last known state of a resource (a channel, a semaphore, …) from its {@code RESOURCE} events: the
 * last operation, the main quantity afterwards (buffer occupancy, permits available) and any detail.
 */
public record ResourceEntry(String kind, long id, String op, long value, String detail, long lastTask) {
}
