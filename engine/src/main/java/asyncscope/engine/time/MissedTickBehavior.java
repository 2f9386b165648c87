package asyncscope.engine.time;

/**
 * What an {@link Interval} does when ticks were missed (the task came back late), as in Tokio:
 * <ul>
 *   <li>{@link #BURST} (default): fire the missed ticks back to back until caught up, keeping the
 *       original schedule (start + n·period).</li>
 *   <li>{@link #DELAY}: forget the schedule; the next tick is one period after now.</li>
 *   <li>{@link #SKIP}: drop the missed ticks; the next tick is the next point on the original
 *       schedule after now.</li>
 * </ul>
 */
public enum MissedTickBehavior {
    BURST, DELAY, SKIP;

    /** The deadline after a tick scheduled for {@code timeout} completed at {@code now}. */
    long nextTimeout(long timeout, long now, long period) {
        return switch (this) {
            case BURST -> timeout + period;
            case DELAY -> now + period;
            case SKIP -> now + period - ((now - timeout) % period);
        };
    }
}
