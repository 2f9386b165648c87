package asyncscope.engine.event;

import java.util.List;
import java.util.Map;

/**
 * A recorded run: the events in sequence order plus what produced them (the program's source, if any,
 * and the runtime settings such as flavour, workers, driver and seed), so it can be saved, loaded,
 * replayed and explored. See {@link TraceFile} for the file format.
 */
public record Trace(Map<String, String> settings, String program, List<Event> events) {
    public Trace {
        settings = Map.copyOf(settings);
        program = program == null ? "" : program;
        events = List.copyOf(events);
    }
}
