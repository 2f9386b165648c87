package asyncscope.app.model;

/** A socket registered with the reactor: its interest bits, label, the task that registered it, last readiness. */
public record SocketEntry(long resource, int interest, String label, long task, int readiness) {
}
