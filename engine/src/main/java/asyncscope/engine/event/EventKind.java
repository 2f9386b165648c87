package asyncscope.engine.event;

/**
 * The kinds of step the runtime reports. Every {@link Payload} record names its kind, so a consumer can
 * switch on the kind (cheap, stable in files) or pattern-match on the payload (typed fields).
 */
public enum EventKind {
    SPAWN, SCHEDULE, MOVE, POLL_START, POLL_END, WAKE, STEAL, PARK, UNPARK, BUDGET_YIELD,
    DROP, COMPLETE, BLOCKING_START, BLOCKING_END,
    TIMER_ARM, TIMER_CASCADE, TIMER_FIRE, TIMER_CANCEL,
    IO_REGISTER, IO_READY, IO_DEREGISTER,
    RESOURCE, OUTPUT
}
