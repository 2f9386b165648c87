package asyncscope.app.model;

/**
 * The run's clock in words, for the transport, the timeline's axis and tooltips. Event times are ns on the
 * run's clock (virtual in the simulator, real live); Rust-lite charges 1 ns per instruction, so they have
 * more digits than a reader wants: they are rounded here, never in the model.
 */
public final class RunClockText {
    private RunClockText() {}

    /** The transport's clock: tenths of a millisecond, seconds from 100 s on. */
    public static String clock(long nanos) {
        if (nanos >= 100_000_000_000L) {
            return String.format("%,.1f s", nanos / 1e9);
        }
        return String.format("%,.1f ms", nanos / 1e6);
    }

    /** A timer's deadline: whole milliseconds as they are, else one decimal ("300 ms", "12.5 ms"). */
    public static String deadline(long nanos) {
        if (nanos % 1_000_000 == 0) {
            return String.format("%,d ms", nanos / 1_000_000);
        }
        return String.format("%,.1f ms", nanos / 1e6);
    }

    /** A moment in a tooltip: three decimals below a millisecond, one above. */
    public static String ms(double nanos) {
        if (Math.abs(nanos) < 1_000_000) {
            return String.format("%.3f ms", nanos / 1e6);
        }
        return String.format("%,.1f ms", nanos / 1e6);
    }

    /** An axis tick at {@code nanos} when ticks are {@code step} ns apart: as many decimals as the step needs. */
    public static String axis(double nanos, double step) {
        int decimals = step >= 1_000_000 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(step / 1e6) - 1e-9));
        return String.format("%,." + decimals + "f ms", nanos / 1e6);
    }
}
