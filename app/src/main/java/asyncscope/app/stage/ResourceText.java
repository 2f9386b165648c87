package asyncscope.app.stage;

import asyncscope.app.model.ResourceEntry;

/** A resource's state in words for its stage widget: "2 of 4 slots used · send", "1 of 2 permits free". */
final class ResourceText {
    private ResourceText() {}

    static String describe(ResourceEntry r) {
        boolean sem = r.kind().equals("semaphore") || r.kind().equals("mutex");
        String what = sem ? r.value() + " of " + r.capacity() + " permit" + (r.capacity() == 1 ? "" : "s") + " free"
                : r.value() + " of " + r.capacity() + " slot" + (r.capacity() == 1 ? "" : "s") + " used";
        return what + " · " + r.op().replace('_', ' ');
    }
}
