package asyncscope.lessons.rustlite.value;

/** Equality, ordering and truthiness of run-time values, the way Rust's derived PartialEq/PartialOrd compare them. */
public final class Values {
    private Values() {}

    public static Object unwrapArc(Object v) {
        while (v instanceof RArc a) {
            v = a.inner;
        }
        return v;
    }

    public static int compare(Object a, Object b) {
        a = unwrapArc(a);
        b = unwrapArc(b);
        if (a instanceof RInt x && b instanceof RInt y) {
            return x.compareTo(y);
        }
        if (a instanceof RReverse x && b instanceof RReverse y) {
            return compare(y.inner(), x.inner());
        }
        if (a instanceof Double || b instanceof Double || a instanceof Float || b instanceof Float) {
            return Double.compare(toDouble(a), toDouble(b));
        }
        if (a instanceof RStr x && b instanceof RStr y) {
            return x.compareTo(y);
        }
        if (a instanceof RChar x && b instanceof RChar y) {
            return Integer.compare(x.cp(), y.cp());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof RTuple x && b instanceof RTuple y) {
            return seq(x.items(), y.items());
        }
        if (a instanceof RVec x && b instanceof RVec y) {
            return seq(x.items.toArray(), y.items.toArray());
        }
        if (a instanceof RStruct x && b instanceof RStruct y) {
            if (x.info == y.info && (x.info.cmpFn != null || x.info.partialCmpFn != null)) {
                UserOps ops = UserOps.current();
                if (ops != null) {
                    return ops.userCompare(x.info, x, y);
                }
            }
            return seq(x.fields, y.fields);
        }
        if (a instanceof RDuration x && b instanceof RDuration y) {
            return x.compareTo(y);
        }
        if (a instanceof RInstant x && b instanceof RInstant y) {
            return Long.compare(x.nanos(), y.nanos());
        }
        if (a instanceof REnum x && b instanceof REnum y) {
            if (x.info != null && x.info == y.info && (x.info.cmpFn != null || x.info.partialCmpFn != null)) {
                UserOps ops = UserOps.current();
                if (ops != null) {
                    return ops.userCompare(x.info, x, y);
                }
            }
            int c = Integer.compare(variantIndex(x), variantIndex(y));
            return c != 0 ? c : seq(x.fields, y.fields);
        }
        if (a instanceof Unit && b instanceof Unit) {
            return 0;
        }
        throw new RPanic("cannot compare " + Fmt.debug(a, false) + " with " + Fmt.debug(b, false));
    }

    private static int variantIndex(REnum e) {
        if (e.type.equals("Option")) {
            return e.variant.equals("None") ? 0 : 1;
        }
        if (e.type.equals("Result")) {
            return e.variant.equals("Ok") ? 0 : 1;
        }
        return e.info == null ? 0 : e.info.variantOrder(e.variant);
    }

    private static int seq(Object[] a, Object[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    public static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Float f) {
            return f;
        }
        if (v instanceof RInt r && (r.big != null || r.ty.wide())) {
            return r.exact().doubleValue();
        }
        if (v instanceof RInt r) {
            return r.ty.signed || r.ty.bits < 64 ? r.v : Long.toUnsignedString(r.v).length() > 0 ? Double.parseDouble(Long.toUnsignedString(r.v)) : 0;
        }
        throw new RPanic("expected a number, found " + Fmt.debug(v, false));
    }

    public static boolean eq(Object a, Object b) {
        a = unwrapArc(a);
        b = unwrapArc(b);
        if (a instanceof Double || b instanceof Double || a instanceof Float || b instanceof Float) {
            return toDouble(a) == toDouble(b);
        }
        if (a instanceof NumberLike n && b instanceof RInt r) {
            return n.asLong() == r.v;
        }
        if (b instanceof NumberLike n && a instanceof RInt r) {
            return n.asLong() == r.v;
        }
        TypeInfo ti = a instanceof RStruct s ? s.info : a instanceof REnum e ? e.info : null;
        if (ti != null && ti.eqFn != null && !(b instanceof RStruct) && !(b instanceof REnum)) {
            // `impl PartialEq<&str> for Path`: the program compares its type with another
            UserOps ops = UserOps.current();
            Boolean r = ops == null ? null : ops.userEq(ti, a, b);
            if (r != null) {
                return r;
            }
        }
        return a.equals(b);
    }

    public static boolean truthy(Object v, int line, int col) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new RPanic("expected `bool`, found " + Fmt.debug(v, false), line, col);
    }

    /** A prelude value that compares equal to an integer ({@code resp.status() == 200}). */
    public interface NumberLike {
        long asLong();
    }
}
