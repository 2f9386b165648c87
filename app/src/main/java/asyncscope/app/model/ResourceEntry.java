package asyncscope.app.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The last known state of a resource (a channel, a semaphore, …) from its {@code RESOURCE} events: the
 * last operation, the main quantity afterwards (buffer occupancy, free permits), its size (the value of
 * its {@code create} event — a channel starts empty, a semaphore full — or the most it has held if the trace did
 * not see the creation), the tasks
 * waiting on it (from {@code waiting=[…]} in the detail) and the task that acted last. An RwLock also keeps
 * who holds it ({@code holders}: readers, or the one writer), a Barrier the tasks that arrived and wait in
 * {@code waiting} and the rounds it released in {@code rounds}.
 */
public record ResourceEntry(String kind, long id, String op, long value, String detail, long lastTask,
                            long capacity, boolean created, List<Long> waiting, List<Long> holders, long rounds) {
    /** Tokio's RwLock is a semaphore of this many permits: a reader takes one, a writer all of them. */
    public static final long RWLOCK_PERMITS = 536_870_911L;

    public ResourceEntry {
        waiting = List.copyOf(waiting);
        holders = List.copyOf(holders);
    }

    public ResourceEntry(String kind, long id, String op, long value, String detail, long lastTask,
                         long capacity, boolean created, List<Long> waiting) {
        this(kind, id, op, value, detail, lastTask, capacity, created, waiting, List.of(), 0);
    }

    /** An RwLock held by a writer (all permits taken). */
    public boolean writeLocked() {
        return kind.equals("rwlock") && value == 0 && !holders.isEmpty();
    }

    /** How many readers hold an RwLock. */
    public long readers() {
        return kind.equals("rwlock") && value > 0 ? capacity - value : 0;
    }

    /** The next state after an event {@code (op, value, detail)} by {@code task}. */
    static ResourceEntry next(ResourceEntry old, String kind, long id, String op, long value, String detail, long task) {
        boolean created = op.equals("create") || (old != null && old.created());
        if (op.equals("create") && !holdsPermits(kind) && !kind.equals("barrier")) {
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
        List<Long> holders = old == null ? List.of() : old.holders();
        long rounds = old == null ? 0 : old.rounds();
        if (kind.equals("barrier")) {
            // Arrivals wait until the round fills; the last one releases them all and starts the next round.
            if (op.equals("create")) {
                return new ResourceEntry(kind, id, op, 0, detail == null ? "" : detail, task, value, true, List.of(), List.of(), 0);
            }
            if (op.equals("arrive")) {
                waiting = new ArrayList<>(waiting);
                if (task >= 0 && !waiting.contains(task)) {
                    waiting.add(task);
                }
            } else if (op.equals("release")) {
                waiting = List.of();
                rounds = value;
                value = 0;
            }
            return new ResourceEntry(kind, id, op, value, detail == null ? "" : detail, task, cap, created, waiting, holders, rounds);
        }
        if (kind.equals("rwlock") && detail != null) {
            // "task 3 took 1; …" / "task 3 gave 536870911; …": who holds it now.
            java.util.regex.Matcher mm = HOLD.matcher(detail);
            if (mm.find()) {
                long who = Long.parseLong(mm.group(1));
                List<Long> h = new ArrayList<>(holders);
                if (mm.group(2).equals("took")) {
                    h.add(who);
                } else {
                    h.remove(Long.valueOf(who));
                }
                holders = h;
            }
        }
        return new ResourceEntry(kind, id, op, value, detail == null ? "" : detail, task, cap, created, waiting, holders, rounds);
    }

    private static final java.util.regex.Pattern HOLD = java.util.regex.Pattern.compile("^task (\\d+) (took|gave) \\d+");

    /** Kinds whose quantity is what is free (permits), not what is used (messages in a buffer). */
    public static boolean holdsPermits(String kind) {
        return kind.equals("semaphore") || kind.equals("mutex") || kind.equals("rwlock");
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
