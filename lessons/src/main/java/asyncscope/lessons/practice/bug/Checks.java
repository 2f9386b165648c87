package asyncscope.lessons.practice.bug;

/**
 * What a fix must achieve besides running cleanly, as a challenge's header states it. The numbers of the
 * reference fix's own run (its output, its time) are never written here: the judge reads them from that run.
 * <ul>
 *   <li>{@code output}: the fix prints the reference fix's lines, {@code exact}ly in order or in {@code any-order};</li>
 *   <li>{@code max-poll-ms}: no poll of a task may hold a worker longer (a blocked worker);</li>
 *   <li>{@code no-slower}: the run may not take longer than the reference fix's run (virtual time);</li>
 *   <li>{@code max-queued}: no channel may hold more messages at once;</li>
 *   <li>{@code max-permits}: no semaphore may start with more permits (the limit the task states);</li>
 *   <li>{@code lost-messages}: every message sent on a channel must show up in the output;</li>
 *   <li>{@code schedules}: how many scheduler seeds each candidate is run under.</li>
 * </ul>
 */
public record Checks(String output, long maxPollMillis, boolean noSlower, int maxQueued, int maxPermits,
                     boolean lostMessages, int schedules) {
    public static final Checks DEFAULT = new Checks("exact", 0, false, 0, 0, false, 2);

    public boolean anyOrder() {
        return output.equals("any-order");
    }
}
