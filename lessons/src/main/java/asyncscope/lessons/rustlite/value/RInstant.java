package asyncscope.lessons.rustlite.value;

/** {@code Instant}: a point on the runtime's clock (virtual under simulation), in nanoseconds. */
public record RInstant(long nanos) {}
