package asyncscope.lessons.rustlite.value;

/**
 * An integer value: its bits in a long (u64 values above i64::MAX are stored as negative longs and read
 * unsigned) and its type. {@code inferred} marks an unsuffixed literal whose type Rust would infer from
 * context: mixed with a typed integer it takes that type. An i128 or u128 holds its value in {@code v} while it
 * fits an i64, and exactly in {@code big} beyond that (then {@code v} is its low 64 bits); see {@link #exact()}.
 */
public final class RInt {
    public final long v;
    public final IntTy ty;
    public final boolean inferred;
    /** The exact value of an i128/u128 outside the i64 range; null otherwise. */
    public final java.math.BigInteger big;

    private static final RInt[] SMALL = new RInt[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new RInt(i - 128, IntTy.I32, true);
        }
    }

    public RInt(long v, IntTy ty, boolean inferred) {
        this.v = v;
        this.ty = ty;
        this.inferred = inferred;
        this.big = null;
    }

    private RInt(java.math.BigInteger big, IntTy ty) {
        this.v = big.longValue();
        this.ty = ty;
        this.inferred = false;
        this.big = big;
    }

    private static final java.math.BigInteger LONG_MIN = java.math.BigInteger.valueOf(Long.MIN_VALUE);
    private static final java.math.BigInteger LONG_MAX = java.math.BigInteger.valueOf(Long.MAX_VALUE);

    /** A 128-bit value (already in {@code ty}'s range). */
    public static RInt wide(java.math.BigInteger value, IntTy ty) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? new RInt(value.longValue(), ty, false) : new RInt(value, ty);
    }

    /** The exact value, read as its type reads it (a u64 above i64::MAX unsigned, an i128/u128 wholly). */
    public java.math.BigInteger exact() {
        if (big != null) {
            return big;
        }
        if (!ty.signed && ty.bits == 64 && !ty.wide() && v < 0) {
            return new java.math.BigInteger(Long.toUnsignedString(v));
        }
        return java.math.BigInteger.valueOf(v);
    }

    public static RInt of(long v, IntTy ty) {
        return new RInt(v, ty, false);
    }

    public static RInt lit(long v) {
        if (v >= -128 && v < 128) {
            return SMALL[(int) v + 128];
        }
        return new RInt(v, IntTy.I32, true);
    }

    public static RInt usize(long v) {
        return new RInt(v, IntTy.USIZE, false);
    }

    /** This value retyped (a `let x: u64 = 5` annotation); the bits are kept when in range. */
    public RInt as(IntTy t) {
        if (t.wide() && (big != null || (!ty.signed && ty.bits == 64 && v < 0))) {
            return wide(exact(), t); // a u64 above i64::MAX stays that number as a u128
        }
        return t == ty && !inferred ? this : new RInt(v, t, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RInt r && r.v == v && java.util.Objects.equals(r.big, big);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(v);
    }

    @Override
    public String toString() {
        if (big != null) {
            return big.toString();
        }
        return ty.signed || ty.bits < 64 || ty.wide() ? Long.toString(v) : Long.toUnsignedString(v);
    }

    public int compareTo(RInt o) {
        if (big != null || o.big != null || ty.wide() || o.ty.wide()) {
            return exact().compareTo(o.exact());
        }
        IntTy t = ty;
        if (inferred && !o.inferred) {
            t = o.ty;
        }
        return t.signed || t.bits < 64 ? Long.compare(v, o.v) : Long.compareUnsigned(v, o.v);
    }
}
