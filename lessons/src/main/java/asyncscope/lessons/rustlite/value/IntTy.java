package asyncscope.lessons.rustlite.value;

/** Rust's integer types, with their width and signedness, so arithmetic can check overflow like a debug build. */
public enum IntTy {
    I8(8, true), I16(16, true), I32(32, true), I64(64, true), I128(64, true), ISIZE(64, true),
    U8(8, false), U16(16, false), U32(32, false), U64(64, false), U128(64, false), USIZE(64, false);

    public final int bits;
    public final boolean signed;

    IntTy(int bits, boolean signed) {
        this.bits = bits;
        this.signed = signed;
    }

    /** i128 and u128: held in a long while they fit, beyond that exactly ({@link RInt#exact()}). */
    public boolean wide() {
        return this == I128 || this == U128;
    }

    /** The smallest value of a 128-bit type. */
    public java.math.BigInteger wideMin() {
        return signed ? java.math.BigInteger.ONE.shiftLeft(127).negate() : java.math.BigInteger.ZERO;
    }

    /** The largest value of a 128-bit type. */
    public java.math.BigInteger wideMax() {
        return signed ? java.math.BigInteger.ONE.shiftLeft(127).subtract(java.math.BigInteger.ONE)
                : java.math.BigInteger.ONE.shiftLeft(128).subtract(java.math.BigInteger.ONE);
    }

    /** {@code value} wrapped to this 128-bit type (two's complement), as {@code as} does. */
    public java.math.BigInteger wideWrap(java.math.BigInteger value) {
        java.math.BigInteger m = value.mod(java.math.BigInteger.ONE.shiftLeft(128));
        return signed && m.testBit(127) ? m.subtract(java.math.BigInteger.ONE.shiftLeft(128)) : m;
    }

    public String rustName() {
        return name().toLowerCase();
    }

    public static IntTy parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "i8" -> I8;
            case "i16" -> I16;
            case "i32" -> I32;
            case "i64" -> I64;
            case "i128" -> I128;
            case "isize" -> ISIZE;
            case "u8" -> U8;
            case "u16" -> U16;
            case "u32" -> U32;
            case "u64" -> U64;
            case "u128" -> U128;
            case "usize" -> USIZE;
            default -> null;
        };
    }

    /** True when {@code v} (read in this type's interpretation of a long) is in range. */
    public boolean fits(long v) {
        if (bits == 64) {
            return true;
        }
        if (signed) {
            long min = -(1L << (bits - 1));
            long max = (1L << (bits - 1)) - 1;
            return v >= min && v <= max;
        }
        return v >= 0 && v < (1L << bits);
    }

    /** Wraps {@code v} to this type's width (two's complement), as {@code wrapping_*} and {@code as} do. */
    public long wrap(long v) {
        if (bits == 64) {
            return v;
        }
        long mask = (1L << bits) - 1;
        long w = v & mask;
        if (signed && (w & (1L << (bits - 1))) != 0) {
            w -= (1L << bits);
        }
        return w;
    }

    public long min() {
        if (!signed) {
            return 0;
        }
        return bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    }

    public long max() {
        if (bits == 64) {
            return signed ? Long.MAX_VALUE : -1L; // -1 is u64::MAX read unsigned
        }
        return signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
    }
}
