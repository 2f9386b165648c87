package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resource's main quantity over a trace, derived from its {@code RESOURCE} events only: for a
 * semaphore, the permits in use (requests in flight: its permits minus the free ones the events report,
 * following {@code add_permits} and {@code forget}); for a mutex, whether it is held; for an mpsc channel,
 * the messages in its buffer; for a broadcast channel, the values it retains. A point is kept where the
 * quantity changes: {@code eventIndex[i]} is the event after which it became {@code value[i]} at time
 * {@code time[i]}. Other kinds (oneshot, watch, notify) have no quantity worth a chart and are left out.
 */
public final class ResourceSeries {
    private final String kind;
    private final long id;
    private long limit;
    private int n;
    private int[] eventIndex = new int[16];
    private long[] time = new long[16];
    private long[] value = new long[16];
    private long max;
    private long total = -1;   // semaphore/mutex: permits that exist
    private boolean unbounded;

    private ResourceSeries(String kind, long id) {
        this.kind = kind;
        this.id = id;
    }

    /** Whether a resource kind gets a series. */
    public static boolean charted(String kind) {
        return switch (kind) {
            case "semaphore", "mutex", "mpsc", "broadcast" -> true;
            default -> false;
        };
    }

    /** The series of every charted resource in {@code events}, in the order they first appear. */
    public static List<ResourceSeries> from(List<Event> events) {
        Map<Long, ResourceSeries> byId = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.payload() instanceof Payload.Resource r && charted(r.resourceKind())) {
                byId.computeIfAbsent(r.id(), id -> new ResourceSeries(r.resourceKind(), id)).apply(i, e.time(), r);
            }
        }
        List<ResourceSeries> out = new ArrayList<>();
        for (ResourceSeries s : byId.values()) {
            if (s.n > 0) {
                if (s.limit <= 0) {
                    s.limit = Math.max(1, s.max); // unbounded, or creation not seen: scale to what happened
                }
                out.add(s);
            }
        }
        return out;
    }

    public static List<ResourceSeries> from(TraceModel m) {
        return from(m.events());
    }

    private void apply(int index, long t, Payload.Resource r) {
        String op = r.op();
        long v;
        switch (kind) {
            case "semaphore", "mutex" -> {
                if (op.equals("create")) {
                    total = r.value();
                    limit = total;
                } else if (total < 0) {
                    total = r.value(); // creation not in the trace: assume none were in use at first sight
                }
                if (op.equals("add_permits")) {
                    total += number(r.detail(), "+");
                    limit = Math.max(limit, total);
                } else if (op.equals("forget")) {
                    total -= number(r.detail(), "forgot ");
                }
                v = Math.max(0, total - r.value());
            }
            case "mpsc" -> {
                if (op.equals("create")) {
                    unbounded = r.value() < 0;
                    limit = unbounded ? 0 : r.value();
                    v = 0;
                } else if (op.equals("sender_clone")) {
                    return; // its value counts senders, not messages
                } else {
                    v = r.value();
                }
            }
            default -> { // broadcast
                if (op.equals("create")) {
                    limit = r.value();
                    v = 0;
                } else if (op.equals("send")) {
                    v = r.value();
                } else {
                    return;
                }
            }
        }
        max = Math.max(max, v);
        if (n > 0 && value[n - 1] == v) {
            return;
        }
        if (n == eventIndex.length) {
            eventIndex = Arrays.copyOf(eventIndex, n * 2);
            time = Arrays.copyOf(time, n * 2);
            value = Arrays.copyOf(value, n * 2);
        }
        eventIndex[n] = index;
        time[n] = t;
        value[n] = v;
        n++;
    }

    private static long number(String detail, String after) {
        if (detail == null) {
            return 0;
        }
        int at = detail.indexOf(after);
        if (at < 0) {
            return 0;
        }
        int from = at + after.length();
        int to = from;
        while (to < detail.length() && Character.isDigit(detail.charAt(to))) {
            to++;
        }
        return to == from ? 0 : Long.parseLong(detail.substring(from, to));
    }

    /** The quantity after the first {@code position} events (the playhead's state), 0 before the first point. */
    public long valueAt(int position) {
        int lo = 0;
        int hi = n - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (eventIndex[mid] < position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? 0 : value[found];
    }

    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    /** What is plotted, in words. */
    public String quantity() {
        return switch (kind) {
            case "semaphore" -> "permits in use (requests in flight)";
            case "mutex" -> "held";
            case "mpsc" -> "messages in the buffer";
            default -> "values retained";
        };
    }

    /** The most the quantity may be: permits, capacity, ring size (for an unbounded channel, the most seen). */
    public long limit() {
        return limit;
    }

    public boolean isUnbounded() {
        return unbounded;
    }

    /** The largest value the trace reached. */
    public long max() {
        return max;
    }

    public int size() {
        return n;
    }

    public int eventIndex(int i) {
        return eventIndex[i];
    }

    public long time(int i) {
        return time[i];
    }

    public long value(int i) {
        return value[i];
    }
}
