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
            default -> cap >= (1L << 30) ? v + " queued (unbounded)" : v + " of " + plural(cap, "slot") + " used";
        };
    }

    static String describe(ResourceEntry r) {
        return state(r) + " · " + r.op().replace('_', ' ');
    }
}
