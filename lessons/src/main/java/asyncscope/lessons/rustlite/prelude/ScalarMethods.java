package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.Arith;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.RDuration;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.Values;

/** Methods of integers (checked, wrapping and saturating arithmetic, pow, min/max), floats, chars and Durations. */
final class ScalarMethods {
    private ScalarMethods() {}

    static Object intMethod(RInt i, String name, Object[] args) {
        if (IntBits.handles(name)) {
            return IntBits.call(i, name, args);
        }
        if (i.ty == IntTy.U8 && (name.contains("ascii"))) {
            Object r = byteAscii(i, name, args);
            if (r != null) {
                return r;
            }
        }
        switch (name) {
            case "abs" -> {
                return i.v < 0 ? Arith.negate(i) : i;
            }
            case "pow" -> {
                // exponentiation by squaring, step for step as core's `pow` (so a debug build's overflow panics
                // exactly where Rust's do): at most 32 rounds for a u32 exponent, never one per unit of it
                long exp = Methods.intArg(args, 0).v & 0xFFFF_FFFFL;
                RInt acc = RInt.of(1, i.ty);
                RInt base = i.inferred ? i.as(i.ty) : i;
                if (exp == 0) {
                    return new RInt(1, i.ty, i.inferred);
                }
                while (true) {
                    if ((exp & 1) == 1) {
                        acc = Arith.ints("*", acc, base);
                        if (exp == 1) {
                            return i.ty.wide() ? acc : new RInt(acc.v, i.ty, i.inferred);
                        }
                    }
                    exp >>>= 1;
                    base = Arith.ints("*", base, base);
                }
            }
            case "wrapping_add", "wrapping_sub", "wrapping_mul" -> {
                return Arith.wrapping(name.substring(9), i, Methods.intArg(args, 0));
            }
            case "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem" -> {
                return Arith.checked(name.substring(8), i, Methods.intArg(args, 0));
            }
            case "saturating_add", "saturating_sub", "saturating_mul" -> {
                return Arith.saturating(name.substring(11), i, Methods.intArg(args, 0));
            }
            case "min" -> {
                RInt o = Methods.intArg(args, 0);
                return Values.compare(i, o) <= 0 ? i : o;
            }
            case "max" -> {
                RInt o = Methods.intArg(args, 0);
                return Values.compare(i, o) >= 0 ? i : o;
            }
            case "clamp" -> {
                RInt lo = Methods.intArg(args, 0);
                RInt hi = Methods.intArg(args, 1);
                return Values.compare(i, lo) < 0 ? lo : Values.compare(i, hi) > 0 ? hi : i;
            }
            case "signum" -> {
                return new RInt(Long.signum(i.v), i.ty, i.inferred);
            }
            case "is_positive" -> {
                return i.v > 0;
            }
            case "is_negative" -> {
                return i.v < 0;
            }
            case "rem_euclid" -> {
                long m = Methods.intArg(args, 0).v;
                if (m == 0) {
                    throw new RPanic("attempt to calculate the remainder with a divisor of zero");
                }
                return new RInt(Math.floorMod(i.v, Math.abs(m)), i.ty, i.inferred);
            }
            default -> throw new RPanic("no method named `" + name + "` found for `" + i.ty.rustName() + "`");
        }
    }

    static Object floatMethod(double d, String name, Object[] args) {
        return floatMethod(d, name, args, false);
    }

    /** compiler-rt's {@code __powisf2}/{@code __powidf2} (what {@code powi} calls in a debug build): square and multiply. */
    static double powi(double b, long n, boolean f32) {
        boolean recip = n < 0;
        double r = 1;
        while (true) {
            if ((n & 1) != 0) {
                r = f32 ? (float) (r * b) : r * b;
            }
            n /= 2;
            if (n == 0) {
                break;
            }
            b = f32 ? (float) (b * b) : b * b;
        }
        return recip ? (f32 ? (float) (1 / r) : 1 / r) : r;
    }

    static Object floatMethod(double d, String name, Object[] args, boolean f32) {
        if (name.equals("powi")) {
            return powi(d, Methods.intArg(args, 0).v, f32);
        }
        if (f32 && name.equals("sqrt")) {
            return (double) (float) Math.sqrt(d); // correctly rounded: sqrt's double result rounds to the f32 one
        }
        return switch (name) {
            case "sqrt" -> Math.sqrt(d);
            case "cbrt" -> Math.cbrt(d);
            case "abs" -> Math.abs(d);
            case "floor" -> Math.floor(d);
            case "ceil" -> Math.ceil(d);
            case "round" -> Double.isFinite(d) ? Math.copySign((double) Math.round(Math.abs(d)), d) : d;
            case "trunc" -> Double.isFinite(d) ? (double) (long) d : d;
            case "fract" -> d - (Double.isFinite(d) ? (double) (long) d : d);
            case "signum" -> Double.isNaN(d) ? d : Math.copySign(1.0, d);
            case "powi", "powf" -> Math.pow(d, Values.toDouble(Methods.arg(args, 0)));
            case "min", "max" -> {
                double o = Values.toDouble(Methods.arg(args, 0));
                // Rust's min/max ignore a NaN operand
                yield Double.isNaN(d) ? o : Double.isNaN(o) ? d : name.equals("min") ? Math.min(d, o) : Math.max(d, o);
            }
            case "clamp" -> Math.max(Values.toDouble(Methods.arg(args, 0)), Math.min(Values.toDouble(Methods.arg(args, 1)), d));
            case "hypot" -> Math.hypot(d, Values.toDouble(Methods.arg(args, 0)));
            case "atan2" -> Math.atan2(d, Values.toDouble(Methods.arg(args, 0)));
            case "sin" -> Math.sin(d);
            case "cos" -> Math.cos(d);
            case "tan" -> Math.tan(d);
            case "asin" -> Math.asin(d);
            case "acos" -> Math.acos(d);
            case "atan" -> Math.atan(d);
            case "ln" -> Math.log(d);
            case "log10" -> Math.log10(d);
            case "log2" -> Math.log(d) / Math.log(2);
            case "log" -> Math.log(d) / Math.log(Values.toDouble(Methods.arg(args, 0)));
            case "exp" -> Math.exp(d);
            case "to_degrees" -> Math.toDegrees(d);
            case "to_radians" -> Math.toRadians(d);
            case "mul_add" -> d * Values.toDouble(Methods.arg(args, 0)) + Values.toDouble(Methods.arg(args, 1));
            case "is_nan" -> Double.isNaN(d);
            case "is_infinite" -> Double.isInfinite(d);
            case "is_finite" -> Double.isFinite(d);
            case "is_sign_negative" -> (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0;
            case "is_sign_positive" -> (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) == 0;
            default -> throw new RPanic("no method named `" + name + "` found for `f64`");
        };
    }

    /** Unicode's Numeric property (what {@code char::is_numeric} tests): decimal digits, letter numbers, other numbers. */
    private static boolean numeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Unicode's White_Space property ({@code char::is_whitespace}); Java's own test differs (U+00A0, U+001C..1F). */
    private static boolean whiteSpace(int cp) {
        return cp >= 9 && cp <= 13 || cp == 32 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200A
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    private static int asciiCase(int cp, boolean upper) {
        if (upper && cp >= 'a' && cp <= 'z') {
            return cp - 32;
        }
        if (!upper && cp >= 'A' && cp <= 'Z') {
            return cp + 32;
        }
        return cp;
    }

    /** The {@code is_ascii_*} tests, shared by {@code char} and {@code u8}. */
    private static boolean ascii(int c, String name) {
        return switch (name) {
            case "is_ascii" -> c < 128;
            case "is_ascii_alphabetic" -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            case "is_ascii_digit" -> c >= '0' && c <= '9';
            case "is_ascii_alphanumeric" -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            case "is_ascii_whitespace" -> c == ' ' || c == '\t' || c == '\n' || c == 0x0C || c == '\r';
            case "is_ascii_uppercase" -> c >= 'A' && c <= 'Z';
            case "is_ascii_lowercase" -> c >= 'a' && c <= 'z';
            case "is_ascii_punctuation" -> c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
            case "is_ascii_hexdigit" -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case "is_ascii_graphic" -> c >= 33 && c <= 126;
            default -> c < 32 || c == 127; // is_ascii_control
        };
    }

    /** A {@code u8}'s ASCII methods ({@code b.is_ascii_digit()}, {@code b.to_ascii_uppercase()}), or null. */
    static Object byteAscii(RInt i, String name, Object[] args) {
        int c = (int) i.v;
        if (name.startsWith("is_ascii")) {
            return ascii(c, name);
        }
        return switch (name) {
            case "to_ascii_uppercase", "to_ascii_lowercase" -> RInt.of(asciiCase(c, name.equals("to_ascii_uppercase")), IntTy.U8);
            case "eq_ignore_ascii_case" -> asciiCase(c, false) == asciiCase((int) Methods.intArg(args, 0).v, false);
            default -> null;
        };
    }

    static Object charMethod(RChar c, String name, Object[] args) {
        int cp = c.cp();
        return switch (name) {
            case "is_alphabetic" -> Character.isAlphabetic(cp);
            case "is_numeric" -> numeric(cp);
            case "is_alphanumeric" -> Character.isAlphabetic(cp) || numeric(cp);
            case "is_whitespace" -> whiteSpace(cp);
            case "is_uppercase" -> Character.isUpperCase(cp);
            case "is_lowercase" -> Character.isLowerCase(cp);
            case "to_uppercase", "to_lowercase" -> {
                String u = name.equals("to_uppercase") ? new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT)
                        : new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT);
                java.util.List<Object> cs = new java.util.ArrayList<>();
                u.codePoints().forEach(x -> cs.add(new RChar(x)));
                yield RIter.over(cs.iterator());
            }
            case "to_ascii_uppercase", "to_ascii_lowercase" -> new RChar(asciiCase(cp, name.equals("to_ascii_uppercase")));
            case "eq_ignore_ascii_case" -> asciiCase(cp, false) == asciiCase(((RChar) Methods.arg(args, 0)).cp(), false);
            case "is_ascii", "is_ascii_alphabetic", "is_ascii_digit", "is_ascii_alphanumeric", "is_ascii_whitespace", "is_ascii_uppercase",
                    "is_ascii_lowercase", "is_ascii_punctuation", "is_ascii_hexdigit", "is_ascii_graphic", "is_ascii_control" -> ascii(cp, name);
            case "is_control" -> Character.isISOControl(cp);
            case "is_digit" -> Character.digit(cp, (int) Methods.intArg(args, 0).v) >= 0;
            case "to_digit" -> {
                int d = Character.digit(cp, (int) Methods.intArg(args, 0).v);
                yield d < 0 ? REnum.NONE : REnum.some(RInt.of(d, IntTy.U32));
            }
            case "len_utf8" -> Methods.usize(c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            default -> throw new RPanic("no method named `" + name + "` found for `char`");
        };
    }

    static Object durationMethod(RDuration d, String name, Object[] args) {
        long n = d.nanos();
        java.math.BigInteger total = d.total();
        return switch (name) {
            case "as_millis" -> u128(total.divide(java.math.BigInteger.valueOf(1_000_000)));
            case "as_micros" -> u128(total.divide(java.math.BigInteger.valueOf(1_000)));
            case "as_nanos" -> u128(total);
            case "as_secs" -> RInt.of(d.secs(), IntTy.U64);
            case "as_secs_f64", "as_secs_f32" -> total.doubleValue() / 1e9;
            case "as_millis_f64" -> total.doubleValue() / 1e6;
            case "subsec_millis" -> RInt.of(d.subsec() / 1_000_000, IntTy.U32);
            case "subsec_micros" -> RInt.of(d.subsec() / 1_000, IntTy.U32);
            case "subsec_nanos" -> RInt.of(d.subsec(), IntTy.U32);
            case "is_zero" -> d.secs() == 0 && d.subsec() == 0;
            case "mul_f64" -> new RDuration((long) (n * Values.toDouble(Methods.arg(args, 0))));
            case "checked_add" -> option(RDuration.ofTotal(total.add(((RDuration) Methods.arg(args, 0)).total())));
            case "checked_sub" -> option(RDuration.ofTotal(total.subtract(((RDuration) Methods.arg(args, 0)).total())));
            case "checked_mul" -> option(RDuration.ofTotal(total.multiply(java.math.BigInteger.valueOf(Methods.intArg(args, 0).v & 0xFFFF_FFFFL))));
            case "checked_div" -> {
                long k = Methods.intArg(args, 0).v & 0xFFFF_FFFFL;
                yield k == 0 ? REnum.NONE : REnum.some(d.div(k));
            }
            case "saturating_add" -> {
                RDuration r = RDuration.ofTotal(total.add(((RDuration) Methods.arg(args, 0)).total()));
                yield r == null ? RDuration.MAX : r;
            }
            case "saturating_sub" -> {
                RDuration r = RDuration.ofTotal(total.subtract(((RDuration) Methods.arg(args, 0)).total()));
                yield r == null ? new RDuration(0) : r;
            }
            default -> throw new RPanic("no method named `" + name + "` found for `Duration`");
        };
    }

    private static Object option(Object v) {
        return v == null ? REnum.NONE : REnum.some(v);
    }

    /** A u128 result. */
    private static RInt u128(java.math.BigInteger v) {
        return RInt.wide(v, IntTy.U128);
    }
}
