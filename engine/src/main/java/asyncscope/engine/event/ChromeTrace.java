package asyncscope.engine.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Exports a {@link Trace} as Chrome trace-event JSON, which Perfetto (ui.perfetto.dev) and
 * chrome://tracing open. Layout:
 * <ul>
 *   <li>one track (thread) per worker, one for the main / outside thread, one per blocking thread;</li>
 *   <li>a slice per poll, named after the task, from POLL_START to POLL_END;</li>
 *   <li>a flow arrow from each wake to the poll it causes;</li>
 *   <li>instant markers for steals, parks and unparks;</li>
 *   <li>counter tracks for the depth of each worker's local queue and of the inject queue.</li>
 * </ul>
 * Times are microseconds on the run's clock (virtual under simulation, where polls take no time; such
 * slices are given a 1 µs width so they stay visible).
 */
public final class ChromeTrace {
    private static final int MAIN_TID = 0;
    private static final int BLOCKING_TID_BASE = 1000;

    private ChromeTrace() {}

    public static void write(Trace trace, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(trace, out);
        }
    }

    public static void write(Trace trace, OutputStream out) throws IOException {
        boolean virtual = "simulated".equals(trace.settings().get("driver"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("displayTimeUnit", "ms");
            g.writeObjectFieldStart("otherData");
            for (Map.Entry<String, String> e : trace.settings().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("traceEvents");
            new Writer(g, virtual).writeAll(trace);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class Writer {
        private final JsonGenerator g;
        private final boolean virtual;
        private final Map<Long, String> names = new HashMap<>();
        private final Map<Long, Integer> blockingThread = new HashMap<>();
        private final Map<Long, Event> openPolls = new HashMap<>();
        private final Map<Long, Long> pendingFlow = new HashMap<>();
        private final Map<Long, String> place = new HashMap<>();
        private final Map<String, Integer> depth = new HashMap<>();
        private final TreeSet<Integer> tids = new TreeSet<>();
        private long nextFlow = 1;

        Writer(JsonGenerator g, boolean virtual) {
            this.g = g;
            this.virtual = virtual;
        }

        void writeAll(Trace trace) throws IOException {
            for (Event e : trace.events()) {
                write(e);
            }
            for (int tid : tids) {
                g.writeStartObject();
                g.writeStringField("ph", "M");
                g.writeStringField("name", "thread_name");
                g.writeNumberField("pid", 1);
                g.writeNumberField("tid", tid);
                g.writeObjectFieldStart("args");
                g.writeStringField("name", tid == MAIN_TID ? "main / outside"
                        : tid >= BLOCKING_TID_BASE ? "blocking " + (tid - BLOCKING_TID_BASE) : "worker " + (tid - 1));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeStartObject();
            g.writeStringField("ph", "M");
            g.writeStringField("name", "process_name");
            g.writeNumberField("pid", 1);
            g.writeObjectFieldStart("args");
            g.writeStringField("name", "asyncscope runtime");
            g.writeEndObject();
            g.writeEndObject();
        }

        private int tidOf(Event e) {
            Integer b = blockingThread.get(e.task());
            int tid = e.worker() >= 0 ? e.worker() + 1 : b != null ? BLOCKING_TID_BASE + b : MAIN_TID;
            tids.add(tid);
            return tid;
        }

        private double us(long nanos) {
            return nanos / 1000.0;
        }

        private void write(Event e) throws IOException {
            Payload p = e.payload();
            switch (p.kind()) {
                case SPAWN -> names.put(e.task(), ((Payload.Spawn) p).displayName(e.task()));
                case BLOCKING_START -> blockingThread.put(e.task(), ((Payload.BlockingStart) p).thread());
                case BLOCKING_END -> blockingThread.remove(e.task());
                case POLL_START -> {
                    openPolls.put(e.task(), e);
                    leave(e.task(), e.time());
                }
                case POLL_END -> pollSlice(e, (Payload.PollEnd) p);
                case WAKE -> {
                    long id = nextFlow++;
                    pendingFlow.put(e.task(), id);
                    flow("s", id, e.time(), tidOf(e), e.task());
                }
                case SCHEDULE -> {
                    Payload.Schedule s = (Payload.Schedule) p;
                    enter(e.task(), placeName(s.where(), s.target()), e.time());
                }
                case MOVE -> {
                    Payload.Move m = (Payload.Move) p;
                    for (long t : m.tasks()) {
                        enter(t, placeName(m.to(), m.toWorker()), e.time());
                    }
                }
                case STEAL -> {
                    Payload.Steal s = (Payload.Steal) p;
                    for (long t : s.tasks()) {
                        enter(t, placeName(Payload.Where.LOCAL, e.worker()), e.time());
                    }
                    instant(e, "steal " + s.count() + " from worker " + s.victim());
                }
                case PARK -> instant(e, "park");
                case UNPARK -> instant(e, "unpark worker " + ((Payload.Unpark) p).target());
                case COMPLETE -> {
                    leave(e.task(), e.time());
                    Payload.Complete c = (Payload.Complete) p;
                    if (c.outcome() != Payload.Outcome.OK) {
                        instant(e, names.getOrDefault(e.task(), "task " + e.task()) + " " + c.outcome().name().toLowerCase());
                    }
                }
                case DROP -> instant(e, "drop " + ((Payload.Drop) p).what() + " (" + ((Payload.Drop) p).reason().name().toLowerCase() + ")");
                case TIMER_FIRE -> instant(e, "timer " + ((Payload.TimerFire) p).timer() + " fired");
                case IO_READY -> instant(e, "io ready #" + ((Payload.IoReady) p).resource());
                case OUTPUT -> instant(e, "print: " + ((Payload.Output) p).text().strip());
                default -> { }
            }
        }

        private void pollSlice(Event end, Payload.PollEnd p) throws IOException {
            Event start = openPolls.remove(end.task());
            if (start == null) {
                return;
            }
            int tid = tidOf(start);
            long dur = end.time() - start.time();
            g.writeStartObject();
            g.writeStringField("ph", "X");
            g.writeStringField("cat", "poll");
            g.writeStringField("name", names.getOrDefault(end.task(), "task " + end.task()));
            g.writeNumberField("pid", 1);
            g.writeNumberField("tid", tid);
            g.writeNumberField("ts", us(start.time()));
            g.writeNumberField("dur", virtual && dur == 0 ? 1.0 : Math.max(us(dur), 0.001));
            g.writeObjectFieldStart("args");
            g.writeNumberField("task", end.task());
            g.writeBooleanField("ready", p.ready());
            g.writeNumberField("state", p.state());
            g.writeNumberField("seq", start.seq());
            g.writeEndObject();
            g.writeEndObject();
            Long flow = pendingFlow.remove(end.task());
            if (flow != null) {
                flow("f", flow, start.time(), tid, end.task());
            }
        }

        private void flow(String ph, long id, long time, int tid, long task) throws IOException {
            g.writeStartObject();
            g.writeStringField("ph", ph);
            g.writeStringField("cat", "wake");
            g.writeStringField("name", "wake " + names.getOrDefault(task, "task " + task));
            g.writeNumberField("id", id);
            g.writeNumberField("pid", 1);
            g.writeNumberField("tid", tid);
            g.writeNumberField("ts", us(time));
            if (ph.equals("f")) {
                g.writeStringField("bp", "e");
            }
            g.writeEndObject();
        }

        private void instant(Event e, String name) throws IOException {
            g.writeStartObject();
            g.writeStringField("ph", "i");
            g.writeStringField("s", "t");
            g.writeStringField("name", name);
            g.writeNumberField("pid", 1);
            g.writeNumberField("tid", tidOf(e));
            g.writeNumberField("ts", us(e.time()));
            g.writeEndObject();
        }

        private static String placeName(Payload.Where where, int worker) {
            return switch (where) {
                case LOCAL, LIFO -> "worker " + worker + " queue";
                case INJECT -> "inject queue";
                case MAIN -> "main";
                case BLOCKING -> "blocking queue";
            };
        }

        private void enter(long task, String to, long time) throws IOException {
            leave(task, time);
            place.put(task, to);
            counter(to, 1, time);
        }

        private void leave(long task, long time) throws IOException {
            String from = place.remove(task);
            if (from != null) {
                counter(from, -1, time);
            }
        }

        private void counter(String name, int delta, long time) throws IOException {
            int d = depth.merge(name, delta, Integer::sum);
            g.writeStartObject();
            g.writeStringField("ph", "C");
            g.writeStringField("name", name);
            g.writeNumberField("pid", 1);
            g.writeNumberField("ts", us(time));
            g.writeObjectFieldStart("args");
            g.writeNumberField("depth", d);
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
