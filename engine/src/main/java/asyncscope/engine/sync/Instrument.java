package asyncscope.engine.sync;

import asyncscope.engine.event.Payload;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the sync primitives get their ids and report their state changes as RESOURCE events. A primitive
 * created inside a runtime takes its id from the runtime ({@link RuntimeCore#nextId()}, deterministic
 * under simulation); one created outside any runtime takes one from a private counter far above the
 * runtime's range. Events go to the runtime of the thread doing the operation, and cost one check
 * when nobody records.
 */
final class Instrument {
    /** Ids for primitives created outside a runtime: well away from runtime-issued ids. */
    private static final AtomicLong FALLBACK_IDS = new AtomicLong(1L << 40);

    /** How many waiting task ids a detail string lists before it abbreviates. */
    static final int DETAIL_LIMIT = 16;

    private Instrument() {}

    static long newId() {
        RuntimeCore core = Current.get().core;
        return core != null ? core.nextId() : FALLBACK_IDS.getAndIncrement();
    }

    /** Whether anybody records events on this thread's runtime (so detail strings are worth building). */
    static boolean recording() {
        return Current.get().recording();
    }

    static void emit(String kind, long id, String op, long value, String detail) {
        Current c = Current.get();
        if (c.recording()) {
            c.emit(new Payload.Resource(kind, id, op, value, detail));
        }
    }

    /** The task being polled on this thread, or -1. */
    static long currentTask() {
        return Current.get().taskId();
    }

    /** "[3, 7, 9]", cut after {@link #DETAIL_LIMIT} entries ("[…, +120 more]"). */
    static String ids(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder("[");
        Iterator<Long> it = ids.iterator();
        int n = 0;
        while (it.hasNext()) {
            Long id = it.next();
            if (n == DETAIL_LIMIT) {
                sb.append(", +").append(ids.size() - n).append(" more");
                break;
            }
            if (n > 0) {
                sb.append(", ");
            }
            sb.append(id);
            n++;
        }
        return sb.append(']').toString();
    }
}
