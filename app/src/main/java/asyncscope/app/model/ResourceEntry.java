package asyncscope.app.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The last known state of a resource (a channel, a semaphore, …) from its {@code RESOURCE} events: the
 * last operation, the main quantity afterwards (buffer occupancy, free permits), its size (the value of
 * its {@code create} event — a channel starts empty, a semaphore full — or the most it has held if the trace did
 * not see the creation), the tasks
 * waiting on it (from {@code waiting=[…]} in the detail) and the task that acted last.
 */
public record ResourceEntry(String kind, long id, String op, long value, String detail, long lastTask,
                            long capacity, boolean created, List<Long> waiting) {
    public ResourceEntry {
        waiting = List.copyOf(waiting);
    }

    /** The next state after an event {@code (op, value, detail)} by {@code task}. */
    static ResourceEntry next(ResourceEntry old, String kind, long id, String op, long value, String detail, long task) {
        boolean created = op.equals("create") || (old != null && old.created());
        if (op.equals("create") && !holdsPermits(kind)) {
            // A channel's create event carries its capacity; it starts empty.
            return new ResourceEntry(kind, id, op, 0, detail == null ? "" : detail, task, value, true, List.of());
        }
        long cap = op.equals("create") ? value
                : old == null ? value
                : old.created() ? old.capacity() : Math.max(old.capacity(), value);
        List<Long> waiting = old == null ? List.of() : old.waiting();
        int w = detail == null ? -1 : detail.indexOf("waiting=[");
        if (w >= 0) {
            int close = detail.indexOf(']', w);
            waiting = parseIds(detail.substring(w + 9, close < 0 ? detail.length() : close));
        }
        return new ResourceEntry(kind, id, op, value, detail == null ? "" : detail, task, cap, created, waiting);
    }

    /** Kinds whose quantity is what is free (permits), not what is used (messages in a buffer). */
    public static boolean holdsPermits(String kind) {
        return kind.equals("semaphore") || kind.equals("mutex");
    }

    private static List<Long> parseIds(String s) {
        List<Long> out = new ArrayList<>();
        for (String part : s.split(",")) {
            try {
                if (!part.isBlank()) {
                    out.add(Long.parseLong(part.trim()));
                }
            } catch (NumberFormatException ignored) {
                // not a task id: leave it out of the line
            }
        }
        return out;
    }
}
