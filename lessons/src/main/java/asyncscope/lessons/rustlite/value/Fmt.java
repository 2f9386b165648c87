package asyncscope.lessons.rustlite.value;

import java.util.List;
import java.util.Map;

/**
 * Rust's {@code Display} ({@code {}}) and {@code Debug} ({@code {:?}}, {@code {:#?}}) formatting of values,
 * plus width/fill/alignment/precision from a format spec. Debug output matches what {@code #[derive(Debug)]}
 * prints: {@code Point { x: 1, y: 2 }}, {@code Some("a")}, {@code [1, 2]}, {@code (1, "x")}.
 */
public final class Fmt {
    private Fmt() {}

    /** A parsed {@code {:...}} spec. */
    public record Spec(char fill, char align, boolean alt, boolean zero, boolean plus, int width, int precision, char kind,
                       String widthArg, String precisionArg) {
        public static final Spec PLAIN = new Spec(' ', '\0', false, false, false, -1, -1, '\0', null, null);

        public Spec withWidth(int w, int pr) {
            return new Spec(fill, align, alt, zero, plus, w, pr, kind, null, null);
        }
    }

    public static String display(Object v) {
        StringBuilder b = new StringBuilder();
        display(b, v);
        return b.toString();
    }

    private static void display(StringBuilder b, Object v) {
        if (v instanceof RStr || v instanceof RInt || v instanceof RChar || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Double d) {
            b.append(floatDisplay(d));
        } else if (v instanceof Float f) {
            b.append(floatDisplay(f));
        } else if (v instanceof RArc a) {
            display(b, a.inner);
        } else if (v instanceof Displayable d) {
            b.append(d.display());
        } else if (v instanceof REnum e && e.info == null && e.type.equals("JoinError")) {
            b.append(e.fields.length > 0 ? e.fields[0] : "");
        } else if (v instanceof REnum e && e.family != null && StdErrors.display(e) != null) {
            b.append(StdErrors.display(e));
        } else {
            debug(b, v, false, 0);
        }
    }

    /**
     * The shortest decimal that reads back as {@code |f|} (as Rust's Grisu/Ryu does for f32: {@code 0.1 + 0.2} is
     * {@code 0.3}, {@code 1.0 / 3.0} is {@code 0.33333334}): the value rounded to 1, 2, ... 9 significant digits, the
     * first that round-trips.
     */
    static java.math.BigDecimal shortest(float f) {
        java.math.BigDecimal exact = new java.math.BigDecimal(Math.abs(f));
        for (int p = 1; p < 9; p++) {
            java.math.BigDecimal r = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (r.floatValue() == Math.abs(f)) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new java.math.MathContext(9, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Display of an f32: its shortest digits, never in exponent form ({@code 1e10f32} is {@code 10000000000}). */
    static String floatDisplay(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) {
            return floatDisplay((double) f);
        }
        return (f < 0 ? "-" : "") + shortest(f).toPlainString();
    }

    /** Debug of an f32: as its Display with {@code .0} when whole, in exponent form below 1e-4 and from 1e16 on. */
    static String floatDebug(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            return floatDisplay((double) f);
        }
        float a = Math.abs(f);
        if (a != 0 && (a < 1e-4f || a >= 1e16f)) {
            return (f < 0 ? "-" : "") + exp(shortest(f), -1, false);
        }
        String s = floatDisplay(f);
        return s.contains(".") ? s : s + ".0";
    }

    static String floatDisplay(double d) {
        if (d == 0 && Double.doubleToRawLongBits(d) < 0) {
            return "-0";
        }
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e16) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = Double.toString(d);
        if (s.contains("E")) {
            s = new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s;
    }

    /** The program's own {@code impl Debug}, consulted for user types while a format runs (null: none). */
    public static final ThreadLocal<java.util.function.BiFunction<Object, Boolean, String>> USER_DEBUG = new ThreadLocal<>();

    /**
     * The spec of a {@code {:>5?}} / {@code {:.1?}} / {@code {:x?}} being formatted: as Rust passes its Formatter down
     * through derived Debug impls, it reaches every number, bool and {@code ()} inside the value (each padded on its
     * own), while strings, chars and unit variants write themselves as they are. Null: none.
     */
    private static final ThreadLocal<Spec> DEBUG_SPEC = new ThreadLocal<>();

    /** A leaf of a Debug value under {@link #DEBUG_SPEC}: formatted with the spec, or null when there is none. */
    private static String leaf(Object v) {
        Spec s = DEBUG_SPEC.get();
        if (s == null) {
            return null;
        }
        char k = s.kind() == 'h' ? 'x' : s.kind() == 'H' ? 'X' : '?';
        if (k != '?' && !(v instanceof RInt)) {
            k = '?';
        }
        return format(v, new Spec(s.fill(), s.align(), s.alt(), s.zero(), s.plus(), s.width(), s.precision(), k, null, null));
    }

    /** Debug of a float: the shortest digits, with {@code .0} when whole, in exponent form below 1e-4 and from 1e16 on. */
    static String floatDebug(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return floatDisplay(d);
        }
        double a = Math.abs(d);
        if (a != 0 && (a < 1e-4 || a >= 1e16)) {
            return exp(d, -1, false);
        }
        String s = floatDisplay(d);
        return s.contains(".") ? s : s + ".0";
    }

    /** The digits of {@code |d|} with {@code precision} decimals, rounded half to even on its exact binary value. */
    static String fixed(double d, int precision) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        if (Double.isInfinite(d)) {
            return sign + "inf";
        }
        return sign + new java.math.BigDecimal(Math.abs(d)).setScale(precision, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * {@code {:e}}: one digit, the rest after a point, {@code e} and the exponent ({@code 1.5e3}, {@code 1e-7}); the
     * shortest digits that give the value back, or {@code precision} decimals rounded half to even.
     */
    static String exp(double d, int precision, boolean upper) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return floatDisplay(d);
        }
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        double a = Math.abs(d);
        java.math.BigDecimal bd = precision < 0 ? new java.math.BigDecimal(Double.toString(a)) : new java.math.BigDecimal(a);
        return sign + exp(bd, precision, upper);
    }

    static String exp(java.math.BigDecimal bd, int precision, boolean upper) {
        if (bd.signum() == 0) {
            return "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + (upper ? "E0" : "e0");
        }
        if (precision >= 0) {
            bd = bd.round(new java.math.MathContext(precision + 1, java.math.RoundingMode.HALF_EVEN));
        } else {
            bd = bd.stripTrailingZeros();
        }
        String digits = bd.unscaledValue().toString();
        int e = digits.length() - 1 - bd.scale();
        if (precision >= 0) {
            digits = digits.length() > precision + 1 ? digits.substring(0, precision + 1)
                    : digits + "0".repeat(precision + 1 - digits.length());
        } else {
            digits = digits.replaceFirst("0+$", "");
            if (digits.isEmpty()) {
                digits = "0";
            }
        }
        String m = digits.substring(0, 1) + (digits.length() > 1 ? "." + digits.substring(1) : "");
        return m + (upper ? "E" : "e") + e;
    }

    public static String debug(Object v, boolean pretty) {
        StringBuilder b = new StringBuilder();
        debug(b, v, pretty, 0);
        return b.toString();
    }

    private static void indent(StringBuilder b, int n) {
        b.append("    ".repeat(n));
    }

    private static void debug(StringBuilder b, Object v, boolean pretty, int ind) {
        if (v instanceof RStruct || v instanceof REnum e0 && e0.info != null) {
            java.util.function.BiFunction<Object, Boolean, String> user = USER_DEBUG.get();
            String custom = user == null ? null : user.apply(v, pretty);
            if (custom != null) {
                b.append(custom);
                return;
            }
        }
        if (v instanceof RStr s) {
            quote(b, s.toString(), '"');
        } else if (v instanceof RChar c) {
            quote(b, c.toString(), '\'');
        } else if (v instanceof RInt || v instanceof Boolean || v instanceof Double || v instanceof Float || v instanceof Unit) {
            String l = leaf(v);
            b.append(l != null ? l : v instanceof Double d ? floatDebug(d) : v instanceof Float f ? floatDebug(f)
                    : v instanceof Unit ? "()" : v.toString());
        } else if (v instanceof RArc a) {
            debug(b, a.inner, pretty, ind);
        } else if (v instanceof RTuple t) {
            seq(b, "(", ")", List.of(t.items()), pretty, ind, t.items().length == 1);
        } else if (v instanceof RVec vec) {
            seq(b, "[", "]", vec.items, pretty, ind, false);
        } else if (v instanceof RMap m) {
            if (m.map.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append('{');
            boolean first = true;
            for (Map.Entry<Object, Object> e : m.map.entrySet()) {
                if (pretty) {
                    b.append('\n');
                    indent(b, ind + 1);
                } else if (!first) {
                    b.append(", ");
                }
                first = false;
                debug(b, e.getKey(), pretty, ind + 1);
                b.append(": ");
                debug(b, e.getValue(), pretty, ind + 1);
                if (pretty) {
                    b.append(',');
                }
            }
            if (pretty) {
                b.append('\n');
                indent(b, ind);
            }
            b.append('}');
        } else if (v instanceof REnum e && e.family != null && StdErrors.debug(e) != null) {
            b.append(StdErrors.debug(e));
        } else if (v instanceof REnum e) {
            b.append(e.variant);
            if (e.fieldNames != null) {
                fields(b, e.fieldNames, e.fields, pretty, ind);
            } else if (e.fields.length > 0) {
                seq(b, "(", ")", List.of(e.fields), pretty, ind, false);
            }
        } else if (v instanceof RStruct s) {
            b.append(s.info.name);
            if (s.info.tuple) {
                if (s.fields.length > 0) {
                    seq(b, "(", ")", List.of(s.fields), pretty, ind, false);
                }
            } else {
                fields(b, s.info.fields, s.fields, pretty, ind);
            }
        } else if (v instanceof RDuration d) {
            b.append(d);
        } else if (v instanceof RRange r) {
            if (r.lo() != null) {
                debug(b, r.lo(), pretty, ind);
            }
            b.append(r.inclusive() ? "..=" : "..");
            if (r.hi() != null) {
                debug(b, r.hi(), pretty, ind);
            }
        } else if (v instanceof Displayable d) {
            b.append(d.debug());
        } else if (v == null) {
            b.append("<moved>");
        } else {
            b.append(v.getClass().getSimpleName());
        }
    }

    private static void fields(StringBuilder b, List<String> names, Object[] vals, boolean pretty, int ind) {
        if (names.isEmpty()) {
            return;
        }
        if (pretty) {
            b.append(" {\n");
            for (int i = 0; i < names.size(); i++) {
                indent(b, ind + 1);
                b.append(names.get(i)).append(": ");
                debug(b, vals[i], true, ind + 1);
                b.append(",\n");
            }
            indent(b, ind);
            b.append('}');
        } else {
            b.append(" { ");
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(names.get(i)).append(": ");
                debug(b, vals[i], false, ind);
            }
            b.append(" }");
        }
    }

    private static void seq(StringBuilder b, String open, String close, List<Object> items, boolean pretty, int ind, boolean oneTuple) {
        b.append(open);
        if (pretty && !items.isEmpty()) {
            b.append('\n');
            for (Object o : items) {
                indent(b, ind + 1);
                debug(b, o, true, ind + 1);
                b.append(",\n");
            }
            indent(b, ind);
        } else {
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                debug(b, items.get(i), false, ind);
            }
            if (oneTuple) {
                b.append(',');
            }
        }
        b.append(close);
    }

    private static void quote(StringBuilder b, String s, char q) {
        b.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                case '\0' -> b.append("\\0");
                default -> {
                    if (c == q) {
                        b.append('\\').append((char) c);
                    } else if (unprintable(c)) {
                        b.append("\\u{").append(Integer.toHexString(c)).append('}'); // as char::escape_debug
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        }
        b.append(q);
    }

    /** Characters Debug escapes as {@code \\u{..}}: controls, format characters, separators, private use, unassigned. */
    private static boolean unprintable(int c) {
        if (c < 0x7f) {
            return c < 0x20;
        }
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.SURROGATE;
    }

    /** Rust's Debug for Duration: 1.5s, 200ms, 1.000001ms, 10µs, 7ns. */
    public static String duration(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return trim(nanos, 1_000_000_000L) + "s";
        }
        if (nanos >= 1_000_000L) {
            return trim(nanos, 1_000_000L) + "ms";
        }
        if (nanos >= 1_000L) {
            return trim(nanos, 1_000L) + "µs";
        }
        return nanos + "ns";
    }

    private static String trim(long n, long unit) {
        long whole = n / unit;
        long frac = n % unit;
        if (frac == 0) {
            return Long.toString(whole);
        }
        String f = String.format("%0" + Long.toString(unit).length() + "d", frac).substring(1);
        f = f.replaceAll("0+$", "");
        return whole + "." + f;
    }

    /**
     * Formats one argument under a spec as std does: the number's sign, then a radix prefix ({@code #}), then zeros
     * ({@code 0} flag, sign-aware) or fill on the side the alignment says (numbers right, text left by default).
     * Debug of text (strings, chars, collections, structs) takes no width, as std's derived and str impls write
     * without padding.
     */
    /** Debug of a compound value: the spec goes to its leaves ({@link #DEBUG_SPEC}), not around the whole text. */
    private static String debugWith(Object v, Spec spec) {
        boolean leafSpec = spec.width() >= 0 || spec.precision() >= 0 || spec.plus() || spec.kind() == 'h' || spec.kind() == 'H';
        Spec prev = DEBUG_SPEC.get();
        if (leafSpec) {
            DEBUG_SPEC.set(spec);
        }
        try {
            return debug(v, spec.alt());
        } finally {
            DEBUG_SPEC.set(prev);
        }
    }

    public static String format(Object v, Spec spec) {
        if (spec.precision() > 0) {
            asyncscope.lessons.rustlite.interp.Watch.work(spec.precision()); // up to 65,535 digits
        }
        char k = spec.kind();
        boolean numeric = v instanceof RInt || v instanceof Double || v instanceof Float;
        String prefix = "";
        String s;
        if ((k == 'h' || k == 'H') && !(v instanceof RInt)) {
            return debugWith(v, spec);
        }
        if (k == 'h' || k == 'H') {
            k = k == 'h' ? 'x' : 'X';
        }
        if (k == '?') {
            if (v instanceof Double d) {
                s = spec.precision() >= 0 ? fixed(d, spec.precision()) : floatDebug(d);
            } else if (v instanceof Float f) {
                s = spec.precision() >= 0 ? fixed(f, spec.precision()) : floatDebug(f);
            } else if (numeric || v instanceof Boolean || v instanceof Unit) {
                s = v instanceof Unit ? "()" : v.toString();
            } else {
                return debugWith(v, spec);
            }
        } else if ((k == 'x' || k == 'X' || k == 'b' || k == 'o') && v instanceof RInt w && w.ty.wide()) {
            java.math.BigInteger n = w.exact().mod(java.math.BigInteger.ONE.shiftLeft(128)); // two's complement, as Rust
            s = n.toString(k == 'b' ? 2 : k == 'o' ? 8 : 16);
            if (k == 'X') {
                s = s.toUpperCase();
            }
            if (spec.alt()) {
                s = (k == 'x' || k == 'X' ? "0x" : k == 'b' ? "0b" : "0o") + s;
            }
        } else if (k == 'x' || k == 'X' || k == 'b' || k == 'o') {
            long n = v instanceof RInt r ? r.v : 0;
            if (v instanceof RInt r && r.ty.bits < 64 && n < 0) {
                n &= (1L << r.ty.bits) - 1;
            }
            s = switch (k) {
                case 'x' -> Long.toHexString(n);
                case 'X' -> Long.toHexString(n).toUpperCase();
                case 'b' -> Long.toBinaryString(n);
                default -> Long.toOctalString(n);
            };
            if (spec.alt()) {
                prefix = k == 'x' || k == 'X' ? "0x" : k == 'b' ? "0b" : "0o";
            }
        } else if (k == 'e' || k == 'E') {
            if (v instanceof RInt r) {
                java.math.BigDecimal bd = new java.math.BigDecimal(r.toString());
                s = (bd.signum() < 0 ? "-" : "") + exp(bd.abs(), spec.precision(), k == 'E');
            } else if (v instanceof Float f && spec.precision() < 0 && Float.isFinite(f)) {
                s = (Float.floatToRawIntBits(f) < 0 ? "-" : "") + exp(shortest(f), -1, k == 'E');
            } else {
                s = exp(v instanceof Double || v instanceof Float ? Values.toDouble(v) : 0, spec.precision(), k == 'E');
            }
        } else if (v instanceof Double d) {
            s = spec.precision() >= 0 ? fixed(d, spec.precision()) : floatDisplay(d);
        } else if (v instanceof Float f) {
            s = spec.precision() >= 0 ? fixed(f, spec.precision()) : floatDisplay(f);
        } else {
            s = display(v);
            if (spec.precision() >= 0 && !numeric && s.codePointCount(0, s.length()) > spec.precision()) {
                s = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
            }
        }
        String sign = "";
        if (numeric && s.startsWith("-")) {
            sign = "-";
            s = s.substring(1);
        } else if (numeric && spec.plus() && !s.equals("NaN")) {
            sign = "+";
        }
        int len = sign.length() + prefix.length() + s.codePointCount(0, s.length());
        if (spec.width() <= len) {
            return sign + prefix + s;
        }
        int pad = spec.width() - len;
        asyncscope.lessons.rustlite.interp.Watch.work(pad); // up to 65,535 fill characters: work the watchdog counts
        if (spec.zero() && numeric) {
            return sign + prefix + "0".repeat(pad) + s;
        }
        s = sign + prefix + s;
        char align = spec.align();
        if (align == '\0') {
            align = numeric ? '>' : '<';
        }
        String f = String.valueOf(spec.fill());
        return switch (align) {
            case '>' -> f.repeat(pad) + s;
            case '^' -> f.repeat(pad / 2) + s + f.repeat(pad - pad / 2);
            default -> s + f.repeat(pad);
        };
    }

    /** Runtime values with their own Display/Debug (JoinHandle, channels, HTTP responses ...). */
    public interface Displayable {
        String display();

        default String debug() {
            return display();
        }
    }
}
