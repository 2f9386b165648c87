package asyncscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.BlockingDemo;
import asyncscope.app.scenario.RunSettings;
import asyncscope.engine.event.Payload;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The Chrome/Perfetto export is valid JSON with one complete event per poll and one instant per other event. */
class ChromeTraceExporterTest {
    @Test
    void everyPollBecomesASpanAndTheRestInstants() throws Exception {
        TraceModel m = new TraceModel(new BlockingDemo().run(RunSettings.simulated(5, 2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChromeTraceExporter.write(m, out);
        int complete = 0;
        int instant = 0;
        int meta = 0;
        try (JsonParser p = new JsonFactory().createParser(out.toByteArray())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("ph")) {
                    p.nextToken();
                    switch (p.getText()) {
                        case "X" -> complete++;
                        case "i" -> instant++;
                        case "M" -> meta++;
                        default -> throw new AssertionError(p.getText());
                    }
                }
            }
        }
        long polls = m.events().stream().filter(e -> e.payload() instanceof Payload.PollStart).count();
        long others = m.events().stream().filter(e -> !(e.payload() instanceof Payload.PollStart || e.payload() instanceof Payload.PollEnd)).count();
        assertEquals(m.spans().lanes(), meta);
        assertEquals(others, instant);
        // a blocking job's poll is drawn as its blocking span, so spans = polls of non-blocking tasks + blocking jobs
        long blockingJobs = m.events().stream().filter(e -> e.payload() instanceof Payload.BlockingStart).count();
        long blockingPolls = m.events().stream().filter(e -> e.payload() instanceof Payload.PollStart
                && m.tasks().byId(e.task()).blocking()).count();
        assertEquals(polls - blockingPolls + blockingJobs, complete);
        assertTrue(out.toString().contains("\"blocking 0\""));
    }
}
