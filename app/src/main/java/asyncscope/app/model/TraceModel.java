package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A recorded trace made explorable: the stage state ({@link StageState}) at any event index, plus the
 * indexes the views need (tasks, polls per lane, events per task, where polls start).
 *
 * <p>Seeking must be instant even on a million events, so the model keeps <em>keyframes</em>: a copy of
 * the derived state every K events. The state at index i is the nearest keyframe at or before i plus at
 * most K replayed events; nothing ever replays from zero. K grows with the size of the state (a trace of
 * 100,000 tasks has heavier keyframes, so fewer of them), keeping keyframe memory proportional to the
 * trace. Index i means "after the first i events": 0 is the start, {@link #size()} the end.
 */
public final class TraceModel {
    public static final int MIN_KEYFRAME_INTERVAL = 2048;
    public static final int MAX_KEYFRAME_INTERVAL = 16384;

    private final List<Event> events;
    private final Map<String, String> settings;
    private final String program;
    private final TaskDirectory tasks;
    private final int workers;
    private final int blockingThreads;
    private final int keyframeInterval;
    private final List<StageState> keyframes = new ArrayList<>();
    private final PollSpans spans;
    private final int[] pollStarts;
    private final int[] taskEventOffsets;
    private final int[] taskEvents;
    /** The run's clock after each event: its time, never less than an earlier event's (a live trace may jitter). */
    private final long[] clock;
    /** Short names for resources in order of appearance per kind ("mpsc 1", "semaphore 2"), and sockets by label. */
    private final Map<Long, String> resourceNames = new java.util.HashMap<>();

    public TraceModel(Trace trace) {
        this(trace.events(), trace.settings(), trace.program());
    }

    /** Told how far a model build got; may throw (a {@code CancellationException}) to stop it. */
    @FunctionalInterface
    public interface BuildProgress {
        BuildProgress NONE = (done, of) -> { };

        void modelled(int events, int of);
    }

    /** Builds the model reporting to {@code progress} every few thousand events (a big trace takes seconds). */
    public TraceModel(Trace trace, BuildProgress progress) {
        this(trace.events(), trace.settings(), trace.program(), progress);
    }

    /** Throws {@link TraceCheck.Refused} when the trace names workers, threads or timer slots no run can have. */
    public TraceModel(List<Event> events, Map<String, String> settings, String program) {
        this(events, settings, program, BuildProgress.NONE);
    }

    private TraceModel(List<Event> events, Map<String, String> settings, String program, BuildProgress progress) {
        TraceCheck.check(events, settings);
        this.events = List.copyOf(events);
        this.settings = Map.copyOf(settings);
        this.program = program == null ? "" : program;
        this.tasks = new TaskDirectory(this.events);
        int w = parseInt(settings.get("workers"), 1);
        int b = 0;
        int polls = 0;
        for (Event e : this.events) {
            w = Math.max(w, e.worker() + 1);
            Payload p = e.payload();
            if (p instanceof Payload.Unpark u) {
                w = Math.max(w, u.target() + 1);
            } else if (p instanceof Payload.Schedule s && (s.where() == Payload.Where.LOCAL || s.where() == Payload.Where.LIFO)) {
                w = Math.max(w, s.target() + 1);
            } else if (p instanceof Payload.Steal s) {
                w = Math.max(w, s.victim() + 1);
            } else if (p instanceof Payload.BlockingStart bs) {
                b = Math.max(b, bs.thread() + 1);
            } else if (p instanceof Payload.PollStart) {
                polls++;
            }
        }
        this.workers = Math.max(1, w);
        this.blockingThreads = b;
        this.spans = new PollSpans(this.events, workers, blockingThreads);
        this.pollStarts = new int[polls];
        int k = 0;
        for (int i = 0; i < this.events.size(); i++) {
            if (this.events.get(i).payload() instanceof Payload.PollStart) {
                pollStarts[k++] = i;
            }
        }
        this.clock = new long[this.events.size()];
        long last = 0;
        for (int i = 0; i < clock.length; i++) {
            last = Math.max(last, this.events.get(i).time());
            clock[i] = last;
        }
        Map<String, Integer> perKind = new java.util.HashMap<>();
        for (Event e : this.events) {
            if (e.payload() instanceof Payload.Resource r && !resourceNames.containsKey(r.id())) {
                int n = perKind.merge(r.resourceKind(), 1, Integer::sum);
                resourceNames.put(r.id(), r.resourceKind() + " " + n);
            } else if (e.payload() instanceof Payload.IoRegister r && !resourceNames.containsKey(r.resource())) {
                resourceNames.put(r.resource(), "socket " + r.label());
            }
        }
        int[][] csr = buildTaskEvents();
        this.taskEventOffsets = csr[0];
        this.taskEvents = csr[1];

        StageState s = newState();
        this.keyframeInterval = Math.min(MAX_KEYFRAME_INTERVAL, Math.max(MIN_KEYFRAME_INTERVAL, s.weight() / 32));
        keyframes.add(s.copy());
        int n = this.events.size();
        for (int i = 0; i < n; i++) {
            s.apply(this.events.get(i));
            if ((i + 1) % keyframeInterval == 0) {
                keyframes.add(s.copy());
            }
            if ((i & 4095) == 0) {
                progress.modelled(i, n);
            }
        }
        progress.modelled(n, n);
    }

    private static int parseInt(String s, int dflt) {
        try {
            return s == null ? dflt : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private int[][] buildTaskEvents() {
        int n = tasks.size();
        int[] counts = new int[n + 1];
        forEachTaskOfEvent((i, t) -> counts[t + 1]++);
        for (int i = 0; i < n; i++) {
            counts[i + 1] += counts[i];
        }
        int[] flat = new int[counts[n]];
        int[] fill = counts.clone();
        forEachTaskOfEvent((i, t) -> flat[fill[t]++] = i);
        return new int[][] {counts, flat};
    }

    private interface TaskEventSink {
        void accept(int event, int taskIndex);
    }

    private void forEachTaskOfEvent(TaskEventSink sink) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Payload p = e.payload();
            if (p instanceof Payload.Move m) {
                for (long id : m.tasks()) {
                    emitIfKnown(sink, i, id);
                }
            } else if (p instanceof Payload.Steal st) {
                for (long id : st.tasks()) {
                    emitIfKnown(sink, i, id);
                }
            } else if (e.task() >= 0) {
                emitIfKnown(sink, i, e.task());
            }
        }
    }

    private void emitIfKnown(TaskEventSink sink, int i, long id) {
        int t = tasks.indexOf(id);
        if (t >= 0) {
            sink.accept(i, t);
        }
    }

    /** A resource's short name ("mpsc 1": the first mpsc channel of the run), or "#id" if the trace never named it. */
    public String resourceName(long id) {
        return resourceNames.getOrDefault(id, "#" + id);
    }

    /** The resource a wake came from, in words: "mpsc 1", "a timer", "task 3 finishing". */
    public String wakeSource(asyncscope.engine.event.WakeSource w) {
        String kind = w.kind().name().toLowerCase();
        if (w.resource() >= 0 && resourceNames.containsKey(w.resource())) {
            return resourceNames.get(w.resource());
        }
        return switch (w.kind()) {
            case TIMER -> "its timer";
            case IO -> "socket readiness";
            case JOIN -> w.resource() >= 0 ? "task " + w.resource() + " finishing" : "a task finishing";
            case TASK -> w.resource() >= 0 ? "task " + w.resource() : "another task";
            case YIELD -> "its own yield";
            case BUDGET -> "its used-up budget";
            default -> w.resource() >= 0 ? kind + " #" + w.resource() : kind;
        };
    }

    /** The run's clock (ns) at event {@code i}: its time, or an earlier event's if that was later. */
    public long timeOfEvent(int i) {
        return clock.length == 0 ? 0 : clock[Math.max(0, Math.min(clock.length - 1, i))];
    }

    /** The run's clock (ns) at playhead position {@code position} (after that many events); 0 at the start. */
    public long timeAt(int position) {
        return position <= 0 || clock.length == 0 ? 0 : clock[Math.min(clock.length, position) - 1];
    }

    /** The playhead position at moment {@code nanos}: how many events happened at or before it. */
    public int positionAtTime(long nanos) {
        int lo = 0;
        int hi = clock.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clock[mid] <= nanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A fresh state at index 0 (before any event). */
    public StageState newState() {
        return new StageState(tasks, workers, blockingThreads);
    }

    /** The stage after the first {@code index} events, as a new object (costs a keyframe copy + ≤ K events). */
    public StageState stateAt(int index) {
        checkIndex(index);
        StageState s = keyframeAtOrBefore(index).copy();
        replay(s, index);
        return s;
    }

    /** Brings {@code s} (a state of this trace) to {@code index}, by replay from where it is or from a keyframe. */
    public void seek(StageState s, int index) {
        checkIndex(index);
        int from = s.applied();
        StageState kf = keyframeAtOrBefore(index);
        if (from > index || kf.applied() > from) {
            s.copyFrom(kf);
        }
        replay(s, index);
    }

    private void replay(StageState s, int index) {
        for (int i = s.applied(); i < index; i++) {
            s.apply(events.get(i));
        }
    }

    StageState keyframeAtOrBefore(int index) {
        return keyframes.get(index / keyframeInterval);
    }

    private void checkIndex(int index) {
        if (index < 0 || index > events.size()) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + events.size());
        }
    }

    public int size() {
        return events.size();
    }

    public Event event(int i) {
        return events.get(i);
    }

    public List<Event> events() {
        return events;
    }

    public Map<String, String> settings() {
        return settings;
    }

    public String program() {
        return program;
    }

    public TaskDirectory tasks() {
        return tasks;
    }

    public int workers() {
        return workers;
    }

    public int blockingThreads() {
        return blockingThreads;
    }

    public int keyframeInterval() {
        return keyframeInterval;
    }

    public int keyframeCount() {
        return keyframes.size();
    }

    public PollSpans spans() {
        return spans;
    }

    /** Index of the first POLL_START at or after {@code from}, or -1. */
    public int nextPollStart(int from) {
        int i = java.util.Arrays.binarySearch(pollStarts, from);
        if (i < 0) {
            i = -i - 1;
        }
        return i < pollStarts.length ? pollStarts[i] : -1;
    }

    /** Index of the last POLL_START before {@code before}, or -1. */
    public int previousPollStart(int before) {
        int i = java.util.Arrays.binarySearch(pollStarts, before);
        if (i < 0) {
            i = -i - 1;
        }
        return i > 0 ? pollStarts[i - 1] : -1;
    }

    /** Indexes of the events that concern task {@code taskIndex}, in order. */
    public int[] eventsOfTask(int taskIndex) {
        return java.util.Arrays.copyOfRange(taskEvents, taskEventOffsets[taskIndex], taskEventOffsets[taskIndex + 1]);
    }
}
