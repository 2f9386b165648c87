package asyncscope.lessons.rustlite.value;

/**
 * Binary and unary operators with Rust's semantics: integer arithmetic checks overflow like a debug build
 * ({@code attempt to add with overflow}), division by zero panics, {@code String + &str} concatenates, and
 * comparisons follow derived PartialOrd.
 */
public final class Arith {
    private Arith() {}

    /** Operator codes for {@link #intFast}: arithmetic first, comparisons after {@link #EQ}. */
    public static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, REM = 4, AND = 5, OR = 6, XOR = 7, SHL = 8, SHR = 9,
            EQ = 10, NE = 11, LT = 12, GT = 13, LE = 14, GE = 15;

    /** The code of an operator's symbol, or -1 for one {@link #intFast} leaves to {@link #binary}. */
    public static int code(String op) {
        return switch (op) {
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "/" -> DIV;
            case "%" -> REM;
            case "&" -> AND;
            case "|" -> OR;
            case "^" -> XOR;
            case "<<" -> SHL;
            case ">>" -> SHR;
            case "==" -> EQ;
            case "!=" -> NE;
            case "<" -> LT;
            case ">" -> GT;
            case "<=" -> LE;
            case ">=" -> GE;
            default -> -1;
        };
    }

    /**
     * {@code x op y} on two integers, by operator code: the same results, overflow checks and panic messages as
     * {@link #binary}, without looking the operator up by name (the interpreter's hot path).
     */
    public static Object intFast(int code, String op, RInt x, RInt y) {
        if (x.ty.wide() || y.ty.wide()) {
            return binary(op, x, y); // i128/u128: exact arithmetic there
        }
        switch (code) {
            case EQ:
                return x.v == y.v;
            case NE:
                return x.v != y.v;
            case LT:
                return x.compareTo(y) < 0;
            case GT:
                return x.compareTo(y) > 0;
            case LE:
                return x.compareTo(y) <= 0;
            case GE:
                return x.compareTo(y) >= 0;
            case SHL:
            case SHR:
                return ints(op, x, y);
            default:
                break;
        }
        IntTy t = x.inferred && !y.inferred ? y.ty : x.ty;
        boolean inf = x.inferred && y.inferred;
        if (code > XOR) {
            return ints(op, x, y);
        }
        return new RInt(arith(code, op, t, inf, x.v, y.v), t, inf);
    }

    /**
     * The arithmetic of {@link #intFast} on bare longs ({@code code} from {@link #ADD} to {@link #XOR}) in type
     * {@code t}: the same overflow and division checks, the same panics.
     */
    public static long arith(int code, String op, IntTy t, boolean inf, long a, long b) {
        long r;
        switch (code) {
            case ADD -> r = add(t, a, b, "attempt to add with overflow");
            case SUB -> r = sub(t, a, b);
            case MUL -> r = mul(t, a, b);
            case DIV -> {
                if (b == 0) {
                    throw new RPanic("attempt to divide by zero");
                }
                if (t.signed && (t.bits == 64 ? a == Long.MIN_VALUE : a == t.min()) && b == -1) {
                    throw new RPanic("attempt to divide with overflow");
                }
                r = t.signed || t.bits < 64 ? a / b : Long.divideUnsigned(a, b);
            }
            case REM -> {
                if (b == 0) {
                    throw new RPanic("attempt to calculate the remainder with a divisor of zero");
                }
                if (t.signed && b == -1 && a == (t.bits == 64 ? Long.MIN_VALUE : t.min())) {
                    throw new RPanic("attempt to calculate the remainder with overflow"); // as ints(): MIN % -1 does not fit
                }
                r = t.signed || t.bits < 64 ? a % b : Long.remainderUnsigned(a, b);
            }
            case AND -> r = a & b;
            case OR -> r = a | b;
            case XOR -> r = a ^ b;
            default -> throw new RPanic("unknown operator `" + op + "`");
        }
        if (inf && t == IntTy.I32 && !IntTy.I32.fits(r)) {
            throw new RPanic(overflowMessage(op));
        }
        return r;
    }

    public static Object binary(String op, Object a, Object b) {
        switch (op) {
            case "==":
                return Values.eq(a, b);
            case "!=":
                return !Values.eq(a, b);
            case "<":
                return Values.compare(a, b) < 0;
            case ">":
                return Values.compare(a, b) > 0;
            case "<=":
                return Values.compare(a, b) <= 0;
            case ">=":
                return Values.compare(a, b) >= 0;
            default:
                break;
        }
        a = Values.unwrapArc(a);
        b = Values.unwrapArc(b);
        if (a instanceof RInt x && b instanceof RInt y) {
            return ints(op, x, y);
        }
        if (a instanceof Double || b instanceof Double || a instanceof Float || b instanceof Float) {
            // f32 operands: the f64 result rounded to f32 is f32 arithmetic exactly (53 >= 2 * 24 + 2 bits, so the
            // double rounding is harmless for + - * / and exact for %); an f64 operand beside an f32 is an untyped
            // literal, which rustc types f32
            boolean f32 = a instanceof Float || b instanceof Float;
            double x = f32 ? (float) Values.toDouble(a) : Values.toDouble(a);
            double y = f32 ? (float) Values.toDouble(b) : Values.toDouble(b);
            double r = switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                case "%" -> x % y;
                default -> throw new RPanic("cannot apply `" + op + "` to floats");
            };
            return f32 ? (Object) (float) r : (Object) r;
        }
        if (op.equals("+") && a instanceof RStr x && (b instanceof RStr || b instanceof RChar)) {
            String more = b.toString();
            asyncscope.lessons.rustlite.interp.Watch.build((long) x.sb.length() + more.length(), 2);
            return new RStr(x.toString() + more);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case "&":
                    return x & y;
                case "|":
                    return x | y;
                case "^":
                    return x ^ y;
                default:
                    break;
            }
        }
        if (a instanceof RDuration x) {
            if (b instanceof RDuration y) {
                return switch (op) {
                    case "+" -> RDuration.ofTotal(x.total().add(y.total()), "overflow when adding durations");
                    case "-" -> RDuration.ofTotal(x.total().subtract(y.total()), "overflow when subtracting durations");
                    default -> throw new RPanic("cannot apply `" + op + "` to Durations");
                };
            }
            if (b instanceof RInt n && (op.equals("*") || op.equals("/"))) {
                long k = n.v & 0xFFFF_FFFFL; // the scalar is a u32
                return op.equals("*")
                        ? RDuration.ofTotal(x.total().multiply(java.math.BigInteger.valueOf(k)), "overflow when multiplying duration by scalar")
                        : x.div(k);
            }
        }
        if (a instanceof RInstant x) {
            if (b instanceof RDuration d) {
                return new RInstant(op.equals("+") ? x.nanos() + d.nanos() : x.nanos() - d.nanos());
            }
            if (b instanceof RInstant y && op.equals("-")) {
                return new RDuration(Math.max(0, x.nanos() - y.nanos()));
            }
        }
        throw new RPanic("cannot apply `" + op + "` to " + Fmt.debug(a, false) + " and " + Fmt.debug(b, false));
    }

    static IntTy common(RInt x, RInt y) {
        if (x.inferred && !y.inferred) {
            return y.ty;
        }
        return x.ty;
    }

    public static RInt ints(String op, RInt x, RInt y) {
        IntTy t = common(x, y);
        if (t.wide()) {
            return wideInts(op, t, x, y);
        }
        boolean inf = x.inferred && y.inferred;
        long a = x.v;
        long b = y.v;
        long r;
        switch (op) {
            case "+" -> r = add(t, a, b, "attempt to add with overflow");
            case "-" -> r = sub(t, a, b);
            case "*" -> r = mul(t, a, b);
            case "/" -> {
                if (b == 0) {
                    throw new RPanic("attempt to divide by zero");
                }
                if (t.signed && t.bits == 64 && a == Long.MIN_VALUE && b == -1 || t.signed && t.bits < 64 && a == t.min() && b == -1) {
                    throw new RPanic("attempt to divide with overflow");
                }
                r = t.signed || t.bits < 64 ? a / b : Long.divideUnsigned(a, b);
            }
            case "%" -> {
                if (b == 0) {
                    throw new RPanic("attempt to calculate the remainder with a divisor of zero");
                }
                if (t.signed && b == -1 && a == (t.bits == 64 ? Long.MIN_VALUE : t.min())) {
                    throw new RPanic("attempt to calculate the remainder with overflow"); // MIN / -1 does not fit: neither does MIN % -1
                }
                r = t.signed || t.bits < 64 ? a % b : Long.remainderUnsigned(a, b);
            }
            case "&" -> r = a & b;
            case "|" -> r = a | b;
            case "^" -> r = a ^ b;
            case "<<" -> {
                if (b < 0 || b >= t.bits) {
                    throw new RPanic("attempt to shift left with overflow");
                }
                r = t.wrap(a << b);
            }
            case ">>" -> {
                if (b < 0 || b >= t.bits) {
                    throw new RPanic("attempt to shift right with overflow");
                }
                r = t.signed ? a >> b : (t.bits == 64 ? a >>> b : a >> b);
            }
            default -> throw new RPanic("unknown operator `" + op + "`");
        }
        if (inf && !IntTy.I32.fits(r) && t == IntTy.I32) {
            throw new RPanic(overflowMessage(op));
        }
        return new RInt(r, t, inf);
    }

    /** i128 and u128 arithmetic, exactly, with a debug build's overflow panics. */
    private static RInt wideInts(String op, IntTy t, RInt x, RInt y) {
        java.math.BigInteger a = x.exact();
        java.math.BigInteger b = y.exact();
        java.math.BigInteger r;
        switch (op) {
            case "+" -> r = a.add(b);
            case "-" -> r = a.subtract(b);
            case "*" -> r = a.multiply(b);
            case "/", "%" -> {
                if (b.signum() == 0) {
                    throw new RPanic(op.equals("/") ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero");
                }
                if (t.signed && a.equals(t.wideMin()) && b.equals(java.math.BigInteger.ONE.negate())) {
                    throw new RPanic(op.equals("/") ? "attempt to divide with overflow" : "attempt to calculate the remainder with overflow");
                }
                r = op.equals("/") ? a.divide(b) : a.remainder(b);
            }
            case "&" -> r = a.and(b);
            case "|" -> r = a.or(b);
            case "^" -> r = a.xor(b);
            case "<<", ">>" -> {
                if (b.signum() < 0 || b.compareTo(java.math.BigInteger.valueOf(128)) >= 0) {
                    throw new RPanic("attempt to shift " + (op.equals("<<") ? "left" : "right") + " with overflow");
                }
                r = op.equals("<<") ? t.wideWrap(a.shiftLeft(b.intValue())) : a.shiftRight(b.intValue());
                return RInt.wide(r, t);
            }
            default -> throw new RPanic("unknown operator `" + op + "`");
        }
        if (r.compareTo(t.wideMin()) < 0 || r.compareTo(t.wideMax()) > 0) {
            throw new RPanic(switch (op) {
                case "+" -> "attempt to add with overflow";
                case "-" -> "attempt to subtract with overflow";
                default -> "attempt to multiply with overflow";
            });
        }
        return RInt.wide(r, t);
    }

    private static String overflowMessage(String op) {
        return switch (op) {
            case "+" -> "attempt to add with overflow";
            case "-" -> "attempt to subtract with overflow";
            case "*" -> "attempt to multiply with overflow";
            default -> "arithmetic overflow";
        };
    }

    static long add(IntTy t, long a, long b, String msg) {
        if (t.bits == 64) {
            if (t.signed) {
                try {
                    return Math.addExact(a, b);
                } catch (ArithmeticException e) {
                    throw new RPanic(msg);
                }
            }
            long r = a + b;
            if (Long.compareUnsigned(r, a) < 0) {
                throw new RPanic(msg);
            }
            return r;
        }
        long r = a + b;
        if (!t.fits(r)) {
            throw new RPanic(msg);
        }
        return r;
    }

    static long sub(IntTy t, long a, long b) {
        String msg = "attempt to subtract with overflow";
        if (t.bits == 64) {
            if (t.signed) {
                try {
                    return Math.subtractExact(a, b);
                } catch (ArithmeticException e) {
                    throw new RPanic(msg);
                }
            }
            if (Long.compareUnsigned(a, b) < 0) {
                throw new RPanic(msg);
            }
            return a - b;
        }
        long r = a - b;
        if (!t.fits(r)) {
            throw new RPanic(msg);
        }
        return r;
    }

    static long mul(IntTy t, long a, long b) {
        String msg = "attempt to multiply with overflow";
        if (t.bits == 64) {
            if (t.signed) {
                try {
                    return Math.multiplyExact(a, b);
                } catch (ArithmeticException e) {
                    throw new RPanic(msg);
                }
            }
            // the high 64 bits of the unsigned 128-bit product must be zero
            long high = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
            if (high != 0) {
                throw new RPanic(msg);
            }
            return a * b;
        }
        long r;
        try {
            r = Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new RPanic(msg);
        }
        if (!t.fits(r)) {
            throw new RPanic(msg);
        }
        return r;
    }

    /** {@code wrapping_add} etc.: the same operation, wrapped to the type's width. */
    public static RInt wrapping(String op, RInt x, RInt y) {
        IntTy t = common(x, y);
        long r = switch (op) {
            case "add" -> x.v + y.v;
            case "sub" -> x.v - y.v;
            case "mul" -> x.v * y.v;
            default -> throw new RPanic("unknown wrapping op " + op);
        };
        return RInt.of(t.wrap(r), t);
    }

    /** {@code checked_add} etc.: Some(result) or None on overflow. */
    public static REnum checked(String op, RInt x, RInt y) {
        try {
            if ((op.equals("div") || op.equals("rem")) && y.v == 0) {
                return REnum.NONE;
            }
            String sym = switch (op) {
                case "add" -> "+";
                case "sub" -> "-";
                case "mul" -> "*";
                case "div" -> "/";
                default -> "%";
            };
            RInt r = ints(sym, x.inferred ? x.as(common(x, y)) : x, y);
            return REnum.some(r);
        } catch (RPanic p) {
            return REnum.NONE;
        }
    }

    /** {@code saturating_add} / {@code saturating_sub}. */
    public static RInt saturating(String op, RInt x, RInt y) {
        IntTy t = common(x, y);
        try {
            return RInt.of(op.equals("add") ? add(t, x.v, y.v, "") : op.equals("sub") ? sub(t, x.v, y.v) : mul(t, x.v, y.v), t);
        } catch (RPanic p) {
            boolean neg = op.equals("sub") ? Values.compare(x, y) < 0 : (op.equals("mul") ? (x.v < 0) != (y.v < 0) : y.v < 0 && t.signed);
            return RInt.of(neg ? t.min() : t.max(), t);
        }
    }

    public static Object negate(Object v) {
        if (v instanceof RInt r) {
            if (!r.ty.signed) {
                throw new RPanic("cannot apply unary operator `-` to type `" + r.ty.rustName() + "`");
            }
            if (r.ty.wide()) {
                if (r.exact().equals(r.ty.wideMin())) {
                    throw new RPanic("attempt to negate with overflow");
                }
                return RInt.wide(r.exact().negate(), r.ty);
            }
            if (r.v == r.ty.min()) {
                throw new RPanic("attempt to negate with overflow");
            }
            return new RInt(-r.v, r.ty, r.inferred);
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof Float d) {
            return -d;
        }
        throw new RPanic("cannot negate " + Fmt.debug(v, false));
    }

    public static Object not(Object v) {
        if (v instanceof Boolean b) {
            return !b;
        }
        if (v instanceof RInt r) {
            return new RInt(r.ty.wrap(~r.v), r.ty, r.inferred);
        }
        throw new RPanic("cannot apply `!` to " + Fmt.debug(v, false));
    }

    /** {@code v as T}. */
    public static Object cast(Object v, String type) {
        if (v instanceof Float f) {
            v = f.doubleValue(); // exact: an f32 is an f64 too
        }
        if (type.equals("f32")) {
            return v instanceof Double || v instanceof RInt ? (Object) (float) Values.toDouble(v) : v;
        }
        IntTy t = IntTy.parse(type);
        if (t != null && t.wide()) {
            if (v instanceof RInt r) {
                return RInt.wide(t.wideWrap(r.exact()), t);
            }
            if (v instanceof Double d) {
                // saturating, NaN to 0, as Rust's float-to-int casts
                java.math.BigInteger n = d.isNaN() ? java.math.BigInteger.ZERO : d.isInfinite()
                        ? (d > 0 ? t.wideMax() : t.wideMin()) : new java.math.BigDecimal(d).toBigInteger();
                return RInt.wide(n.max(t.wideMin()).min(t.wideMax()), t);
            }
        }
        if (t != null) {
            if (v instanceof RInt r) {
                return RInt.of(t.wrap(r.v), t);
            }
            if (v instanceof Double d) {
                long l = d.isNaN() ? 0 : (long) Math.max(t.signed ? t.min() : 0, Math.min(d, t.bits == 64 && !t.signed ? 1.8446744073709552E19 : t.max()));
                return RInt.of(l, t);
            }
            if (v instanceof RChar c) {
                return RInt.of(t.wrap(c.cp()), t);
            }
            if (v instanceof Boolean b) {
                return RInt.of(b ? 1 : 0, t);
            }
            if (v instanceof REnum e && e.info != null) {
                return RInt.of(e.info.variantOrder(e.variant), t);
            }
            if (v instanceof REnum e && e.type.equals("Ordering")) { // #[repr(i8)] Less = -1, Equal = 0, Greater = 1
                return RInt.of(t.wrap(e.variant.equals("Less") ? -1 : e.variant.equals("Greater") ? 1 : 0), t);
            }
        }
        if (type.equals("f64") || type.equals("f32")) {
            return Values.toDouble(v);
        }
        if (type.equals("char") && v instanceof RInt r) {
            return new RChar((int) r.v);
        }
        return v;
    }
}
