package asyncscope.engine.event;

/**
 * Receives events as the runtime emits them. Called on whatever thread took the step, possibly many
 * at once: implementations must be thread-safe and should be cheap (see {@link Recorder}).
 */
@FunctionalInterface
public interface EventSink {
    void accept(Event event);
}
