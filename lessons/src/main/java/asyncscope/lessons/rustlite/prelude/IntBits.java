package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.REnum;
import java.math.BigInteger;

/**
 * The bit-level methods of Rust's integers ({@code count_ones}, {@code leading_zeros}, {@code rotate_left},
 * {@code swap_bytes}, {@code next_power_of_two}, {@code ilog2} …), for every width from u8 to u128. Each works on the
 * value's two's-complement bits at its type's width, the way core defines it; none is on a hot path, so they read
 * the bits exactly (a BigInteger) rather than per width.
 */
final class IntBits {
    private IntBits() {}

    /** Whether {@code name} is one of these methods. */
    static boolean handles(String name) {
        return switch (name) {
            case "count_ones", "count_zeros", "leading_zeros", "trailing_zeros", "leading_ones", "trailing_ones",
                 "rotate_left", "rotate_right", "swap_bytes", "reverse_bits", "is_power_of_two", "next_power_of_two",
                 "checked_next_power_of_two", "ilog2", "ilog10", "checked_ilog2", "checked_ilog10" -> true;
            default -> false;
        };
    }

    static Object call(RInt i, String name, Object[] args) {
        IntTy ty = i.inferred ? IntTy.I32 : i.ty;
        int width = ty.wide() ? 128 : ty.bits;
        BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        BigInteger bits = i.exact().and(mask); // the two's-complement bits at the type's width
        return switch (name) {
            case "count_ones" -> u32(bits.bitCount());
            case "count_zeros" -> u32(width - bits.bitCount());
            case "leading_zeros" -> u32(width - bits.bitLength());
            case "trailing_zeros" -> u32(bits.signum() == 0 ? width : bits.getLowestSetBit());
            case "leading_ones" -> u32(width - bits.xor(mask).bitLength());
            case "trailing_ones" -> {
                BigInteger inv = bits.xor(mask);
                yield u32(inv.signum() == 0 ? width : inv.getLowestSetBit());
            }
            case "rotate_left", "rotate_right" -> {
                int n = (int) Long.remainderUnsigned(Methods.intArg(args, 0).v & 0xFFFF_FFFFL, width);
                if (name.equals("rotate_right")) {
                    n = (width - n) % width;
                }
                yield of(bits.shiftLeft(n).or(bits.shiftRight(width - n)).and(mask), ty, width);
            }
            case "swap_bytes" -> {
                BigInteger r = BigInteger.ZERO;
                for (int b = 0; b < width / 8; b++) {
                    BigInteger octet = bits.shiftRight(8 * b).and(BigInteger.valueOf(0xFF));
                    r = r.or(octet.shiftLeft(width - 8 - 8 * b));
                }
                yield of(r, ty, width);
            }
            case "reverse_bits" -> {
                BigInteger r = BigInteger.ZERO;
                for (int b = 0; b < width; b++) {
                    if (bits.testBit(b)) {
                        r = r.setBit(width - 1 - b);
                    }
                }
                yield of(r, ty, width);
            }
            case "is_power_of_two" -> bits.bitCount() == 1;
            case "next_power_of_two", "checked_next_power_of_two" -> {
                BigInteger p = bits.compareTo(BigInteger.ONE) <= 0 ? BigInteger.ONE
                        : BigInteger.ONE.shiftLeft(bits.subtract(BigInteger.ONE).bitLength());
                boolean over = p.bitLength() > width;
                if (name.startsWith("checked")) {
                    yield over ? REnum.NONE : REnum.some(of(p, ty, width));
                }
                if (over) {
                    throw new RPanic("attempt to add with overflow"); // a debug build's overflow check in core
                }
                yield of(p, ty, width);
            }
            case "ilog2", "ilog10", "checked_ilog2", "checked_ilog10" -> {
                BigInteger v = i.exact();
                boolean checked = name.startsWith("checked");
                if (v.signum() <= 0) {
                    if (checked) {
                        yield REnum.NONE;
                    }
                    throw new RPanic("argument of integer logarithm must be positive");
                }
                int log = name.endsWith("2") ? v.bitLength() - 1 : v.toString().length() - 1;
                yield checked ? REnum.some(u32(log)) : u32(log);
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static RInt u32(long v) {
        return RInt.of(v, IntTy.U32);
    }

    /** Bits at {@code width} read back as a value of {@code ty} (negative when a signed type's top bit is set). */
    private static RInt of(BigInteger bits, IntTy ty, int width) {
        BigInteger v = ty.signed && bits.testBit(width - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(width)) : bits;
        return ty.wide() ? RInt.wide(v, ty) : RInt.of(v.longValue(), ty);
    }
}
