package asyncscope.lessons.rustlite.value;

/**
 * An integer value: its bits in a long (u64 values above i64::MAX are stored as negative longs and read
 * unsigned) and its type. {@code inferred} marks an unsuffixed literal whose type Rust would infer from
 * context: mixed with a typed integer it takes that type.
 */
public final class RInt {
    public final long v;
    public final IntTy ty;
    public final boolean inferred;

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
        return t == ty && !inferred ? this : new RInt(v, t, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RInt r && r.v == v;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(v);
    }

    @Override
    public String toString() {
        return ty.signed || ty.bits < 64 ? Long.toString(v) : Long.toUnsignedString(v);
    }

    public int compareTo(RInt o) {
        IntTy t = ty;
        if (inferred && !o.inferred) {
            t = o.ty;
        }
        return t.signed || t.bits < 64 ? Long.compare(v, o.v) : Long.compareUnsigned(v, o.v);
    }
}
