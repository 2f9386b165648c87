package asyncscope.engine.event;

import asyncscope.engine.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stamps payloads into {@link Event}s (sequence number, time) and hands them to the sink. A runtime
 * without a sink has no emitter at all, so every emission site costs one null check when nobody listens.
 */
public final class Emitter {
    private final EventSink sink;
    private final Clock clock;
    private final AtomicLong seq = new AtomicLong();

    public Emitter(EventSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    public void emit(int worker, long task, Payload payload) {
        sink.accept(new Event(seq.getAndIncrement(), clock.nanos(), worker, task, payload));
    }
}
