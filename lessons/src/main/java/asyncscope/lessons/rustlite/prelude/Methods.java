package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Coroutine;
import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Arith;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RArc;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.RDuration;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInstant;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RRange;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RStruct;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Methods of the built-in types: integers, strings, chars, Vec, HashMap, Option, Result, iterators, Duration,
 * Instant, JoinHandle... A method the type does not have is a panic naming the method and the value, never a
 * JVM error. Runtime resources added by the prelude (channels, locks) answer through {@link HasMethods}.
 */
public final class Methods {
    private Methods() {}

    /** A prelude value with its own methods. */
    public interface HasMethods {
        /** Returns {@link #NO_SUCH} when it has no method {@code name}. */
        Object call(Interp in, String name, Object[] args, Insn at);
    }

    public static final Object NO_SUCH = new Object();

    /** Methods other parts of the prelude add to engine objects they hand out (e.g. {@code Sleep::reset}). */
    public interface Extension {
        /** Returns {@link #NO_SUCH} when it does not handle this receiver or name. */
        Object call(Interp in, Object recv, String name, Object[] args, Insn at);
    }

    private static final java.util.List<Extension> EXTENSIONS = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static void extend(Extension e) {
        EXTENSIONS.add(e);
    }

    public static boolean isArcMethod(String name) {
        return name.equals("clone");
    }

    public static boolean isOwnMethod(Object recv, String name) {
        return false;
    }

    /** The formatter passed to a user {@code impl Display}'s {@code fmt}. */
    public static final class Formatter {
        final StringBuilder sb = new StringBuilder();

        public String text() {
            return sb.toString();
        }

        public void write(String s) {
            sb.append(s);
        }
    }

    /** A place inside a Vec or HashMap, for {@code iter_mut()}, {@code get_mut}, {@code entry().or_insert()}. */
    record Slot(List<Object> list, int index, Map<Object, Object> map, Object key) implements Derefable {
        @Override
        public Object get() {
            return list != null ? list.get(index) : map.get(key);
        }

        @Override
        public void set(Object value) {
            if (list != null) {
                list.set(index, value);
            } else {
                map.put(key, value);
            }
        }
    }

    private static RInt usize(long v) {
        return RInt.usize(v);
    }

    private static RInt intArg(Object[] args, int i) {
        Object v = args[i];
        while (v instanceof Derefable d) {
            v = d.get();
        }
        if (v instanceof RInt r) {
            return r;
        }
        throw new RPanic("expected an integer argument, found " + Fmt.debug(v, false));
    }

    private static Object arg(Object[] args, int i) {
        if (i >= args.length) {
            throw new RPanic("missing argument " + (i + 1));
        }
        Object v = args[i];
        while (v instanceof Derefable d) {
            v = d.get();
        }
        return Values.unwrapArc(v) instanceof RStr || v instanceof RArc a && a.inner instanceof RStr ? Values.unwrapArc(v) : v;
    }

    private static String str(Object v) {
        Object u = Values.unwrapArc(v);
        if (u instanceof RStr s) {
            return s.toString();
        }
        if (u instanceof RChar c) {
            return c.toString();
        }
        throw new RPanic("expected a string, found " + Fmt.debug(v, false));
    }

    /** Deep copy as {@code #[derive(Clone)]} / built-in Clone does; shared pointers stay shared. */
    public static Object cloneValue(Object v) {
        if (v instanceof RStr s) {
            return new RStr(s.toString());
        }
        if (v instanceof RVec vec) {
            List<Object> l = new ArrayList<>(vec.items.size());
            for (Object o : vec.items) {
                l.add(cloneValue(o));
            }
            return new RVec(l);
        }
        if (v instanceof RTuple t) {
            Object[] a = new Object[t.items().length];
            for (int i = 0; i < a.length; i++) {
                a[i] = cloneValue(t.items()[i]);
            }
            return new RTuple(a);
        }
        if (v instanceof RStruct s) {
            Object[] a = new Object[s.fields.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = cloneValue(s.fields[i]);
            }
            return new RStruct(s.info, a);
        }
        if (v instanceof REnum e && e.fields.length > 0) {
            Object[] a = new Object[e.fields.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = cloneValue(e.fields[i]);
            }
            return new REnum(e.type, e.variant, a, e.fieldNames, e.info);
        }
        if (v instanceof RMap m) {
            RMap c = new RMap(m.sorted);
            for (Map.Entry<Object, Object> en : m.map.entrySet()) {
                c.map.put(cloneValue(en.getKey()), cloneValue(en.getValue()));
            }
            return c;
        }
        if (v instanceof RArc a) {
            return a.share();
        }
        if (v instanceof Cloneable c && v instanceof HasMethods) {
            return v;
        }
        return v;
    }

    public static Object call(Interp in, Object recv, String name, String turbofish, Object[] args, Insn at) {
        Object r = recv;
        if (r instanceof HasMethods hm) {
            Object res = hm.call(in, name, args, at);
            if (res != NO_SUCH) {
                return res;
            }
        }
        for (Extension e : EXTENSIONS) {
            Object res = e.call(in, r, name, args, at);
            if (res != NO_SUCH) {
                return res;
            }
        }
        switch (name) {
            case "clone", "to_owned", "cloned", "copied" -> {
                if (r instanceof RIter it && !name.equals("clone") && !name.equals("to_owned")) {
                    return it;
                }
                if (r instanceof REnum e && (name.equals("cloned") || name.equals("copied"))) {
                    return cloneValue(e);
                }
                return cloneValue(r);
            }
            case "to_string" -> {
                return new RStr(in.display(r));
            }
            case "into", "as_ref", "as_mut", "borrow", "borrow_mut", "as_deref", "by_ref", "as_slice", "as_mut_slice" -> {
                if (r instanceof RStr s && name.equals("into")) {
                    return new RStr(s.toString());
                }
                return r;
            }
            case "eq" -> {
                return Values.eq(r, arg(args, 0));
            }
            case "ne" -> {
                return !Values.eq(r, arg(args, 0));
            }
            case "cmp", "partial_cmp", "total_cmp" -> {
                int c = Values.compare(r, arg(args, 0));
                REnum o = new REnum("Ordering", c < 0 ? "Less" : c > 0 ? "Greater" : "Equal", REnum.NONE_FIELDS, null, null);
                return name.equals("partial_cmp") ? REnum.some(o) : o;
            }
            default -> { }
        }
        if (r instanceof RInt i) {
            return intMethod(i, name, args);
        }
        if (r instanceof Double d) {
            return floatMethod(d, name, args);
        }
        if (r instanceof RStr s) {
            return strMethod(in, s, name, turbofish, args);
        }
        if (r instanceof RChar c) {
            return charMethod(c, name, args);
        }
        if (r instanceof RVec v) {
            return vecMethod(in, v, name, args, at);
        }
        if (r instanceof RMap m) {
            return mapMethod(in, m, name, args, at);
        }
        if (r instanceof REnum e && (e.type.equals("Option") || e.type.equals("Result"))) {
            return optionMethod(in, e, name, args, at);
        }
        if (r instanceof RIter it) {
            return iterMethod(in, it, name, turbofish, args, at);
        }
        if (r instanceof RRange rg) {
            switch (name) {
                case "contains" -> {
                    Object x = arg(args, 0);
                    return (rg.lo() == null || Values.compare(x, rg.lo()) >= 0)
                            && (rg.hi() == null || (rg.inclusive() ? Values.compare(x, rg.hi()) <= 0 : Values.compare(x, rg.hi()) < 0));
                }
                case "len" -> {
                    return usize(Math.max(0, rg.hi().v - rg.lo().v + (rg.inclusive() ? 1 : 0)));
                }
                default -> {
                    return iterMethod(in, Iters.range(rg), name, turbofish, args, at);
                }
            }
        }
        if (r instanceof RDuration d) {
            return durationMethod(d, name, args);
        }
        if (r instanceof RInstant t) {
            switch (name) {
                case "elapsed" -> {
                    return new RDuration(Math.max(0, Prelude.nowNanos() - t.nanos()));
                }
                case "duration_since", "saturating_duration_since" -> {
                    return new RDuration(Math.max(0, t.nanos() - ((RInstant) arg(args, 0)).nanos()));
                }
                default -> { }
            }
        }
        if (r instanceof RJoinHandle h) {
            switch (name) {
                case "abort" -> {
                    h.handle().abort();
                    return Unit.UNIT;
                }
                case "is_finished" -> {
                    return h.handle().isFinished();
                }
                case "id" -> {
                    return RInt.of(h.handle().id(), IntTy.U64);
                }
                default -> { }
            }
        }
        if (r instanceof RJoinError je) {
            switch (name) {
                case "is_panic" -> {
                    return je.error().isPanic();
                }
                case "is_cancelled" -> {
                    return je.error().isCancelled();
                }
                case "into_panic" -> {
                    return new RStr(je.panicText());
                }
                case "id" -> {
                    return RInt.of(je.error().taskId(), IntTy.U64);
                }
                default -> { }
            }
        }
        if (r instanceof Formatter f) {
            if (name.equals("write_str") || name.equals("write_fmt")) {
                f.write(str(arg(args, 0)));
                return REnum.ok(Unit.UNIT);
            }
        }
        if (r instanceof RTuple t && name.equals("len")) {
            return usize(t.items().length);
        }
        if (r instanceof Coroutine c && name.equals("poll")) {
            throw new RPanic("futures are polled by the runtime: use `.await`");
        }
        throw new RPanic("no method named `" + name + "` found for " + typeName(r));
    }

    static String typeName(Object v) {
        if (v instanceof RInt i) {
            return "`" + i.ty.rustName() + "`";
        }
        if (v instanceof RStr) {
            return "`String`";
        }
        if (v instanceof RVec) {
            return "`Vec`";
        }
        if (v instanceof REnum e) {
            return "enum `" + e.type + "`";
        }
        if (v instanceof RStruct s) {
            return "struct `" + s.info.name + "`";
        }
        if (v instanceof Double) {
            return "`f64`";
        }
        if (v instanceof Boolean) {
            return "`bool`";
        }
        return "`" + Fmt.debug(v, false) + "`";
    }

    private static Object intMethod(RInt i, String name, Object[] args) {
        switch (name) {
            case "abs" -> {
                return i.v < 0 ? Arith.negate(i) : i;
            }
            case "pow" -> {
                RInt r = RInt.of(1, i.ty);
                RInt base = i.inferred ? i.as(i.ty) : i;
                for (long k = 0; k < intArg(args, 0).v; k++) {
                    r = Arith.ints("*", r, base);
                }
                return new RInt(r.v, i.ty, i.inferred);
            }
            case "wrapping_add", "wrapping_sub", "wrapping_mul" -> {
                return Arith.wrapping(name.substring(9), i, intArg(args, 0));
            }
            case "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem" -> {
                return Arith.checked(name.substring(8), i, intArg(args, 0));
            }
            case "saturating_add", "saturating_sub", "saturating_mul" -> {
                return Arith.saturating(name.substring(11), i, intArg(args, 0));
            }
            case "min" -> {
                RInt o = intArg(args, 0);
                return Values.compare(i, o) <= 0 ? i : o;
            }
            case "max" -> {
                RInt o = intArg(args, 0);
                return Values.compare(i, o) >= 0 ? i : o;
            }
            case "clamp" -> {
                RInt lo = intArg(args, 0);
                RInt hi = intArg(args, 1);
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
                long m = intArg(args, 0).v;
                if (m == 0) {
                    throw new RPanic("attempt to calculate the remainder with a divisor of zero");
                }
                return new RInt(Math.floorMod(i.v, Math.abs(m)), i.ty, i.inferred);
            }
            case "count_ones" -> {
                return RInt.of(Long.bitCount(i.ty.bits == 64 ? i.v : i.v & ((1L << i.ty.bits) - 1)), IntTy.U32);
            }
            case "is_power_of_two" -> {
                return i.v > 0 && (i.v & (i.v - 1)) == 0;
            }
            default -> throw new RPanic("no method named `" + name + "` found for `" + i.ty.rustName() + "`");
        }
    }

    private static Object floatMethod(double d, String name, Object[] args) {
        return switch (name) {
            case "sqrt" -> Math.sqrt(d);
            case "abs" -> Math.abs(d);
            case "floor" -> Math.floor(d);
            case "ceil" -> Math.ceil(d);
            case "round" -> (double) Math.round(d);
            case "trunc" -> (double) (long) d;
            case "powi", "powf" -> Math.pow(d, Values.toDouble(arg(args, 0)));
            case "min" -> Math.min(d, Values.toDouble(arg(args, 0)));
            case "max" -> Math.max(d, Values.toDouble(arg(args, 0)));
            case "sin" -> Math.sin(d);
            case "cos" -> Math.cos(d);
            case "ln" -> Math.log(d);
            case "exp" -> Math.exp(d);
            case "is_nan" -> Double.isNaN(d);
            default -> throw new RPanic("no method named `" + name + "` found for `f64`");
        };
    }

    private static Object strMethod(Interp in, RStr s, String name, String turbofish, Object[] args) {
        String t = s.toString();
        switch (name) {
            case "len" -> {
                return usize(t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            }
            case "is_empty" -> {
                return t.isEmpty();
            }
            case "push_str" -> {
                s.sb.append(str(arg(args, 0)));
                return Unit.UNIT;
            }
            case "push" -> {
                s.sb.append(arg(args, 0).toString());
                return Unit.UNIT;
            }
            case "pop" -> {
                if (t.isEmpty()) {
                    return REnum.NONE;
                }
                int cp = t.codePointBefore(t.length());
                s.sb.setLength(t.length() - Character.charCount(cp));
                return REnum.some(new RChar(cp));
            }
            case "clear" -> {
                s.sb.setLength(0);
                return Unit.UNIT;
            }
            case "as_str", "as_bytes", "to_owned", "into_boxed_str" -> {
                return s;
            }
            case "to_uppercase", "to_ascii_uppercase" -> {
                return new RStr(t.toUpperCase());
            }
            case "to_lowercase", "to_ascii_lowercase" -> {
                return new RStr(t.toLowerCase());
            }
            case "trim" -> {
                return new RStr(t.strip());
            }
            case "trim_start" -> {
                return new RStr(t.stripLeading());
            }
            case "trim_end" -> {
                return new RStr(t.stripTrailing());
            }
            case "contains" -> {
                return t.contains(str(arg(args, 0)));
            }
            case "starts_with" -> {
                return t.startsWith(str(arg(args, 0)));
            }
            case "ends_with" -> {
                return t.endsWith(str(arg(args, 0)));
            }
            case "find" -> {
                int k = t.indexOf(str(arg(args, 0)));
                return k < 0 ? REnum.NONE : REnum.some(usize(k));
            }
            case "replace" -> {
                return new RStr(t.replace(str(arg(args, 0)), str(arg(args, 1))));
            }
            case "repeat" -> {
                return new RStr(t.repeat((int) intArg(args, 0).v));
            }
            case "chars" -> {
                return Iters.chars(s);
            }
            case "bytes" -> {
                List<Object> l = new ArrayList<>();
                for (byte b : t.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    l.add(RInt.of(b & 0xff, IntTy.U8));
                }
                return RIter.over(l.iterator());
            }
            case "split", "split_whitespace", "lines", "split_terminator" -> {
                String[] parts = switch (name) {
                    case "split_whitespace" -> t.strip().isEmpty() ? new String[0] : t.strip().split("\\s+");
                    case "lines" -> t.isEmpty() ? new String[0] : t.split("\r?\n");
                    default -> t.split(java.util.regex.Pattern.quote(str(arg(args, 0))), -1);
                };
                List<Object> l = new ArrayList<>();
                for (String p : parts) {
                    l.add(new RStr(p));
                }
                return RIter.over(l.iterator());
            }
            case "parse" -> {
                String ty = turbofish == null ? "i32" : turbofish;
                try {
                    if (ty.equals("f64") || ty.equals("f32")) {
                        return REnum.ok(Double.parseDouble(t));
                    }
                    if (ty.equals("bool")) {
                        if (!t.equals("true") && !t.equals("false")) {
                            return REnum.err(new RStr("provided string was not `true` or `false`"));
                        }
                        return REnum.ok(Boolean.valueOf(t));
                    }
                    IntTy it = IntTy.parse(ty);
                    if (it == null) {
                        it = IntTy.I32;
                    }
                    if (t.isEmpty()) {
                        return REnum.err(new RStr("cannot parse integer from empty string"));
                    }
                    long v = it.signed || it.bits < 64 ? Long.parseLong(t) : Long.parseUnsignedLong(t);
                    if (!it.fits(v)) {
                        return REnum.err(new RStr("number too large to fit in target type"));
                    }
                    return REnum.ok(new RInt(v, it, turbofish == null));
                } catch (NumberFormatException e) {
                    return REnum.err(new RStr("invalid digit found in string"));
                }
            }
            case "char_indices" -> {
                List<Object> l = new ArrayList<>();
                int idx = 0;
                for (int cp : t.codePoints().toArray()) {
                    l.add(new RTuple(new Object[] {usize(idx), new RChar(cp)}));
                    idx += new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                }
                return RIter.over(l.iterator());
            }
            case "split_once", "rsplit_once" -> {
                String sep = str(arg(args, 0));
                int k = name.equals("split_once") ? t.indexOf(sep) : t.lastIndexOf(sep);
                return k < 0 ? REnum.NONE : REnum.some(new RTuple(new Object[] {new RStr(t.substring(0, k)), new RStr(t.substring(k + sep.length()))}));
            }
            case "eq_ignore_ascii_case" -> {
                return t.equalsIgnoreCase(str(arg(args, 0)));
            }
            default -> throw new RPanic("no method named `" + name + "` found for `String`");
        }
    }

    private static Object charMethod(RChar c, String name, Object[] args) {
        int cp = c.cp();
        return switch (name) {
            case "is_alphabetic", "is_ascii_alphabetic" -> Character.isLetter(cp);
            case "is_numeric", "is_ascii_digit" -> Character.isDigit(cp);
            case "is_alphanumeric", "is_ascii_alphanumeric" -> Character.isLetterOrDigit(cp);
            case "is_whitespace", "is_ascii_whitespace" -> Character.isWhitespace(cp);
            case "is_uppercase", "is_ascii_uppercase" -> Character.isUpperCase(cp);
            case "is_lowercase", "is_ascii_lowercase" -> Character.isLowerCase(cp);
            case "to_ascii_uppercase" -> new RChar(Character.toUpperCase(cp));
            case "to_ascii_lowercase" -> new RChar(Character.toLowerCase(cp));
            case "to_digit" -> {
                int d = Character.digit(cp, (int) intArg(args, 0).v);
                yield d < 0 ? REnum.NONE : REnum.some(RInt.of(d, IntTy.U32));
            }
            case "len_utf8" -> usize(c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            default -> throw new RPanic("no method named `" + name + "` found for `char`");
        };
    }

    private static void checkIndex(List<Object> l, long i) {
        if (i < 0 || i >= l.size()) {
            throw new RPanic("index out of bounds: the len is " + l.size() + " but the index is " + (i < 0 ? Long.toUnsignedString(i) : i));
        }
    }

    private static Object vecMethod(Interp in, RVec v, String name, Object[] args, Insn at) {
        List<Object> l = v.items;
        switch (name) {
            case "len" -> {
                return usize(l.size());
            }
            case "is_empty" -> {
                return l.isEmpty();
            }
            case "push", "push_back" -> {
                l.add(args[0]);
                return Unit.UNIT;
            }
            case "push_front" -> {
                l.add(0, args[0]);
                return Unit.UNIT;
            }
            case "pop", "pop_back" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.remove(l.size() - 1));
            }
            case "pop_front" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.remove(0));
            }
            case "first", "front" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.get(0));
            }
            case "last", "back" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.get(l.size() - 1));
            }
            case "get" -> {
                Object k = arg(args, 0);
                if (k instanceof RRange r) {
                    long lo = r.lo() == null ? 0 : r.lo().v;
                    long hi = r.hi() == null ? l.size() : r.hi().v + (r.inclusive() ? 1 : 0);
                    return lo <= hi && hi <= l.size() ? REnum.some(new RVec(new ArrayList<>(l.subList((int) lo, (int) hi)))) : REnum.NONE;
                }
                long i = ((RInt) k).v;
                return i >= 0 && i < l.size() ? REnum.some(l.get((int) i)) : REnum.NONE;
            }
            case "get_mut" -> {
                long i = intArg(args, 0).v;
                return i >= 0 && i < l.size() ? REnum.some(new Slot(l, (int) i, null, null)) : REnum.NONE;
            }
            case "insert" -> {
                long i = intArg(args, 0).v;
                if (i > l.size()) {
                    throw new RPanic("insertion index (is " + i + ") should be <= len (is " + l.size() + ")");
                }
                l.add((int) i, args[1]);
                return Unit.UNIT;
            }
            case "remove" -> {
                long i = intArg(args, 0).v;
                if (i < 0 || i >= l.size()) {
                    throw new RPanic("removal index (is " + i + ") should be < len (is " + l.size() + ")");
                }
                return l.remove((int) i);
            }
            case "swap_remove" -> {
                long i = intArg(args, 0).v;
                checkIndex(l, i);
                Object x = l.get((int) i);
                l.set((int) i, l.get(l.size() - 1));
                l.remove(l.size() - 1);
                return x;
            }
            case "swap" -> {
                int a = (int) intArg(args, 0).v;
                int b = (int) intArg(args, 1).v;
                checkIndex(l, a);
                checkIndex(l, b);
                Object x = l.get(a);
                l.set(a, l.get(b));
                l.set(b, x);
                return Unit.UNIT;
            }
            case "contains" -> {
                Object x = arg(args, 0);
                for (Object o : l) {
                    if (Values.eq(o, x)) {
                        return true;
                    }
                }
                return false;
            }
            case "clear" -> {
                for (Object o : l) {
                    in.drop(o);
                }
                l.clear();
                return Unit.UNIT;
            }
            case "truncate" -> {
                int n = (int) intArg(args, 0).v;
                while (l.size() > n) {
                    in.drop(l.remove(l.size() - 1));
                }
                return Unit.UNIT;
            }
            case "iter", "into_iter", "drain" -> {
                if (name.equals("drain")) {
                    List<Object> copy = new ArrayList<>(l);
                    l.clear();
                    return RIter.over(copy.iterator());
                }
                return RIter.over(new ArrayList<>(l).iterator());
            }
            case "iter_mut" -> {
                List<Object> slots = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    slots.add(new Slot(l, i, null, null));
                }
                return RIter.over(slots.iterator());
            }
            case "extend", "extend_from_slice", "append" -> {
                List<Object> more = Iters.drain(in, arg(args, 0));
                for (Object o : more) {
                    l.add(name.equals("extend_from_slice") ? cloneValue(o) : o);
                }
                if (name.equals("append") && args[0] instanceof RVec other) {
                    other.items.clear();
                }
                return Unit.UNIT;
            }
            case "sort", "sort_unstable" -> {
                l.sort(Values::compare);
                return Unit.UNIT;
            }
            case "sort_by", "sort_unstable_by" -> {
                Object f = args[0];
                l.sort((a, b) -> ordering(in.call(f, new Object[] {a, b}, at)));
                return Unit.UNIT;
            }
            case "sort_by_key", "sort_unstable_by_key" -> {
                Object f = args[0];
                l.sort(Comparator.comparing(a -> in.call(f, new Object[] {a}, at), Values::compare));
                return Unit.UNIT;
            }
            case "reverse" -> {
                java.util.Collections.reverse(l);
                return Unit.UNIT;
            }
            case "dedup" -> {
                for (int i = l.size() - 1; i > 0; i--) {
                    if (Values.eq(l.get(i), l.get(i - 1))) {
                        l.remove(i);
                    }
                }
                return Unit.UNIT;
            }
            case "retain" -> {
                Object f = args[0];
                l.removeIf(o -> !Values.truthy(in.call(f, new Object[] {o}, at), 0, 0));
                return Unit.UNIT;
            }
            case "join", "concat" -> {
                String sep = name.equals("join") ? str(arg(args, 0)) : "";
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        b.append(sep);
                    }
                    b.append(in.display(l.get(i)));
                }
                return new RStr(b.toString());
            }
            case "to_vec", "into_vec" -> {
                return cloneValue(v);
            }
            case "capacity" -> {
                return usize(l.size());
            }
            case "windows", "chunks" -> {
                int n = (int) intArg(args, 0).v;
                if (n == 0) {
                    throw new RPanic(name.equals("windows") ? "window size must be non-zero" : "chunk size must be non-zero");
                }
                List<Object> out = new ArrayList<>();
                if (name.equals("windows")) {
                    for (int i = 0; i + n <= l.size(); i++) {
                        out.add(new RVec(new ArrayList<>(l.subList(i, i + n))));
                    }
                } else {
                    for (int i = 0; i < l.size(); i += n) {
                        out.add(new RVec(new ArrayList<>(l.subList(i, Math.min(l.size(), i + n)))));
                    }
                }
                return RIter.over(out.iterator());
            }
            default -> {
                return iterMethod(in, RIter.over(new ArrayList<>(l).iterator()), name, null, args, at);
            }
        }
    }

    static int ordering(Object o) {
        if (o instanceof REnum e && e.type.equals("Ordering")) {
            return e.is("Less") ? -1 : e.is("Greater") ? 1 : 0;
        }
        throw new RPanic("expected an `Ordering`, found " + Fmt.debug(o, false));
    }

    private static Object mapMethod(Interp in, RMap m, String name, Object[] args, Insn at) {
        Map<Object, Object> map = m.map;
        switch (name) {
            case "insert" -> {
                Object old = map.put(arg(args, 0), args.length > 1 ? args[1] : Unit.UNIT);
                if (args.length == 1) {
                    return old == null;
                }
                return REnum.option(old);
            }
            case "get" -> {
                return REnum.option(map.get(arg(args, 0)));
            }
            case "get_mut" -> {
                Object k = arg(args, 0);
                return map.containsKey(k) ? REnum.some(new Slot(null, 0, map, k)) : REnum.NONE;
            }
            case "contains_key", "contains" -> {
                return map.containsKey(arg(args, 0));
            }
            case "remove" -> {
                Object old = map.remove(arg(args, 0));
                return args.length > 0 && old == Unit.UNIT ? Boolean.TRUE : REnum.option(old);
            }
            case "len" -> {
                return usize(map.size());
            }
            case "is_empty" -> {
                return map.isEmpty();
            }
            case "clear" -> {
                map.clear();
                return Unit.UNIT;
            }
            case "keys", "into_keys" -> {
                return RIter.over(new ArrayList<>(map.keySet()).iterator());
            }
            case "values", "into_values", "values_mut" -> {
                if (name.equals("values_mut")) {
                    List<Object> slots = new ArrayList<>();
                    for (Object k : map.keySet()) {
                        slots.add(new Slot(null, 0, map, k));
                    }
                    return RIter.over(slots.iterator());
                }
                return RIter.over(new ArrayList<>(map.values()).iterator());
            }
            case "iter", "into_iter", "drain" -> {
                RIter it = Iters.of(in, m);
                if (name.equals("drain")) {
                    map.clear();
                }
                return it;
            }
            case "entry" -> {
                Object k = arg(args, 0);
                return new Entry(map, k);
            }
            default -> {
                return iterMethod(in, Iters.of(in, m), name, null, args, at);
            }
        }
    }

    /** {@code map.entry(k)}: {@code or_insert(v)} / {@code or_insert_with(f)} / {@code or_default()} give a place. */
    record Entry(Map<Object, Object> map, Object key) implements HasMethods {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "or_insert" -> map.putIfAbsent(key, args[0]);
                case "or_insert_with" -> {
                    if (!map.containsKey(key)) {
                        map.put(key, in.call(args[0], new Object[0], at));
                    }
                }
                case "or_default" -> map.putIfAbsent(key, RInt.lit(0));
                case "and_modify" -> {
                    if (map.containsKey(key)) {
                        in.call(args[0], new Object[] {new Slot(null, 0, map, key)}, at);
                    }
                    return this;
                }
                default -> {
                    return NO_SUCH;
                }
            }
            return new Slot(null, 0, map, key);
        }
    }

    private static Object optionMethod(Interp in, REnum e, String name, Object[] args, Insn at) {
        boolean opt = e.type.equals("Option");
        boolean good = e.is("Some") || e.is("Ok");
        Object val = e.fields.length > 0 ? e.fields[0] : null;
        switch (name) {
            case "unwrap" -> {
                if (good) {
                    return val;
                }
                throw new RPanic(opt ? "called `Option::unwrap()` on a `None` value"
                        : "called `Result::unwrap()` on an `Err` value: " + Fmt.debug(val, false));
            }
            case "expect" -> {
                if (good) {
                    return val;
                }
                String msg = str(arg(args, 0));
                throw new RPanic(opt ? msg : msg + ": " + Fmt.debug(val, false));
            }
            case "unwrap_err", "expect_err" -> {
                if (!good && !opt) {
                    return val;
                }
                String prefix = name.equals("expect_err") ? str(arg(args, 0)) : "called `Result::unwrap_err()` on an `Ok` value";
                throw new RPanic(prefix + ": " + Fmt.debug(val, false));
            }
            case "unwrap_or" -> {
                return good ? val : args[0];
            }
            case "unwrap_or_else" -> {
                return good ? val : in.call(args[0], opt ? new Object[0] : new Object[] {val}, at);
            }
            case "unwrap_or_default" -> {
                return good ? val : RInt.lit(0);
            }
            case "is_some", "is_ok" -> {
                return good;
            }
            case "is_none", "is_err" -> {
                return !good;
            }
            case "is_some_and", "is_ok_and" -> {
                return good && Values.truthy(in.call(args[0], new Object[] {val}, at), 0, 0);
            }
            case "map" -> {
                if (!good) {
                    return e;
                }
                Object r = in.call(args[0], new Object[] {val}, at);
                return opt ? REnum.some(r) : REnum.ok(r);
            }
            case "map_err" -> {
                return good || opt ? e : REnum.err(in.call(args[0], new Object[] {val}, at));
            }
            case "map_or" -> {
                return good ? in.call(args[1], new Object[] {val}, at) : args[0];
            }
            case "and_then" -> {
                return good ? in.call(args[0], new Object[] {val}, at) : e;
            }
            case "or" -> {
                return good ? e : args[0];
            }
            case "or_else" -> {
                return good ? e : in.call(args[0], opt ? new Object[0] : new Object[] {val}, at);
            }
            case "ok" -> {
                return e.is("Ok") ? REnum.some(val) : REnum.NONE;
            }
            case "err" -> {
                return e.is("Err") ? REnum.some(val) : REnum.NONE;
            }
            case "ok_or" -> {
                return good ? REnum.ok(val) : REnum.err(args[0]);
            }
            case "ok_or_else" -> {
                return good ? REnum.ok(val) : REnum.err(in.call(args[0], new Object[0], at));
            }
            case "filter" -> {
                return good && Values.truthy(in.call(args[0], new Object[] {val}, at), 0, 0) ? e : REnum.NONE;
            }
            case "iter", "into_iter" -> {
                return Iters.of(in, e);
            }
            case "unwrap_unchecked" -> {
                return val;
            }
            default -> throw new RPanic("no method named `" + name + "` found for enum `" + e.type + "`");
        }
    }

    private static Object durationMethod(RDuration d, String name, Object[] args) {
        long n = d.nanos();
        return switch (name) {
            case "as_millis" -> RInt.of(n / 1_000_000, IntTy.U128);
            case "as_micros" -> RInt.of(n / 1_000, IntTy.U128);
            case "as_nanos" -> RInt.of(n, IntTy.U128);
            case "as_secs" -> RInt.of(n / 1_000_000_000, IntTy.U64);
            case "as_secs_f64", "as_secs_f32" -> n / 1e9;
            case "as_millis_f64" -> n / 1e6;
            case "subsec_millis" -> RInt.of((n % 1_000_000_000) / 1_000_000, IntTy.U32);
            case "subsec_nanos" -> RInt.of(n % 1_000_000_000, IntTy.U32);
            case "is_zero" -> n == 0;
            case "mul_f64" -> new RDuration((long) (n * Values.toDouble(arg(args, 0))));
            case "checked_sub" -> {
                long o = ((RDuration) arg(args, 0)).nanos();
                yield o > n ? REnum.NONE : REnum.some(new RDuration(n - o));
            }
            case "saturating_sub" -> new RDuration(Math.max(0, n - ((RDuration) arg(args, 0)).nanos()));
            default -> throw new RPanic("no method named `" + name + "` found for `Duration`");
        };
    }

    static Object iterMethod(Interp in, RIter it, String name, String turbofish, Object[] args, Insn at) {
        switch (name) {
            case "iter", "into_iter", "iter_mut", "by_ref", "cloned", "copied" -> {
                return it;
            }
            case "next" -> {
                return it.hasNext() ? REnum.some(it.next()) : REnum.NONE;
            }
            case "map" -> {
                Object f = args[0];
                return new RIter() {
                    @Override
                    protected Object advance() {
                        return it.hasNext() ? in.call(f, new Object[] {it.next()}, at) : null;
                    }
                };
            }
            case "filter" -> {
                Object f = args[0];
                return new RIter() {
                    @Override
                    protected Object advance() {
                        while (it.hasNext()) {
                            Object v = it.next();
                            if (Values.truthy(in.call(f, new Object[] {v}, at), 0, 0)) {
                                return v;
                            }
                        }
                        return null;
                    }
                };
            }
            case "filter_map" -> {
                Object f = args[0];
                return new RIter() {
                    @Override
                    protected Object advance() {
                        while (it.hasNext()) {
                            Object v = in.call(f, new Object[] {it.next()}, at);
                            if (v instanceof REnum e && e.is("Some")) {
                                return e.fields[0];
                            }
                        }
                        return null;
                    }
                };
            }
            case "flat_map", "flatten" -> {
                Object f = name.equals("flat_map") ? args[0] : null;
                return new RIter() {
                    RIter cur;

                    @Override
                    protected Object advance() {
                        while (true) {
                            if (cur != null && cur.hasNext()) {
                                return cur.next();
                            }
                            if (!it.hasNext()) {
                                return null;
                            }
                            Object v = it.next();
                            cur = Iters.of(in, f == null ? v : in.call(f, new Object[] {v}, at));
                        }
                    }
                };
            }
            case "enumerate" -> {
                return new RIter() {
                    long i;

                    @Override
                    protected Object advance() {
                        return it.hasNext() ? new RTuple(new Object[] {usize(i++), it.next()}) : null;
                    }
                };
            }
            case "zip" -> {
                RIter other = Iters.of(in, arg(args, 0));
                return new RIter() {
                    @Override
                    protected Object advance() {
                        return it.hasNext() && other.hasNext() ? new RTuple(new Object[] {it.next(), other.next()}) : null;
                    }
                };
            }
            case "chain" -> {
                RIter other = Iters.of(in, arg(args, 0));
                return new RIter() {
                    @Override
                    protected Object advance() {
                        return it.hasNext() ? it.next() : other.hasNext() ? other.next() : null;
                    }
                };
            }
            case "take", "skip", "step_by" -> {
                long n = intArg(args, 0).v;
                if (name.equals("step_by") && n == 0) {
                    throw new RPanic("assertion failed: step != 0");
                }
                return new RIter() {
                    long seen;

                    @Override
                    protected Object advance() {
                        if (name.equals("take")) {
                            return seen++ < n && it.hasNext() ? it.next() : null;
                        }
                        if (name.equals("skip")) {
                            while (seen < n && it.hasNext()) {
                                it.next();
                                seen++;
                            }
                            return it.hasNext() ? it.next() : null;
                        }
                        if (!it.hasNext()) {
                            return null;
                        }
                        Object v = it.next();
                        for (long k = 1; k < n && it.hasNext(); k++) {
                            it.next();
                        }
                        return v;
                    }
                };
            }
            case "take_while", "skip_while" -> {
                Object f = args[0];
                boolean take = name.equals("take_while");
                return new RIter() {
                    boolean flag;

                    @Override
                    protected Object advance() {
                        while (it.hasNext()) {
                            Object v = it.next();
                            boolean ok = Values.truthy(in.call(f, new Object[] {v}, at), 0, 0);
                            if (take) {
                                return ok && !flag ? v : finish();
                            }
                            if (flag || !ok) {
                                flag = true;
                                return v;
                            }
                        }
                        return null;
                    }

                    private Object finish() {
                        flag = true;
                        return null;
                    }
                };
            }
            case "rev" -> {
                List<Object> all = Iters.drain(in, it);
                java.util.Collections.reverse(all);
                return RIter.over(all.iterator());
            }
            case "peekable", "fuse" -> {
                return it;
            }
            default -> { }
        }
        // consuming methods
        List<Object> all = Iters.drain(in, it);
        switch (name) {
            case "collect" -> {
                return collect(in, all, turbofish);
            }
            case "count" -> {
                return usize(all.size());
            }
            case "sum", "product" -> {
                IntTy t = IntTy.parse(turbofish);
                Object acc = name.equals("sum") ? (t == null ? RInt.lit(0) : RInt.of(0, t)) : (t == null ? RInt.lit(1) : RInt.of(1, t));
                if (turbofish != null && turbofish.startsWith("f") || !all.isEmpty() && all.get(0) instanceof Double) {
                    acc = name.equals("sum") ? 0.0 : 1.0;
                }
                for (Object o : all) {
                    acc = Arith.binary(name.equals("sum") ? "+" : "*", acc, deref(o));
                }
                return acc;
            }
            case "fold" -> {
                Object acc = args[0];
                for (Object o : all) {
                    acc = in.call(args[1], new Object[] {acc, o}, at);
                }
                return acc;
            }
            case "for_each" -> {
                for (Object o : all) {
                    in.call(args[0], new Object[] {o}, at);
                }
                return Unit.UNIT;
            }
            case "any" -> {
                for (Object o : all) {
                    if (Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        return true;
                    }
                }
                return false;
            }
            case "all" -> {
                for (Object o : all) {
                    if (!Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        return false;
                    }
                }
                return true;
            }
            case "find" -> {
                for (Object o : all) {
                    if (Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        return REnum.some(o);
                    }
                }
                return REnum.NONE;
            }
            case "position" -> {
                for (int i = 0; i < all.size(); i++) {
                    if (Values.truthy(in.call(args[0], new Object[] {all.get(i)}, at), 0, 0)) {
                        return REnum.some(usize(i));
                    }
                }
                return REnum.NONE;
            }
            case "max", "min" -> {
                Object best = null;
                for (Object o : all) {
                    int c = best == null ? 0 : Values.compare(deref(o), deref(best));
                    if (best == null || (name.equals("max") ? c >= 0 : c < 0)) {
                        best = o;
                    }
                }
                return REnum.option(best);
            }
            case "max_by_key", "min_by_key" -> {
                Object best = null;
                Object bestKey = null;
                for (Object o : all) {
                    Object k = in.call(args[0], new Object[] {o}, at);
                    int c = best == null ? 0 : Values.compare(k, bestKey);
                    if (best == null || (name.equals("max_by_key") ? c >= 0 : c < 0)) {
                        best = o;
                        bestKey = k;
                    }
                }
                return REnum.option(best);
            }
            case "last" -> {
                return all.isEmpty() ? REnum.NONE : REnum.some(all.get(all.size() - 1));
            }
            case "nth" -> {
                long n = intArg(args, 0).v;
                return n < all.size() ? REnum.some(all.get((int) n)) : REnum.NONE;
            }
            case "len" -> {
                return usize(all.size());
            }
            default -> throw new RPanic("no method named `" + name + "` found for iterator");
        }
    }

    private static Object deref(Object o) {
        while (o instanceof Derefable d) {
            o = d.get();
        }
        return o;
    }

    /** {@code collect()}: a Vec unless the turbofish (or the let annotation, via {@link #convert}) says otherwise. */
    static Object collect(Interp in, List<Object> all, String target) {
        return convert(in, new RVec(all), target == null ? "Vec" : target);
    }

    /** Converts a value to an annotated type where it matters: Vec to String/HashMap, Result of Vec... */
    public static Object convert(Interp in, Object v, String type) {
        if (type == null) {
            return v;
        }
        IntTy it = IntTy.parse(type);
        if (it != null) {
            return v instanceof RInt r ? r.as(it) : v;
        }
        if (!(v instanceof RVec vec)) {
            return v;
        }
        switch (type) {
            case "String" -> {
                StringBuilder b = new StringBuilder();
                for (Object o : vec.items) {
                    b.append(in.display(o));
                }
                return new RStr(b.toString());
            }
            case "HashMap", "BTreeMap" -> {
                RMap m = new RMap(type.equals("BTreeMap"));
                for (Object o : vec.items) {
                    if (o instanceof RTuple t && t.items().length == 2) {
                        m.map.put(t.items()[0], t.items()[1]);
                    }
                }
                return m;
            }
            case "HashSet", "BTreeSet" -> {
                RMap m = new RMap(type.equals("BTreeSet"));
                for (Object o : vec.items) {
                    m.map.put(o, Unit.UNIT);
                }
                return new RSet(m);
            }
            case "Result", "Option" -> {
                List<Object> out = new ArrayList<>();
                for (Object o : vec.items) {
                    if (o instanceof REnum e && (e.is("Err") || e.is("None"))) {
                        return e;
                    }
                    out.add(o instanceof REnum e ? e.fields[0] : o);
                }
                return type.equals("Result") ? REnum.ok(new RVec(out)) : REnum.some(new RVec(out));
            }
            default -> {
                return v;
            }
        }
    }

    /** A HashSet: a map to unit, printed as {@code {a, b}}. */
    public record RSet(RMap m) implements HasMethods, Fmt.Displayable, Iterable<Object> {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return switch (name) {
                case "insert" -> m.map.put(arg(args, 0), Unit.UNIT) == null;
                case "contains" -> m.map.containsKey(arg(args, 0));
                case "remove" -> m.map.remove(arg(args, 0)) != null;
                case "len" -> usize(m.map.size());
                case "is_empty" -> m.map.isEmpty();
                case "iter", "into_iter" -> RIter.over(new ArrayList<>(m.map.keySet()).iterator());
                default -> NO_SUCH;
            };
        }

        @Override
        public java.util.Iterator<Object> iterator() {
            return new ArrayList<>(m.map.keySet()).iterator();
        }

        @Override
        public String display() {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Object k : m.map.keySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Fmt.debug(k, false));
            }
            return b.append('}').toString();
        }
    }

    // ------------------------------------------------------------------ indexing

    public static Object index(Object obj, Object idx) {
        Object o = Values.unwrapArc(obj);
        if (o instanceof RVec v) {
            if (idx instanceof RRange r) {
                long lo = r.lo() == null ? 0 : r.lo().v;
                long hi = r.hi() == null ? v.items.size() : r.hi().v + (r.inclusive() ? 1 : 0);
                if (hi > v.items.size()) {
                    throw new RPanic("range end index " + hi + " out of range for slice of length " + v.items.size());
                }
                if (lo > hi) {
                    throw new RPanic("slice index starts at " + lo + " but ends at " + hi);
                }
                return new RVec(new ArrayList<>(v.items.subList((int) lo, (int) hi)));
            }
            long i = ((RInt) idx).v;
            checkIndex(v.items, i);
            return v.items.get((int) i);
        }
        if (o instanceof RStr s && idx instanceof RRange r) {
            byte[] bytes = s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long lo = r.lo() == null ? 0 : r.lo().v;
            long hi = r.hi() == null ? bytes.length : r.hi().v + (r.inclusive() ? 1 : 0);
            if (hi > bytes.length || lo > hi) {
                throw new RPanic("byte index " + hi + " is out of bounds of `" + s + "`");
            }
            return new RStr(new String(bytes, (int) lo, (int) (hi - lo), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (o instanceof RMap m) {
            Object v = m.map.get(idx);
            if (v == null) {
                throw new RPanic("key not found in map");
            }
            return v;
        }
        throw new RPanic("cannot index into " + typeName(o));
    }

    public static void setIndex(Object obj, Object idx, Object val) {
        Object o = Values.unwrapArc(obj);
        if (o instanceof RVec v && idx instanceof RInt i) {
            checkIndex(v.items, i.v);
            v.items.set((int) i.v, val);
            return;
        }
        if (o instanceof RMap m) {
            if (!m.map.containsKey(idx)) {
                throw new RPanic("key not found in map");
            }
            m.map.put(idx, val);
            return;
        }
        throw new RPanic("cannot assign into an index of " + typeName(o));
    }
}
