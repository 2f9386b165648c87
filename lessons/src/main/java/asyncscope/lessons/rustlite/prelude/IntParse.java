package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import java.math.BigInteger;

/**
 * Integer parsing as Rust's {@code str::parse} and {@code from_str_radix} do it: an optional sign ({@code -} only
 * for signed types), digits of the radix and nothing else (no spaces), and the {@code ParseIntError} kinds with
 * their texts: Empty, InvalidDigit, PosOverflow, NegOverflow.
 */
final class IntParse {
    private IntParse() {}

    static REnum error(String kind) {
        String text = switch (kind) {
            case "Empty" -> "cannot parse integer from empty string";
            case "PosOverflow" -> "number too large to fit in target type";
            case "NegOverflow" -> "number too small to fit in target type";
            default -> "invalid digit found in string";
        };
        return REnum.err(new SyncPrelude.ErrVal(text, "ParseIntError { kind: " + kind + " }"));
    }

    static REnum parse(String t, int radix, IntTy ty, boolean inferred) {
        if (t.isEmpty()) {
            return error("Empty");
        }
        int i = 0;
        boolean neg = false;
        if (t.charAt(0) == '+' || t.charAt(0) == '-' && ty.signed) {
            neg = t.charAt(0) == '-';
            i = 1;
            if (t.length() == 1) {
                return error("InvalidDigit");
            }
        }
        BigInteger v = BigInteger.ZERO;
        BigInteger r = BigInteger.valueOf(radix);
        for (; i < t.length(); i++) {
            int d = Character.digit(t.charAt(i), radix);
            if (d < 0 || t.charAt(i) > 127) {
                return error("InvalidDigit");
            }
            v = v.multiply(r).add(BigInteger.valueOf(d));
        }
        if (neg) {
            v = v.negate();
        }
        if (v.compareTo(BigInteger.valueOf(ty.min())) < 0) {
            return error("NegOverflow");
        }
        BigInteger max = ty.signed || ty.bits < 64 ? BigInteger.valueOf(ty.max()) : BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        if (v.compareTo(max) > 0) {
            return error("PosOverflow");
        }
        return REnum.ok(new RInt(v.longValue(), ty, inferred));
    }

    /** {@code T::try_from(x)} / {@code x.try_into()} between integer types: Err(TryFromIntError) when out of range. */
    static REnum tryFrom(RInt x, IntTy to) {
        BigInteger v = x.ty.signed || x.ty.bits < 64 || x.v >= 0 ? BigInteger.valueOf(x.v)
                : BigInteger.valueOf(x.v).add(BigInteger.ONE.shiftLeft(64));
        BigInteger max = to.signed || to.bits < 64 ? BigInteger.valueOf(to.max()) : BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        if (v.compareTo(BigInteger.valueOf(to.min())) < 0 || v.compareTo(max) > 0) {
            return REnum.err(new SyncPrelude.ErrVal("out of range integral type conversion attempted", "TryFromIntError(())"));
        }
        return REnum.ok(RInt.of(v.longValue(), to));
    }
}
