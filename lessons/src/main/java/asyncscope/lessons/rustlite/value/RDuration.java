package asyncscope.lessons.rustlite.value;

import java.math.BigInteger;

/**
 * {@code std::time::Duration} as Rust holds it: whole seconds as a u64 ({@code secs}, read unsigned) and the
 * nanoseconds below a second ({@code subsec}), so {@code Duration::MAX} and {@code Duration::from_secs(u64::MAX)}
 * are exact and arithmetic overflows where Rust's does ("overflow when adding durations"). Debug-prints like Rust
 * ({@code 1.5s}, {@code 200ms}). The engine reads it as nanoseconds ({@link #nanos()}), saturated at
 * {@link Long#MAX_VALUE} (292 years: a timer that far away never fires in a run).
 */
public record RDuration(long secs, int subsec) {
    private static final long NANOS_PER_SEC = 1_000_000_000L;
    private static final BigInteger BILLION = BigInteger.valueOf(NANOS_PER_SEC);
    private static final BigInteger MAX_TOTAL = new BigInteger("18446744073709551615").multiply(BILLION)
            .add(BigInteger.valueOf(NANOS_PER_SEC - 1));

    public static final RDuration MAX = new RDuration(-1L, (int) (NANOS_PER_SEC - 1));

    public RDuration {
        if (subsec < 0 || subsec >= NANOS_PER_SEC) {
            throw new IllegalArgumentException("subsec nanos out of range: " + subsec);
        }
    }

    /** A duration of {@code nanos} (not negative) nanoseconds. */
    public RDuration(long nanos) {
        this(nanos / NANOS_PER_SEC, (int) (nanos % NANOS_PER_SEC));
    }

    /** {@code Duration::from_secs} etc.: {@code count} (a u64, read unsigned) units of {@code unitNanos}. */
    public static RDuration of(long count, long unitNanos) {
        long perSec = NANOS_PER_SEC / unitNanos;
        long s = Long.divideUnsigned(count, perSec);
        long rest = Long.remainderUnsigned(count, perSec);
        return new RDuration(s, (int) (rest * unitNanos));
    }

    /** Nanoseconds, saturated at {@link Long#MAX_VALUE}. */
    public long nanos() {
        if (secs < 0 || secs > (Long.MAX_VALUE - subsec) / NANOS_PER_SEC) {
            return Long.MAX_VALUE;
        }
        return secs * NANOS_PER_SEC + subsec;
    }

    /** The exact number of nanoseconds (up to 2^64 × 10^9). */
    public BigInteger total() {
        return new BigInteger(Long.toUnsignedString(secs)).multiply(BILLION).add(BigInteger.valueOf(subsec));
    }

    /** The duration of {@code total} nanoseconds, or null if it is negative or past {@code Duration::MAX}. */
    public static RDuration ofTotal(BigInteger total) {
        if (total.signum() < 0 || total.compareTo(MAX_TOTAL) > 0) {
            return null;
        }
        BigInteger[] qr = total.divideAndRemainder(BILLION);
        return new RDuration(qr[0].longValue(), qr[1].intValue());
    }

    /** As {@link #ofTotal}, panicking with Rust's {@code message} when out of range. */
    public static RDuration ofTotal(BigInteger total, String message) {
        RDuration d = ofTotal(total);
        if (d == null) {
            throw new RPanic(message);
        }
        return d;
    }

    /** {@code self / rhs} as core computes it (whole seconds first, the carry in nanoseconds). */
    public RDuration div(long rhs) {
        if (rhs == 0) {
            throw new RPanic("divide by zero error when dividing duration by scalar");
        }
        long s = Long.divideUnsigned(secs, rhs);
        long carry = secs - s * rhs;
        long extra = carry * NANOS_PER_SEC / rhs;
        long n = subsec / rhs + extra;
        return new RDuration(s + n / NANOS_PER_SEC, (int) (n % NANOS_PER_SEC));
    }

    public int compareTo(RDuration o) {
        int c = Long.compareUnsigned(secs, o.secs);
        return c != 0 ? c : Integer.compare(subsec, o.subsec);
    }

    @Override
    public String toString() {
        if (secs != 0) {
            return decimal(Long.toUnsignedString(secs), subsec, 9) + "s";
        }
        if (subsec >= 1_000_000) {
            return decimal(Long.toString(subsec / 1_000_000), subsec % 1_000_000, 6) + "ms";
        }
        if (subsec >= 1_000) {
            return decimal(Long.toString(subsec / 1_000), subsec % 1_000, 3) + "µs";
        }
        return subsec + "ns";
    }

    private static String decimal(String whole, long frac, int digits) {
        if (frac == 0) {
            return whole;
        }
        String f = String.format("%0" + digits + "d", frac).replaceAll("0+$", "");
        return whole + "." + f;
    }
}
