package asyncscope.lessons.rustlite.value;

/** {@code std::time::Duration}, in nanoseconds. Debug-prints like Rust ({@code 1.5s}, {@code 200ms}). */
public record RDuration(long nanos) {
    @Override
    public String toString() {
        return Fmt.duration(nanos);
    }
}
