package asyncscope.app.stage;

import asyncscope.app.model.ResourceEntry;

/**
 * A resource's state in words for its stage widget, with its unit and plural right: "2 of 4 slots used",
 * "1 of 2 permits free", "mutex locked", "3 queued (unbounded)"; then the last operation.
 */
final class ResourceText {
    private ResourceText() {}

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String state(ResourceEntry r) {
        long v = r.value();
        long cap = r.capacity();
        return switch (r.kind()) {
            case "mutex" -> cap == 1 ? (v >= 1 ? "unlocked" : "locked") : v + " of " + plural(cap, "permit") + " free";
            case "semaphore" -> v + " of " + plural(cap, "permit") + " free";
            case "notify" -> v >= 1 ? "a notification is stored" : "no notification stored";
            case "oneshot" -> v >= 1 ? "holds its value" : "empty";
            case "watch" -> "version " + v;
            case "rwlock" -> r.writeLocked() ? "write-locked by task " + r.holders().get(0)
                    : r.readers() > 0 ? "read by " + plural(r.readers(), "reader") : "unlocked";
            case "barrier" -> v + " of " + cap + " arrived · round " + (r.rounds() + 1);
            default -> cap >= (1L << 30) ? v + " queued (unbounded)" : v + " of " + plural(cap, "slot") + " used";
        };
    }

    static String describe(ResourceEntry r) {
        return state(r) + " · " + op(r);
    }

    /** The last operation in the app's words (an RwLock's acquire says read or write; a barrier's release its round). */
    static String op(ResourceEntry r) {
        return switch (r.kind() + ":" + r.op()) {
            case "rwlock:acquire" -> r.writeLocked() ? "write lock taken" : "read lock taken";
            case "rwlock:release" -> "unlocked by task " + r.lastTask();
            case "rwlock:waiting" -> "task " + r.lastTask() + " waits";
            case "barrier:arrive" -> "task " + r.lastTask() + " arrived";
            case "barrier:release" -> "round " + r.rounds() + " went on";
            default -> r.op().replace('_', ' ');
        };
    }

    /** How many cells the widget draws (permits, buffer slots, readers, arrivals), at most {@code max}. */
    static int cells(ResourceEntry r, int max) {
        return (int) Math.min(max, Math.max(0, switch (r.kind()) {
            case "rwlock" -> Math.max(1, r.writeLocked() ? 1 : r.readers());
            default -> r.capacity();
        }));
    }

    /** How many of those cells are filled: free permits, messages, readers or the writer holding, tasks arrived. */
    static long filled(ResourceEntry r) {
        return switch (r.kind()) {
            case "rwlock" -> r.writeLocked() ? 1 : r.readers();
            default -> r.value();
        };
    }
}
