package asyncscope.app.export;

import asyncscope.app.model.PollSpans;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TraceModel;
import asyncscope.engine.event.Event;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a trace in Chrome's trace-event JSON so it opens in Perfetto / chrome://tracing: one thread per
 * lane, each poll a complete ("X") event named after its task, every other event an instant ("i")
 * event. Timestamps are microseconds on the runtime clock; when the clock did not move (a simulated run
 * without timers) the event index stands in, so the spans stay visible.
 */
public final class ChromeTraceExporter {
    private ChromeTraceExporter() {}

    public static void write(TraceModel m, OutputStream out) throws IOException {
        boolean clockMoved = m.size() > 1 && m.event(m.size() - 1).time() > m.event(0).time();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("traceEvents");
            PollSpans s = m.spans();
            for (int l = 0; l < s.lanes(); l++) {
                g.writeStartObject();
                g.writeStringField("name", "thread_name");
                g.writeStringField("ph", "M");
                g.writeNumberField("pid", 1);
                g.writeNumberField("tid", l);
                g.writeObjectFieldStart("args");
                g.writeStringField("name", s.laneName(l));
                g.writeEndObject();
                g.writeEndObject();
                for (int i = 0; i < s.count(l); i++) {
                    TaskInfo t = m.tasks().byId(s.task(l, i));
                    double ts = ts(m, s.start(l, i), clockMoved);
                    double te = ts(m, Math.min(m.size() - 1, s.end(l, i)), clockMoved);
                    g.writeStartObject();
                    g.writeStringField("name", t == null ? "task " + s.task(l, i) : t.name());
                    g.writeStringField("ph", "X");
                    g.writeNumberField("pid", 1);
                    g.writeNumberField("tid", l);
                    g.writeNumberField("ts", ts);
                    g.writeNumberField("dur", Math.max(clockMoved ? 0.001 : 1, te - ts));
                    g.writeObjectFieldStart("args");
                    g.writeNumberField("task", s.task(l, i));
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            for (int i = 0; i < m.size(); i++) {
                Event e = m.event(i);
                switch (e.kind()) {
                    case POLL_START, POLL_END -> { }
                    default -> {
                        g.writeStartObject();
                        g.writeStringField("name", e.kind().name());
                        g.writeStringField("ph", "i");
                        g.writeStringField("s", "t");
                        g.writeNumberField("pid", 1);
                        g.writeNumberField("tid", e.worker() >= 0 ? e.worker() : s.workers());
                        g.writeNumberField("ts", ts(m, i, clockMoved));
                        g.writeObjectFieldStart("args");
                        g.writeNumberField("task", e.task());
                        g.writeStringField("detail", e.payload().toString());
                        g.writeEndObject();
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("metadata");
            for (var kv : m.settings().entrySet()) {
                g.writeStringField(kv.getKey(), kv.getValue());
            }
            g.writeStringField("clock", clockMoved ? "runtime microseconds" : "event index (the simulated clock did not move)");
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static double ts(TraceModel m, int i, boolean clockMoved) {
        return clockMoved ? m.event(i).time() / 1000.0 : i;
    }
}
