package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.compile.Proto;
import asyncscope.lessons.rustlite.prelude.Prelude;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RArc;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RStruct;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.TypeInfo;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The program's trait impls at run time, where rustc would have resolved them statically: operators
 * ({@code impl Add} for {@code +}, {@code AddAssign} for {@code +=}, {@code Neg}, {@code Index}/{@code IndexMut}),
 * conversions ({@code impl From} for {@code ?}, {@code T::from} and {@code .into()}), {@code Default}
 * (derived or written), and associated functions called through a type parameter ({@code T::new()}).
 * Several impls of one generic trait for one type ({@code From<A>} and {@code From<B>}) are told apart by the
 * run-time types of the arguments against the declared parameter types ({@link #pick}).
 */
public final class Traits {
    private Traits() {}

    /** Returned when no user impl applies, so the caller falls back to the built-in behaviour. */
    public static final Object NONE = new Object();

    /** The binding of a type parameter Rust-lite could not infer (rustc would have from the types). */
    public static final TypeRef UNKNOWN_TYPE = TypeRef.INFER;

    // ------------------------------------------------------------------ types at run time

    /** The user type (struct or enum) a value belongs to, or null. */
    public static String userType(Object v) {
        if (v instanceof RStruct s) {
            return s.info.name;
        }
        if (v instanceof REnum e && e.info != null) {
            return e.type;
        }
        return null;
    }

    /** The name impls of a value's type are filed under ({@code Point}, {@code i32}, {@code String}...), or null. */
    static String implName(Object v) {
        String u = userType(v);
        if (u != null) {
            return u;
        }
        if (v instanceof RInt r) {
            return r.ty.rustName();
        }
        if (v instanceof Double) {
            return "f64";
        }
        if (v instanceof Float) {
            return "f32";
        }
        if (v instanceof RStr) {
            return "String";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof RChar) {
            return "char";
        }
        if (v instanceof RVec) {
            return "Vec";
        }
        return null;
    }

    /** A value's type as a type reference, for binding a type parameter from an argument. */
    public static TypeRef typeOf(Object v) {
        v = Interp.deref(v);
        String n = implName(v);
        if (n != null) {
            return new TypeRef(n, List.of());
        }
        if (v instanceof REnum e) {
            return new TypeRef(e.type, List.of());
        }
        if (v instanceof RTuple t) {
            List<TypeRef> items = new ArrayList<>();
            for (Object o : t.items()) {
                items.add(typeOf(o));
            }
            return TypeRef.of("(" + items.size() + ")", items, TypeRef.TUPLE);
        }
        if (v instanceof Unit) {
            return TypeRef.of("()", List.of(), TypeRef.UNIT);
        }
        return null;
    }

    /**
     * How well a run-time value fits a declared type: 2 it is of that type, 1 the type is one Rust-lite cannot
     * check (a std error, a generic), 0 it is of another type.
     */
    static int fit(Object v, TypeRef t, String self) {
        v = Values.unwrapArc(v);
        String name = t.name();
        if (name.equals("Self") && self != null) {
            name = self;
        }
        if (t.form().equals(TypeRef.TUPLE)) {
            return v instanceof RTuple tu && tu.items().length == t.args().size() ? 2 : 0;
        }
        if (t.form().equals(TypeRef.ARRAY) || t.form().equals(TypeRef.SLICE) || name.equals("Vec")) {
            return v instanceof RVec ? 2 : 0;
        }
        String u = userType(v);
        if (u != null) {
            return u.equals(name) ? 2 : 0;
        }
        IntTy it = IntTy.parse(name);
        if (it != null) {
            return v instanceof RInt r ? (r.inferred || r.ty == it ? 2 : 0) : 0;
        }
        switch (name) {
            case "f64":
                return v instanceof Double ? 2 : 0;
            case "f32":
                return v instanceof Float || v instanceof Double ? 2 : 0;
            case "String", "str":
                return v instanceof RStr ? 2 : 0;
            case "bool":
                return v instanceof Boolean ? 2 : 0;
            case "char":
                return v instanceof RChar ? 2 : 0;
            case "Option", "Result":
                return v instanceof REnum e && e.type.equals(name) ? 2 : 0;
            case "HashMap", "BTreeMap", "HashSet", "BTreeSet":
                return v instanceof RMap ? 2 : 0;
            default:
                break;
        }
        if (v instanceof RInt || v instanceof Double || v instanceof Float || v instanceof RStr || v instanceof Boolean || v instanceof RChar
                || v instanceof RStruct || v instanceof RVec) {
            return 0; // the value is of a type Rust-lite knows, and it is not this one
        }
        String shown = Fmt.debug(v, false);
        return shown.startsWith(name) ? 2 : 1;
    }

    /**
     * Of a set of same-named impls ({@code From<A>::from}, {@code From<B>::from}), the one whose declared
     * parameters fit the arguments best ({@code skip} leading arguments, {@code self}, are not compared).
     */
    public static Proto pick(Proto p, Object[] args, int skip) {
        if (p.overloads == null) {
            return p;
        }
        Proto best = null;
        int bestScore = -1;
        for (Proto q : p.overloads) {
            int score = 0;
            for (int i = 0; i < q.paramTypes.size() && i + skip < args.length; i++) {
                int s = fit(args[i + skip], q.paramTypes.get(i), q.owner);
                if (s == 0) {
                    score = -1;
                    break;
                }
                score += s;
            }
            if (score > bestScore) {
                bestScore = score;
                best = q;
            }
        }
        return best == null ? p : best;
    }

    private static Proto fn(Interp in, String type, String name) {
        return type == null ? null : in.program.functions().get(type + "::" + name);
    }

    // ------------------------------------------------------------------ operators

    private static String opMethod(String op) {
        return switch (op) {
            case "+" -> "add";
            case "-" -> "sub";
            case "*" -> "mul";
            case "/" -> "div";
            case "%" -> "rem";
            case "&" -> "bitand";
            case "|" -> "bitor";
            case "^" -> "bitxor";
            case "<<" -> "shl";
            case ">>" -> "shr";
            default -> null;
        };
    }

    /**
     * {@code a op b} through the program's operator impl on {@code a}'s type ({@code a op= b} through
     * {@code OpAssign} when it has one, which changes {@code a} in place); {@link #NONE} when there is none.
     */
    static Object binary(Interp in, String op, Object a, Object b, boolean compound) {
        String m = opMethod(op);
        if (m == null) {
            return NONE;
        }
        String type = implName(a);
        if (compound) {
            Proto pa = fn(in, type, m + "_assign");
            if (pa != null) {
                in.invoke(pick(pa, new Object[] {a, b}, 1), new Object[] {a, b}, null);
                return a;
            }
        }
        Proto p = fn(in, type, m);
        if (p == null && a instanceof RInt r && r.inferred) {
            // an unsuffixed literal on the left (`4 * money`): the impl for whichever integer type has one
            for (IntTy t : IntTy.values()) {
                p = p != null ? p : fn(in, t.rustName(), m);
            }
        }
        if (p == null) {
            return NONE;
        }
        Object[] args = {a, b};
        return in.invoke(pick(p, args, 1), args, null);
    }

    /** {@code -a} / {@code !a} through {@code impl Neg} / {@code impl Not}; {@link #NONE} when there is none. */
    static Object unary(Interp in, String method, Object a) {
        Proto p = fn(in, userType(a), method);
        return p == null ? NONE : in.invoke(p, new Object[] {a}, null);
    }

    /** {@code c[i]} through {@code impl Index}; {@link #NONE} when {@code c} is not a user type with one. */
    static Object index(Interp in, Object c, Object i) {
        Proto p = fn(in, userType(c), "index");
        if (p == null) {
            return NONE;
        }
        Object[] args = {c, i};
        return Interp.deref(in.invoke(pick(p, args, 1), args, null));
    }

    /** {@code c[i] = v} through {@code impl IndexMut}; false when {@code c} is not a user type with one. */
    static boolean setIndex(Interp in, Object c, Object i, Object v) {
        Proto p = fn(in, userType(c), "index_mut");
        if (p == null) {
            return false;
        }
        Object[] args = {c, i};
        Object place = in.invoke(pick(p, args, 1), args, null);
        if (place instanceof Derefable d) {
            d.set(v);
            return true;
        }
        throw new RPanic("`index_mut` did not return a place Rust-lite can assign through");
    }

    // ------------------------------------------------------------------ From / Into

    /**
     * Converts {@code v} to the user type {@code target} as {@code ?} does for an error: unchanged when it already
     * is one, through the program's {@code impl From<X> for Target} whose {@code X} fits otherwise.
     */
    static Object convertTo(Interp in, Object v, String target) {
        if (target.equals(userType(v))) {
            return v;
        }
        Proto p = fn(in, target, "from");
        if (p == null || !"From".equals(p.trait)) {
            return v;
        }
        Object[] args = {v};
        Proto q = pick(p, args, 0);
        if (q.paramTypes.size() != 1 || fit(v, q.paramTypes.get(0), target) == 0) {
            return v;
        }
        return in.invoke(q, args, null);
    }

    /**
     * {@code v.into()}: to {@code hint} when the compiler knew the type expected there; otherwise through the one
     * user {@code impl From} that takes a value like {@code v}. {@link #NONE} when no user impl applies.
     */
    static Object into(Interp in, Object v, TypeRef hint) {
        Object u = Values.unwrapArc(Interp.deref(v));
        if (hint != null && primitive(hint.name()) && (u instanceof RInt || u instanceof Double || u instanceof Float || u instanceof RChar || u instanceof Boolean)) {
            return primitiveFrom(u, hint.name());
        }
        if (hint != null && in.program.types().get(hint.name()) == null) {
            // std's blanket conversions to the expected type: `T` into `Option<T>`, `&str` into `String` or `Vec<u8>`
            switch (hint.name()) {
                case "Option" -> {
                    return u instanceof REnum e && e.type.equals("Option") ? u : REnum.some(v);
                }
                case "String" -> {
                    if (u instanceof RStr || u instanceof RChar) {
                        return new RStr(u.toString());
                    }
                }
                case "Vec" -> {
                    if (u instanceof RStr str) {
                        List<Object> bytes = new ArrayList<>();
                        for (byte b : str.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                            bytes.add(RInt.of(b & 0xFF, IntTy.U8));
                        }
                        return new RVec(bytes);
                    }
                }
                default -> { }
            }
        }
        if (hint != null) {
            Proto p = fn(in, hint.name(), "from");
            if (p == null || !"From".equals(p.trait) || hint.name().equals(userType(u))) {
                return NONE;
            }
            Object[] args = {v};
            Proto q = pick(p, args, 0);
            return fit(u, q.paramTypes.get(0), hint.name()) == 0 ? NONE : in.invoke(q, args, null);
        }
        Proto found = null;
        int best = 0;
        for (Proto p : in.fromImpls()) {
            int s = fit(u, p.paramTypes.get(0), p.owner);
            if (s > best) {
                best = s;
                found = p;
            } else if (s == best && s > 0 && found != null && !found.owner.equals(p.owner)) {
                found = null; // two targets take this value: the expected type decides, and Rust-lite does not know it
            }
        }
        return found == null || best < 2 ? NONE : in.invoke(found, new Object[] {v}, null);
    }

    /**
     * Gives unsuffixed integer literals inside an array, Vec or tuple the integer type the declared type says
     * ({@code [[i64; 2]; 2]}, {@code Vec<u8>}, {@code (u64, i8)}), as rustc's inference does; changes the containers in place.
     */
    public static void retype(Object v, TypeRef t) {
        if (t == null || t.isRef()) {
            return;
        }
        if (v instanceof RVec vec && t.args().size() == 1 && (t.form().equals(TypeRef.ARRAY) || t.form().equals(TypeRef.SLICE)
                || t.name().equals("Vec") || t.name().equals("VecDeque"))) {
            TypeRef et = t.args().get(0);
            IntTy it = IntTy.parse(et.name());
            for (int i = 0; i < vec.items.size(); i++) {
                Object o = vec.items.get(i);
                if (it != null && o instanceof RInt r && r.inferred && et.form().equals(TypeRef.PATH)) {
                    vec.items.set(i, r.as(it));
                } else if (o instanceof RVec || o instanceof RTuple) {
                    retype(o, et);
                } else if (it == null) {
                    break; // not integers: nothing to retype
                }
            }
        } else if (v instanceof RTuple tu && t.form().equals(TypeRef.TUPLE) && t.args().size() == tu.items().length) {
            for (int i = 0; i < tu.items().length; i++) {
                TypeRef et = t.args().get(i);
                IntTy it = IntTy.parse(et.name());
                if (it != null && tu.items()[i] instanceof RInt r && r.inferred && et.form().equals(TypeRef.PATH)) {
                    tu.items()[i] = r.as(it);
                } else {
                    retype(tu.items()[i], et);
                }
            }
        }
    }

    /** Whether {@code name} is a numeric type, {@code char} or {@code bool}. */
    public static boolean primitive(String name) {
        return IntTy.parse(name) != null || name.equals("f64") || name.equals("f32") || name.equals("char") || name.equals("bool");
    }

    /** std's {@code From} between primitives: widening integers, integers to floats, {@code u8} to {@code char}, {@code char} to {@code u32}. */
    public static Object primitiveFrom(Object v, String target) {
        v = Interp.deref(v);
        IntTy it = IntTy.parse(target);
        if (it != null) {
            if (v instanceof RInt r) {
                return r.as(it);
            }
            if (v instanceof RChar c) {
                return RInt.of(c.cp(), it);
            }
            if (v instanceof Boolean b) {
                return RInt.of(b ? 1 : 0, it);
            }
        } else if (target.equals("f64") || target.equals("f32")) {
            if (v instanceof RInt r) {
                return target.equals("f32") ? (Object) (float) Values.toDouble(r) : (Object) Values.toDouble(r);
            }
            if (v instanceof Float f && target.equals("f64")) {
                return f.doubleValue();
            }
            if (v instanceof Double || v instanceof Float) {
                return v;
            }
        } else if (target.equals("char") && v instanceof RInt r) {
            return new RChar((int) r.v);
        } else if (target.equals(implName(v))) {
            return v;
        }
        throw new RPanic("the trait `From<" + implName(v) + ">` is not implemented for `" + target + "`");
    }

    // ------------------------------------------------------------------ Default and associated functions

    /** {@code T::default()}: the program's {@code impl Default}, a derived one, or std's for a built-in type. */
    public static Object defaultOf(Interp in, TypeRef t, Insn at) {
        if (t == null || t == UNKNOWN_TYPE) {
            throw new RPanic("type annotations needed: Rust-lite cannot tell which type's `default()` is meant here");
        }
        if (t.form().equals(TypeRef.TUPLE)) {
            Object[] items = new Object[t.args().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = defaultOf(in, t.args().get(i), at);
            }
            return new RTuple(items);
        }
        if (t.form().equals(TypeRef.UNIT)) {
            return Unit.UNIT;
        }
        if (t.form().equals(TypeRef.ARRAY) || t.form().equals(TypeRef.SLICE)) {
            return new RVec();
        }
        String name = t.name();
        Proto own = fn(in, name, "default");
        if (own != null) {
            return in.invoke(own, new Object[0], null);
        }
        TypeInfo ti = in.program.types().get(name);
        if (ti != null) {
            if (!ti.derives.contains("Default")) {
                throw new RPanic("the trait `Default` is not implemented for `" + name + "`");
            }
            if (ti.variants.isEmpty() || !ti.fieldTypes.isEmpty() || ti.defaultVariant == null) {
                Object[] fields = new Object[ti.fields.size()];
                for (int i = 0; i < fields.length; i++) {
                    Object d = defaultOf(in, ti.fieldTypes.get(i), at);
                    IntTy it = i < ti.fieldInts.size() ? ti.fieldInts.get(i) : null;
                    fields[i] = it != null && d instanceof RInt r ? r.as(it) : d;
                }
                return new RStruct(ti, fields);
            }
            return new REnum(name, ti.defaultVariant, REnum.NONE_FIELDS, null, ti);
        }
        IntTy it = IntTy.parse(name);
        if (it != null) {
            return RInt.of(0, it);
        }
        switch (name) {
            case "f64":
                return 0.0;
            case "f32":
                return 0.0f;
            case "bool":
                return false;
            case "String", "str":
                return new RStr("");
            case "char":
                return new RChar(0);
            case "Option":
                return REnum.NONE;
            default:
                break;
        }
        Object ctor = Prelude.lookup(List.of(name, "new"));
        if (ctor instanceof Native n) {
            return n.call(in, new Object[0], at);
        }
        throw new RPanic("Rust-lite does not know the default value of `" + name + "`");
    }

    /** {@code T::name(args)} where {@code T} is a type known at run time (a type parameter's binding). */
    static Object assocCall(Interp in, TypeRef t, String name, Object[] args, Insn at) {
        if (t == null || t == UNKNOWN_TYPE) {
            throw new RPanic("type annotations needed: Rust-lite cannot tell which type `" + name + "` belongs to here");
        }
        Proto p = fn(in, t.name(), name);
        if (p != null) {
            return in.invoke(pick(p, args, 0), args, null);
        }
        if (name.equals("default") && args.length == 0) {
            return defaultOf(in, t, at);
        }
        Object f = Prelude.lookup(List.of(t.name(), name));
        if (f != null) {
            return in.call(f, args, at);
        }
        throw new RPanic("no function or associated item named `" + name + "` found for `" + t.name() + "`");
    }

    /** Binds a generic function's type parameters from its arguments (a parameter declared {@code T}, {@code &T}, {@code Vec<T>}). */
    static void bindTypeParams(Proto p, Object[] args, Object[] locals) {
        for (int k = 0; k < p.typeSlots.length; k++) {
            int slot = p.typeSlots[k];
            if (locals[slot] != null && locals[slot] != UNKNOWN_TYPE) {
                continue;
            }
            String tn = p.typeNames[k];
            for (int i = 0; i < p.paramDecls.length && i < args.length; i++) {
                TypeRef t = p.paramDecls[i];
                if (t == null) {
                    continue;
                }
                Object v = Interp.deref(args[i]);
                if (t.name().equals(tn) && t.args().isEmpty()) {
                    locals[slot] = typeOf(v);
                } else if ((t.name().equals("Vec") || t.form().equals(TypeRef.SLICE) || t.form().equals(TypeRef.ARRAY))
                        && t.args().size() == 1 && t.args().get(0).name().equals(tn) && v instanceof RVec vec && !vec.items.isEmpty()) {
                    locals[slot] = typeOf(vec.items.get(0));
                } else if (t.name().equals("Option") && t.args().size() == 1 && t.args().get(0).name().equals(tn)
                        && v instanceof REnum e && e.is("Some")) {
                    locals[slot] = typeOf(e.fields[0]);
                }
                if (locals[slot] != null) {
                    break;
                }
            }
        }
    }

    /** The program's {@code impl From<X> for T} functions, all targets (for {@code .into()} without a known target). */
    static List<Proto> fromImpls(Map<String, Proto> functions) {
        List<Proto> out = new ArrayList<>();
        for (Map.Entry<String, Proto> e : functions.entrySet()) {
            Proto p = e.getValue();
            if (e.getKey().endsWith("::from") && "From".equals(p.trait)) {
                if (p.overloads != null) {
                    out.addAll(p.overloads);
                } else {
                    out.add(p);
                }
            }
        }
        out.removeIf(p -> p.paramTypes.size() != 1);
        return out;
    }
}
