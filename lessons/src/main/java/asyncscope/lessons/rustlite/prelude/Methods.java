package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Coroutine;
import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Interp;
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


    /** The formatter passed to a user {@code impl Display}'s {@code fmt}. */
    public static final class Formatter {
        final StringBuilder sb = new StringBuilder();
        /** The spec of the placeholder being formatted (`{:>8}`): what `f.pad`, `f.width()`, `f.alternate()` read. */
        public final Fmt.Spec spec;

        public Formatter() {
            this(Fmt.Spec.PLAIN);
        }

        public Formatter(Fmt.Spec spec) {
            this.spec = spec;
        }

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

    static RInt usize(long v) {
        return RInt.usize(v);
    }

    static RInt intArg(Object[] args, int i) {
        Object v = args[i];
        while (v instanceof Derefable d) {
            v = d.get();
        }
        if (v instanceof RInt r) {
            return r;
        }
        throw new RPanic("expected an integer argument, found " + Fmt.debug(v, false));
    }

    static Object arg(Object[] args, int i) {
        if (i >= args.length) {
            throw new RPanic("missing argument " + (i + 1));
        }
        Object v = args[i];
        while (v instanceof Derefable d) {
            v = d.get();
        }
        return Values.unwrapArc(v) instanceof RStr || v instanceof RArc a && a.inner instanceof RStr ? Values.unwrapArc(v) : v;
    }

    static String str(Object v) {
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
            asyncscope.lessons.rustlite.interp.Watch.work(vec.items.size());
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
        if (v instanceof HasMethods hm) {
            // a prelude value's own Clone (a channel Sender counts one more sender; a Cell copies its value), so that a
            // derived Clone of a struct holding one clones it as Rust would, not shares it
            Object c = hm.call(null, "clone", new Object[0], null);
            if (c != NO_SUCH) {
                return c;
            }
        }
        return v;
    }

    /** Converts a value to an annotated type where it matters ({@code let s: String = chars.collect();}). */
    public static Object convert(Interp in, Object v, String type) {
        return IterMethods.convert(in, v, type);
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
        if (name.equals("poll")) {
            Object res = ManualPoll.poll(in, r, args, at);
            if (res != NO_SUCH) {
                return res;
            }
        }
        if (r instanceof REnum p && p.type.equals("Poll")) {
            Object res = ManualPoll.pollMethod(p, name);
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
                if (!(r instanceof RIter)) {
                    return Values.eq(r, arg(args, 0));
                }
            }
            case "ne" -> {
                if (!(r instanceof RIter)) {
                    return !Values.eq(r, arg(args, 0));
                }
            }
            case "max", "min", "clamp" -> {
                // Ord's own methods on any ordered value (a derived-Ord enum, a String, a tuple); numbers have theirs below
                if (!(r instanceof RInt) && !(r instanceof Double) && !(r instanceof Float) && !(r instanceof RIter) && !(r instanceof RRange)
                        && !(r instanceof HasMethods) && args.length == (name.equals("clamp") ? 2 : 1)) {
                    Object o = arg(args, 0);
                    if (name.equals("clamp")) {
                        return Values.compare(r, o) < 0 ? o : Values.compare(r, arg(args, 1)) > 0 ? arg(args, 1) : r;
                    }
                    int c = Values.compare(r, o);
                    return name.equals("max") ? (c > 0 ? r : o) : (c <= 0 ? r : o);
                }
            }
            case "cmp", "partial_cmp", "total_cmp" -> {
                if (r instanceof RIter || r instanceof RRange) {
                    break; // Iterator::cmp compares the items
                }
                int c = Values.compare(r, arg(args, 0));
                REnum o = new REnum("Ordering", c < 0 ? "Less" : c > 0 ? "Greater" : "Equal", REnum.NONE_FIELDS, null, null);
                return name.equals("partial_cmp") ? REnum.some(o) : o;
            }
            default -> { }
        }
        if (r instanceof RInt i && name.equals("try_into")) {
            // the target type comes from the annotation the result is bound to (as a turbofish), else it stays as is
            IntTy to = IntTy.parse(turbofish);
            return to == null ? REnum.ok(i) : IntParse.tryFrom(i, to);
        }
        if (r instanceof CharRange cr) {
            if (name.equals("contains")) {
                return arg(args, 0) instanceof RChar c && cr.contains(c.cp());
            }
            return IterMethods.iterMethod(in, RIter.over(cr.iterator()), name, turbofish, args, at);
        }
        if (r instanceof RInt i) {
            return ScalarMethods.intMethod(i, name, args);
        }
        if (r instanceof Float f) {
            Object res = ScalarMethods.floatMethod(f, name, args, true);
            return res instanceof Double d ? (Object) (float) (double) d : res; // f32's methods give f32
        }
        if (r instanceof Double d) {
            return ScalarMethods.floatMethod(d, name, args);
        }
        if (r instanceof RStr s) {
            Object res = StringPatterns.call(in, s, name, args, at);
            if (res != NO_SUCH) {
                return res;
            }
            return StringMethods.strMethod(in, s, name, turbofish, args);
        }
        if (r instanceof RChar c) {
            return ScalarMethods.charMethod(c, name, args);
        }
        if (r instanceof RVec v) {
            return CollectionMethods.vecMethod(in, v, name, args, at);
        }
        if (r instanceof RMap m) {
            return CollectionMethods.mapMethod(in, m, name, args, at);
        }
        if (r instanceof REnum e && e.type.equals("Ordering") && e.info == null) {
            Object res = orderingMethod(in, e, name, args, at);
            if (res != NO_SUCH) {
                return res;
            }
        }
        if (r instanceof REnum e && (e.type.equals("Option") || e.type.equals("Result"))) {
            return OptionMethods.optionMethod(in, e, name, args, at);
        }
        if (r instanceof RIter it) {
            return IterMethods.iterMethod(in, it, name, turbofish, args, at);
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
                    return IterMethods.iterMethod(in, Iters.range(rg), name, turbofish, args, at);
                }
            }
        }
        if (r instanceof RDuration d) {
            return ScalarMethods.durationMethod(d, name, args);
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
                case "abort_handle" -> {
                    return new AbortHandle(h);
                }
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
                case "into_panic", "try_into_panic" -> {
                    boolean literal = je.error().getCause() instanceof RPanic p && p.literal;
                    PanicPayload payload = new PanicPayload(je.panicText(), literal);
                    return name.equals("into_panic") ? payload : REnum.ok(payload);
                }
                case "id" -> {
                    return RInt.of(je.error().taskId(), IntTy.U64);
                }
                default -> { }
            }
        }
        if (r instanceof PanicPayload pp) {
            switch (name) {
                case "downcast_ref", "downcast" -> {
                    String want = turbofish == null ? "" : turbofish;
                    boolean match = pp.literal() ? want.equals("str") || want.equals("&str") : want.equals("String");
                    Object v = match ? new RStr(pp.message()) : null;
                    return name.equals("downcast_ref") ? REnum.option(v) : v != null ? REnum.ok(v) : REnum.err(pp);
                }
                case "is" -> {
                    String want = turbofish == null ? "" : turbofish;
                    return pp.literal() ? want.equals("str") || want.equals("&str") : want.equals("String");
                }
                default -> { }
            }
        }
        if (r instanceof Formatter f) {
            Object fr = FormatterMethods.call(f, name, args);
            if (fr != NO_SUCH) {
                return fr;
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

    static REnum ordering(int c) {
        return new REnum("Ordering", c < 0 ? "Less" : c > 0 ? "Greater" : "Equal", REnum.NONE_FIELDS, null, null);
    }

    /** {@code std::cmp::Ordering}'s own methods: chaining ({@code then}, {@code then_with}), {@code reverse}, the tests. */
    static Object orderingMethod(Interp in, REnum o, String name, Object[] args, Insn at) {
        int c = o.variant.equals("Less") ? -1 : o.variant.equals("Greater") ? 1 : 0;
        return switch (name) {
            case "then" -> c != 0 ? o : arg(args, 0);
            case "then_with" -> c != 0 ? o : in.call(args[0], new Object[0], at);
            case "reverse" -> ordering(-c);
            case "is_eq" -> c == 0;
            case "is_ne" -> c != 0;
            case "is_lt" -> c < 0;
            case "is_gt" -> c > 0;
            case "is_le" -> c <= 0;
            case "is_ge" -> c >= 0;
            default -> NO_SUCH;
        };
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

    // ------------------------------------------------------------------ indexing

    /**
     * The bounds {@code [lo, hi)} a range selects in a slice of {@code len}, panicking as core's slice indexing
     * does (start past the end, end past the end, start after end; an inclusive end is named as written).
     */
    public static int[] sliceRange(RRange r, int len) {
        long lo = r.lo() == null ? 0 : r.lo().v;
        long end = r.hi() == null ? len : r.hi().v;
        if (r.inclusive() && end == -1L) {
            throw new RPanic("attempted to index slice up to maximum usize");
        }
        long hi = r.inclusive() ? end + 1 : end;
        if (Long.compareUnsigned(lo, len) > 0) {
            throw new RPanic("range start index " + Long.toUnsignedString(lo) + " out of range for slice of length " + len);
        }
        if (Long.compareUnsigned(hi, len) > 0) {
            throw new RPanic("range end index " + Long.toUnsignedString(end) + " out of range for slice of length " + len);
        }
        if (lo > hi) {
            throw new RPanic("slice index starts at " + lo + " but ends at " + hi);
        }
        return new int[] {(int) lo, (int) hi};
    }

    /**
     * The bytes {@code [lo, hi)} a range selects in a str, panicking as core does: an index past the end, a start
     * after the end, an index inside a character (the text is quoted up to 256 bytes, then {@code [...]}).
     */
    public static int[] strRange(RRange r, String s, byte[] bytes) {
        long lo = r.lo() == null ? 0 : r.lo().v;
        long hi = r.hi() == null ? bytes.length : r.hi().v + (r.inclusive() ? 1 : 0);
        String quoted = "`" + truncated(bytes) + "`" + (bytes.length > 256 ? "[...]" : "");
        if (Long.compareUnsigned(lo, bytes.length) > 0) {
            throw new RPanic("start byte index " + Long.toUnsignedString(lo) + " is out of bounds of " + quoted);
        }
        if (Long.compareUnsigned(hi, bytes.length) > 0) {
            throw new RPanic("end byte index " + Long.toUnsignedString(hi) + " is out of bounds of " + quoted);
        }
        if (lo > hi) {
            throw new RPanic("begin > end (" + lo + " > " + hi + ") when slicing " + quoted);
        }
        for (long at : new long[] {lo, hi}) {
            if (at < bytes.length && (bytes[(int) at] & 0xC0) == 0x80) {
                int start = (int) at;
                while ((bytes[start] & 0xC0) == 0x80) {
                    start--;
                }
                int cp = new String(bytes, start, Math.min(4, bytes.length - start), java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
                int width = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                throw new RPanic((at == lo ? "start" : "end") + " byte index " + at + " is not a char boundary; it is inside "
                        + Fmt.debug(new RChar(cp), false) + " (bytes " + start + ".." + (start + width) + ") of " + quoted);
            }
        }
        return new int[] {(int) lo, (int) hi};
    }

    /** The first 256 bytes of a str, cut back to a char boundary (as core quotes a str in a panic). */
    private static String truncated(byte[] bytes) {
        if (bytes.length <= 256) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        int n = 256;
        while ((bytes[n] & 0xC0) == 0x80) {
            n--;
        }
        return new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Object index(Object obj, Object idx) {
        Object o = Values.unwrapArc(obj);
        if (o instanceof RVec v) {
            if (idx instanceof RRange r) {
                int[] b = sliceRange(r, v.items.size());
                return new RVec(new ArrayList<>(v.items.subList(b[0], b[1])));
            }
            long i = ((RInt) idx).v;
            CollectionMethods.checkIndex(v.items, i);
            return v.items.get((int) i);
        }
        if (o instanceof RStr s && idx instanceof RRange r) {
            byte[] bytes = s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int[] b = strRange(r, s.toString(), bytes);
            return new RStr(new String(bytes, b[0], b[1] - b[0], java.nio.charset.StandardCharsets.UTF_8));
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
            CollectionMethods.checkIndex(v.items, i.v);
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
