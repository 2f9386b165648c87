package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.compile.SelectInfo;
import asyncscope.lessons.rustlite.compile.MethodRef;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.compile.StructShape;
import asyncscope.engine.future.Poll;
import asyncscope.lessons.rustlite.compile.CPat;
import asyncscope.lessons.rustlite.compile.FormatStr;
import asyncscope.lessons.rustlite.compile.GenericCall;
import asyncscope.lessons.rustlite.compile.Fusion;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.compile.Proto;
import asyncscope.lessons.rustlite.prelude.Iters;
import asyncscope.lessons.rustlite.prelude.Methods;
import asyncscope.lessons.rustlite.prelude.ProgramIO;
import asyncscope.lessons.rustlite.prelude.TokioFutures;
import asyncscope.lessons.rustlite.value.Arith;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RArc;
import asyncscope.lessons.rustlite.value.RDuration;
import asyncscope.lessons.rustlite.value.RChar;
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
import asyncscope.lessons.rustlite.value.TypeInfo;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The Rust-lite stack machine. {@link #run} executes a frame until it returns or, inside an async body, until
 * an {@code .await} finds its future Pending: then it returns {@link #SUSPEND} and leaves the frame as it is,
 * so the next poll continues exactly there. Synchronous calls run nested frames to completion (they cannot
 * await: the compiler rejects it). Ownership is tracked at run time: moving a value out of a slot clears it,
 * and whatever a scope still owns when it ends is dropped (running {@code impl Drop}).
 */
public final class Interp implements asyncscope.lessons.rustlite.value.UserOps {
    /** Returned by {@link #run} when the frame is suspended at an await. */
    public static final Object SUSPEND = new Object();

    public final Program program;
    public final ProgramIO io;
    public final Exec.Limits limits;
    /** Per-run services the prelude starts for the program (e.g. the built-in HTTP server), by name. */
    public final java.util.concurrent.ConcurrentHashMap<String, Object> services = new java.util.concurrent.ConcurrentHashMap<>();

    public Interp(Program program, ProgramIO io, Exec.Limits limits) {
        this.program = program;
        this.io = io;
        this.limits = limits;
        limits.owner = this;
        boolean any = false;
        for (String k : program.functions().keySet()) {
            int i = k.indexOf("::");
            any |= i > 0 && BUILTIN_TYPES.contains(k.substring(0, i));
        }
        this.implsOnBuiltins = any;
    }

    /** std's types a program may implement its own traits for ({@code impl Describe for Vec<T>}, {@code for i32}). */
    private static final java.util.Set<String> BUILTIN_TYPES = java.util.Set.of("Vec", "String", "str", "i8", "i16", "i32", "i64",
            "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "bool", "char", "Option", "Result",
            "HashMap", "BTreeMap", "HashSet", "BTreeSet", "VecDeque");
    /** Whether the program has methods on any of {@link #BUILTIN_TYPES} (a method call on a built-in value looks for them). */
    private final boolean implsOnBuiltins;

    /** The program's own method {@code name} for a built-in value ({@code impl Trait for Vec<T>}), or null. */
    private Proto builtinImpl(Object v, String name) {
        String t;
        if (v instanceof RVec) {
            t = "Vec";
        } else if (v instanceof RStr) {
            Proto p = program.functions().get("String::" + name);
            return p != null ? p : program.functions().get("str::" + name);
        } else if (v instanceof RInt i) {
            t = i.ty.rustName();
        } else if (v instanceof Double) {
            t = "f64";
        } else if (v instanceof Float) {
            t = "f32";
        } else if (v instanceof Boolean) {
            t = "bool";
        } else if (v instanceof RChar) {
            t = "char";
        } else if (v instanceof REnum e && e.info == null && (e.type.equals("Option") || e.type.equals("Result"))) {
            t = e.type;
        } else if (v instanceof RMap m) {
            Proto p = program.functions().get((m.sorted ? "BTreeMap::" : "HashMap::") + name);
            return p;
        } else {
            return null;
        }
        return program.functions().get(t + "::" + name);
    }

    static {
        asyncscope.lessons.rustlite.value.UserOps.SOURCE.set(Exec::currentInterp);
    }

    private List<Proto> fromImpls;

    /** The program's {@code impl From} functions (computed once per run). */
    List<Proto> fromImpls() {
        if (fromImpls == null) {
            fromImpls = Traits.fromImpls(program.functions());
        }
        return fromImpls;
    }

    @Override
    public Boolean userEq(TypeInfo info, Object a, Object b) {
        Proto p = (Proto) info.eqFn;
        for (Proto q : p.overloads != null ? p.overloads : List.of(p)) {
            if (q.paramTypes.size() == 1 && Traits.fit(b, q.paramTypes.get(0), q.owner) > 0) {
                return Boolean.TRUE.equals(invoke(q, new Object[] {a, b}, null));
            }
        }
        return null; // e.g. only `PartialEq<&str>` is written and two of the type are compared: the derived impl decides
    }

    @Override
    public int userCompare(TypeInfo info, Object a, Object b) {
        if (info.cmpFn != null) {
            return orderingOf(invoke((Proto) info.cmpFn, new Object[] {a, b}, null));
        }
        Object r = invoke((Proto) info.partialCmpFn, new Object[] {a, b}, null);
        if (r instanceof REnum e && e.is("Some")) {
            return orderingOf(e.fields[0]);
        }
        return 0; // None: incomparable; `<` and `>` are then false as in Rust only when both sides agree
    }

    private static int orderingOf(Object o) {
        if (o instanceof REnum e) {
            return switch (e.variant) {
                case "Less" -> -1;
                case "Greater" -> 1;
                default -> 0;
            };
        }
        throw new RPanic("`cmp` returned " + Fmt.debug(o, false) + ", not an `Ordering`");
    }

    // ------------------------------------------------------------------ calling

    /** Calls a function value (fn item, closure, prelude function) with arguments. */
    public Object call(Object callee, Object[] args, Insn at) {
        if (callee instanceof Proto p) {
            return invoke(p, args, null);
        }
        if (callee instanceof RClosure c) {
            return callClosure(c, args);
        }
        if (callee instanceof Native n) {
            return n.call(this, n.takesPlaces() ? args : MutRef.stripAll(args), at);
        }
        if (callee instanceof RArc a) {
            return call(a.inner, args, at);
        }
        if (callee instanceof Derefable d) { // `for f in fns.iter_mut() { f() }`: a place holding a closure
            return call(d.get(), args, at);
        }
        throw new RPanic("expected a function, found " + Fmt.debug(callee, false));
    }

    /** Runs a sync proto to completion, or for an async one creates its (lazy) future. */
    public Object invoke(Proto p, Object[] args, Object[] captures) {
        if (p.overloads != null) {
            p = Traits.pick(p, args, p.nparams - p.paramTypes.size());
        }
        Frame f = newFrame(p, args, captures);
        if (p.isAsync) {
            return new Coroutine(this, f);
        }
        Object r = run(f);
        if (r == SUSPEND) {
            throw new RPanic("internal error: a synchronous function tried to suspend");
        }
        return r;
    }

    private Object callClosure(RClosure c, Object[] args) {
        Proto p = c.proto();
        Object[] parent = c.parentLocals();
        if (p.isAsync) {
            return invoke(p, args, c.captures());
        }
        if (parent == null) {
            // a `move` closure owns its captures: what a call changes (a counter, a value moved out) stays with it
            Frame f = newFrame(p, args, c.captures());
            Object r = run(f);
            if (r == SUSPEND) {
                throw new RPanic("internal error: a synchronous function tried to suspend");
            }
            for (int i = 0; i < c.captures().length; i++) {
                c.captures()[i] = f.locals[p.captureSlots.get(i)];
            }
            return r;
        }
        Object[] caps = c.captures().clone();
        for (int i = 0; i < caps.length; i++) {
            if (p.captureBorrowed.get(i)) {
                caps[i] = parent[p.captureFrom.get(i)];
            }
        }
        Frame f = newFrame(p, args, caps);
        Object r = run(f);
        for (int i = 0; i < caps.length; i++) {
            if (p.captureBorrowed.get(i)) {
                parent[p.captureFrom.get(i)] = f.locals[p.captureSlots.get(i)];
            } else {
                c.captures()[i] = f.locals[p.captureSlots.get(i)];
            }
        }
        return r;
    }

    Frame newFrame(Proto p, Object[] args, Object[] captures) {
        if (args.length != p.nparams) {
            String what = p.owner != null ? "method `" + p.name.substring(p.name.indexOf("::") + 2) + "`"
                    : p.name.startsWith("closure@") ? "closure" : "function `" + p.name + "`";
            int want = p.owner != null ? p.nparams - 1 : p.nparams;
            int got = p.owner != null ? args.length - 1 : args.length;
            throw new RPanic("this " + what + " takes " + want + " argument" + (want == 1 ? "" : "s") + " but " + got
                    + (got == 1 ? " was" : " were") + " supplied");
        }
        Frame f = new Frame(p);
        int n = Math.min(args.length, f.locals.length);
        for (int i = 0; i < n; i++) {
            Object a = args[i];
            if (i < p.paramInts.length && p.paramInts[i] != null && a instanceof RInt r) {
                a = r.as(p.paramInts[i]);
            }
            f.locals[i] = a;
        }
        if (captures != null) {
            for (int i = 0; i < captures.length && i < p.captureSlots.size(); i++) {
                f.locals[p.captureSlots.get(i)] = captures[i];
            }
        }
        if (p.typeSlots.length > 0) {
            Traits.bindTypeParams(p, args, f.locals);
            for (int slot : p.typeSlots) {
                if (f.locals[slot] == null) {
                    f.locals[slot] = Traits.UNKNOWN_TYPE; // neither given nor inferable: `T::new()` says so when used
                }
            }
        }
        return f;
    }

    /** A generic function called with type arguments the caller knows (pushed below the arguments). */
    private Object callGeneric(Frame caller, GenericCall gc, Object[] args) {
        Object[] types = new Object[gc.params().length];
        for (int i = types.length - 1; i >= 0; i--) {
            types[i] = caller.pop();
        }
        Proto p = gc.proto();
        if (args.length != p.nparams || p.typeSlots.length == 0) {
            return invoke(p, args, null);
        }
        Frame f = newFrame(p, args, null);
        for (int k = 0; k < p.typeSlots.length; k++) {
            for (int i = 0; i < types.length; i++) {
                if (gc.params()[i].equals(p.typeNames[k]) && types[i] instanceof asyncscope.lessons.rustlite.ast.TypeRef t
                        && !t.name().equals("_")) {
                    f.locals[p.typeSlots[k]] = t;
                }
            }
        }
        if (p.isAsync) {
            return new Coroutine(this, f);
        }
        Object r = run(f);
        if (r == SUSPEND) {
            throw new RPanic("internal error: a synchronous function tried to suspend");
        }
        return r;
    }

    /** Calls a method: the program's own impl first, then the prelude's methods for built-in types. */
    public Object callMethod(Object recv, String name, String turbofish, Object[] args, Insn at) {
        Object r = recv;
        for (int guard = 0; guard < 8; guard++) {
            String type = userType(r);
            if (type != null) {
                Proto p = program.functions().get(type + "::" + name);
                if (p != null) {
                    Object[] all = new Object[args.length + 1];
                    all[0] = r;
                    System.arraycopy(args, 0, all, 1, args.length);
                    return invoke(Traits.pick(p, all, 1), all, null);
                }
                if (ITER_METHODS.contains(name) && program.functions().containsKey(type + "::next")) {
                    // a user `impl Iterator` gets std's provided methods (map, filter, sum, collect...)
                    return Methods.call(this, Iters.of(this, r), name, turbofish, MutRef.stripAll(args), at);
                }
            }
            if (r instanceof RArc a && !Methods.isArcMethod(name)) {
                r = a.inner;
            } else if (r instanceof Derefable d) {
                r = d.get();
            } else {
                break;
            }
        }
        Proto own = implsOnBuiltins ? builtinImpl(r, name) : null;
        if (own != null) {
            // std's inherent methods come first, as in Rust; the program's trait method when std has none of that name
            try {
                return callBuiltin(r, name, turbofish, args, at);
            } catch (RPanic p) {
                if (p.getMessage() == null || !p.getMessage().startsWith("no method named `" + name + "`")) {
                    throw p;
                }
            }
            Object[] all = new Object[args.length + 1];
            all[0] = r;
            System.arraycopy(args, 0, all, 1, args.length);
            return invoke(Traits.pick(own, all, 1), all, null);
        }
        return callBuiltin(r, name, turbofish, args, at);
    }

    private Object callBuiltin(Object r, String name, String turbofish, Object[] args, Insn at) {
        if (name.equals("fmt") && args.length == 1 && deref(args[0]) instanceof Methods.Formatter fm) {
            // `self.0.fmt(f)` forwards the formatter, spec and all, to the inner value
            fm.write(formatOne(r, fm.spec));
            return REnum.ok(Unit.UNIT);
        }
        if (args.length == 0 && at != null && at.o instanceof MethodRef m && m.expected() != null
                && (name.equals("unwrap_or_default") || name.equals("or_default"))) {
            // the default of the type the checker inferred for the result (`Vec<_>`, `String`, `u64`...)
            TypeRef t = m.expected();
            if (r instanceof REnum e && (e.type.equals("Option") || e.type.equals("Result"))) {
                return e.is("Some") || e.is("Ok") ? e.fields[0] : Traits.defaultOf(this, t, at);
            }
            if (name.equals("or_default") && r instanceof Methods.HasMethods hm) {
                TypeRef v = t.isRef() ? new TypeRef(t.name(), t.args(), TypeRef.NONE, t.form(), t.path()) : t;
                Object res = hm.call(this, "or_insert_with", new Object[] {Native.of("default", (in2, a2, at2) -> Traits.defaultOf(this, v, at))}, at);
                if (res != Methods.NO_SUCH) {
                    return res;
                }
            }
        }
        if (name.equals("into") && args.length == 0 && at != null && at.o instanceof MethodRef m) {
            Object conv = Traits.into(this, r, m.expected());
            if (conv != Traits.NONE) {
                return conv;
            }
        }
        return Methods.call(this, r, name, turbofish, MutRef.stripAll(args), at);
    }

    /** Iterator methods std provides to every {@code impl Iterator}. */
    private static final java.util.Set<String> ITER_METHODS = java.util.Set.of("map", "filter", "filter_map", "flat_map",
            "flatten", "enumerate", "zip", "chain", "take", "skip", "step_by", "take_while", "skip_while", "peekable", "fuse",
            "collect", "count", "sum", "product", "fold", "for_each", "any", "all", "find", "position", "max", "min",
            "max_by_key", "min_by_key", "max_by", "min_by", "last", "nth", "by_ref", "cloned", "copied", "inspect", "scan",
            "partition", "unzip", "cycle", "map_while", "find_map", "try_fold", "reduce", "rev", "into_iter", "iter_mut");

    private static String userType(Object v) {
        if (v instanceof RStruct s) {
            return s.info.name;
        }
        if (v instanceof REnum e && e.info != null) {
            return e.type;
        }
        return null;
    }

    // ------------------------------------------------------------------ ownership

    /** Whether moving {@code v} out of a slot must clear the slot (it is not Copy). */
    static boolean movesOut(Object v) {
        if (v == null || v instanceof RInt || v instanceof Boolean || v instanceof RStr || v instanceof Double || v instanceof Float
                || v instanceof Unit || v instanceof RDuration || v instanceof RInstant || v instanceof Proto
                || v instanceof Native || v instanceof RClosure || v instanceof asyncscope.lessons.rustlite.value.RChar) {
            return false;
        }
        if (v instanceof RTuple t) {
            for (Object o : t.items()) {
                if (movesOut(o)) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof REnum e) {
            for (Object o : e.fields) {
                if (movesOut(o)) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof RStruct s) {
            return !s.info.derives.contains("Copy");
        }
        return true;
    }

    /** Drops a value the program no longer owns: runs {@code impl Drop}, releases prelude resources, recursively. */
    public void drop(Object v) {
        if (v instanceof RInt || v == Unit.UNIT) {
            return;
        }
        if (v == null || v instanceof RInt || v instanceof RStr || v instanceof Boolean || v instanceof Unit
                || v instanceof Double || v instanceof Float || v instanceof Proto || v instanceof Native) {
            return;
        }
        if (v instanceof RStruct s) {
            if (s.dropped) {
                return;
            }
            s.dropped = true;
            if (s.info.hasDrop) {
                Proto d = program.functions().get(s.info.name + "::drop");
                if (d != null) {
                    invoke(d, new Object[] {s}, null);
                }
            }
            for (Object f : s.fields) {
                drop(f);
            }
        } else if (v instanceof REnum e) {
            for (Object f : e.fields) {
                drop(f);
            }
        } else if (v instanceof RTuple t) {
            for (Object f : t.items()) {
                drop(f);
            }
        } else if (v instanceof RVec vec) {
            if (!vec.items.isEmpty() && movesOut(vec.items.get(0))) {
                for (Object f : vec.items) {
                    drop(f);
                }
            }
        } else if (v instanceof RMap m) {
            for (Object f : m.map.values()) {
                drop(f);
            }
        } else if (v instanceof RArc a) {
            if (a.strong.decrementAndGet() == 0) {
                drop(a.inner);
            }
        } else if (v instanceof Droppable d) {
            d.release();
        } else if (v instanceof Owner o) {
            for (Object f : o.owned()) {
                drop(f);
            }
        } else if (v instanceof RClosure c) {
            for (int i = 0; i < c.captures().length; i++) {
                if (!c.proto().captureBorrowed.get(i)) {
                    drop(c.captures()[i]);
                }
            }
        }
    }

    void dropLocals(Frame f, Object keep) {
        boolean[] borrowed = f.proto.borrowed;
        for (int i = f.locals.length - 1; i >= 0; i--) {
            Object v = f.locals[i];
            if (v != null && v != keep && (i >= borrowed.length || !borrowed[i])) {
                f.locals[i] = null;
                drop(v);
            }
        }
    }

    // ------------------------------------------------------------------ the machine

    /** Executes {@code f} from its pc. Returns the function's value, or {@link #SUSPEND}. */
    public Object run(Frame f) {
        Exec ex = Exec.current();
        Insn[] code = f.proto.code;
        Insn in = null;
        if (ex != null && ex.limits.budget.tripped() != null && f.pc < code.length) {
            throw ex.limits.budget.tripped().at(code[f.pc].line, code[f.pc].col); // the run is over: stop where this task is
        }
        try {
            while (true) {
                in = code[f.pc];
                if (ex != null && (++ex.steps & 0xFFF) == 0) {
                    ex.check();
                }
                if (in.fuse != 0 && (ex == null || (ex.steps & 0xFFF) + in.fuseLen - 1 < 0x1000)) {
                    // a superinstruction: the same effect and step count as its instructions one by one
                    int done = fused(f, code, f.pc, in.fuse);
                    if (done > 0) {
                        if (ex != null) {
                            ex.steps += done - 1;
                        }
                        continue;
                    }
                }
                switch (in.op) {
                    case CONST -> {
                        Object o = in.o;
                        // k == 1: a value that is fresh each time (a String is mutable, a byte string a new slice)
                        f.push(in.k == 0 ? o : o instanceof String s ? new RStr(s) : ((asyncscope.lessons.rustlite.compile.ByteString) o).fresh());
                    }
                    case UNIT -> f.push(Unit.UNIT);
                    case LOAD -> {
                        Object v = f.locals[in.a];
                        if (v == null) {
                            throw new RPanic("use of a moved or uninitialized value", in.line, in.col);
                        }
                        f.push(v);
                    }
                    case MOVE -> {
                        Object v = f.locals[in.a];
                        if (v == null) {
                            throw new RPanic("use of a moved or uninitialized value", in.line, in.col);
                        }
                        if (movesOut(v)) {
                            f.locals[in.a] = null;
                        } else if (v instanceof RTuple || v instanceof RStruct) {
                            v = Methods.cloneValue(v); // a Copy aggregate is copied, not shared
                        }
                        f.push(v);
                    }
                    case STORE -> f.locals[in.a] = f.pop();
                    case ASSIGN_LOCAL -> {
                        Object old = f.locals[in.a];
                        Object nv = f.pop();
                        f.locals[in.a] = nv;
                        if (old != null && old != nv) {
                            drop(old);
                        }
                    }
                    case DROP_LOCAL -> {
                        Object v = f.locals[in.a];
                        if (v != null) {
                            f.locals[in.a] = null;
                            drop(v);
                        }
                    }
                    case POP -> f.pop();
                    case RELEASE_LOCAL -> {
                        Object v = f.locals[in.a];
                        f.locals[in.a] = null;
                        releaseTemp(v);
                    }
                    case POP_DROP -> drop(f.pop());
                    case DUP -> {
                        if (in.a == 2) {
                            Object b = f.stack[f.sp - 1];
                            Object a = f.stack[f.sp - 2];
                            f.push(a);
                            f.push(b);
                        } else {
                            f.push(f.peek());
                        }
                    }
                    case JUMP -> {
                        f.pc = in.a;
                        continue;
                    }
                    case JF -> {
                        if (!Values.truthy(f.pop(), in.line, in.col)) {
                            f.pc = in.a;
                            continue;
                        }
                    }
                    case JT -> {
                        if (Values.truthy(f.pop(), in.line, in.col)) {
                            f.pc = in.a;
                            continue;
                        }
                    }
                    case BIN -> {
                        Object b = f.pop();
                        Object a = f.pop();
                        if (a instanceof RInt x && b instanceof RInt y && in.k >= 0) {
                            f.push(Arith.intFast(in.k, (String) in.o, x, y));
                            break;
                        }
                        b = deref(b);
                        a = deref(a);
                        if (a instanceof RStruct || a instanceof REnum ae && ae.info != null || b instanceof RStruct) {
                            Object r = Traits.binary(this, (String) in.o, a, b, in.a == 1);
                            f.push(r != Traits.NONE ? r : Arith.binary((String) in.o, a, b));
                        } else {
                            f.push(Arith.binary((String) in.o, a, b));
                        }
                    }
                    case NEG -> {
                        Object a = deref(f.pop());
                        Object r = a instanceof RStruct || a instanceof REnum ae && ae.info != null ? Traits.unary(this, "neg", a) : Traits.NONE;
                        f.push(r != Traits.NONE ? r : Arith.negate(a));
                    }
                    case NOT -> {
                        Object a = deref(f.pop());
                        Object r = a instanceof RStruct || a instanceof REnum ae && ae.info != null ? Traits.unary(this, "not", a) : Traits.NONE;
                        f.push(r != Traits.NONE ? r : Arith.not(a));
                    }
                    case CAST -> f.push(Arith.cast(deref(f.pop()), (String) in.o));
                    case INT_AS -> {
                        Object v = f.pop();
                        f.push(in.o instanceof IntTy t ? (v instanceof RInt r ? r.as(t) : v) : Methods.convert(this, v, (String) in.o));
                    }
                    case CALL -> {
                        Object[] args = popArgs(f, in.a);
                        Object callee = f.pop();
                        f.push(call(callee, args, in));
                    }
                    case CALL_FN -> f.push(invoke((Proto) in.o, popArgs(f, in.a), null));
                    case CALL_GENERIC -> {
                        Object[] args = popArgs(f, in.a);
                        f.push(callGeneric(f, (GenericCall) in.o, args));
                    }
                    case ASSOC_CALL -> {
                        Object[] args = popArgs(f, in.a);
                        Object t = f.pop();
                        f.push(Traits.assocCall(this, t instanceof asyncscope.lessons.rustlite.ast.TypeRef tr ? tr : null, (String) in.o, args, in));
                    }
                    case CALL_NATIVE -> {
                        Native n = (Native) in.o;
                        Object[] args = popArgs(f, in.a);
                        f.push(n.call(this, n.takesPlaces() ? args : MutRef.stripAll(args), in));
                    }
                    case REF_LOCAL -> {
                        // a variable already holding a `&mut` is passed on (a reborrow); otherwise point at the variable
                        Object v = f.locals[in.a];
                        f.push(v instanceof MutRef r ? r : new MutRef.Local(f.locals, in.a));
                    }
                    case REF_FIELD -> f.push(new MutRef.Field(this, f.pop(), (String) in.o));
                    case REF_INDEX -> {
                        Object idx = deref(f.pop());
                        f.push(new MutRef.Element(f.pop(), idx));
                    }
                    case METHOD -> {
                        Object[] args = popArgs(f, in.a);
                        Object recv = f.pop();
                        MethodRef m = (MethodRef) in.o;
                        Object res = callMethod(recv, m.name(), m.turbofish(), args, in);
                        f.push(res);
                        if (m.ownedReceiver() && (res instanceof Boolean || res instanceof RInt || res instanceof Unit
                                || res instanceof Double || res instanceof Float || res instanceof RChar)) {
                            drop(recv); // the result cannot hold the receiver: the temporary ends with the statement
                        }
                        if (m.tempReceiver()) {
                            releaseTemp(recv);
                            if (recv instanceof REnum e && e.fields.length == 1 && TESTS_ONLY.contains(m.name())) {
                                releaseTemp(e.fields[0]); // `cell.try_borrow_mut().is_err()`: the guard inside cannot escape
                            }
                        }
                    }
                    case FIELD -> {
                        Object obj = f.pop();
                        f.push(field(obj, (String) in.o));
                        if (in.a == 1) {
                            releaseTemp(obj);
                        }
                    }
                    case SET_FIELD -> {
                        Object v = f.pop();
                        Object obj = f.pop();
                        setField(obj, (String) in.o, v);
                        if (in.a == 1) {
                            releaseTemp(obj);
                        }
                    }
                    case INDEX -> {
                        Object idx = deref(f.pop());
                        Object c = deref(f.pop());
                        Object r = c instanceof RStruct ? Traits.index(this, c, idx) : Traits.NONE;
                        f.push(r != Traits.NONE ? r : Methods.index(c, idx));
                    }
                    case SET_INDEX -> {
                        Object v = f.pop();
                        Object idx = deref(f.pop());
                        Object obj = f.pop();
                        Object c = deref(obj);
                        if (!(c instanceof RStruct) || !Traits.setIndex(this, c, idx, v)) {
                            Methods.setIndex(c, idx, v);
                        }
                        if (in.a == 1) {
                            releaseTemp(obj);
                        }
                    }
                    case DEREF -> {
                        Object obj = f.pop();
                        Object val = deref(obj);
                        if (val instanceof RArc a) {
                            Object x = Values.unwrapArc(a);
                            if (x instanceof RInt || x instanceof Boolean || x instanceof Double || x instanceof Float || x instanceof RChar) {
                                val = x; // `*rc` of an Rc<i32> is a copy of the i32, not the Rc
                            }
                        }
                        f.push(val);
                        if (in.a == 1) {
                            releaseTemp(obj);
                        }
                    }
                    case SET_DEREF -> {
                        Object v = f.pop();
                        Object target = f.pop();
                        if (target instanceof Derefable d) {
                            d.set(v);
                            if (in.a < 0) {
                                releaseTemp(target);
                            }
                        } else if (in.a >= 0) {
                            f.locals[in.a] = v;
                        } else {
                            throw new RPanic("cannot assign through this reference in Rust-lite", in.line, in.col);
                        }
                    }
                    case TUPLE -> f.push(new RTuple(popArgs(f, in.a)));
                    case VEC -> {
                        Object[] items = popArgs(f, in.a);
                        List<Object> l = new ArrayList<>(items.length);
                        for (Object o : items) {
                            l.add(o);
                        }
                        f.push(new RVec(l));
                    }
                    case REPEAT -> {
                        Object n = deref(f.pop());
                        Object v = f.pop();
                        long count = ((RInt) n).v;
                        if (count < 0 || count > Integer.MAX_VALUE - 8) {
                            Watch.build(Long.MAX_VALUE, 1); // no Vec this long fits in memory (nor in Rust-lite's)
                            throw new RPanic("capacity overflow", in.line, in.col);
                        }
                        Watch.build(count, 16);
                        List<Object> l = new ArrayList<>((int) count);
                        for (long i = 0; i < count; i++) {
                            l.add(Methods.cloneValue(v));
                        }
                        f.push(new RVec(l));
                    }
                    case STRUCT -> f.push(struct(f, in));
                    case RANGE -> {
                        Object hi = deref(f.pop());
                        Object lo = deref(f.pop());
                        if (lo instanceof RChar a && hi instanceof RChar b) {
                            f.push(new asyncscope.lessons.rustlite.prelude.CharRange(a.cp(), b.cp(), in.a == 1));
                        } else if (lo instanceof RStr || hi instanceof RStr) {
                            f.push(new asyncscope.lessons.rustlite.prelude.KeyRange(lo instanceof Unit ? null : lo, hi instanceof Unit ? null : hi,
                                    in.a == 1));
                        } else {
                            f.push(new RRange(lo instanceof RInt a ? a : null, hi instanceof RInt b ? b : null, in.a == 1));
                        }
                    }
                    case PAT -> f.push(Matcher.match((CPat) in.o, f.pop(), f.locals));
                    case PAT_OR_PANIC -> {
                        Object v = f.pop();
                        if (in.o instanceof CPat.Bind b && b.sub() == null && (b.intTy() == null || !(v instanceof RInt))) {
                            f.locals[b.slot()] = v; // a plain binding (`for i in ..`, `let (a, b)` parts): what Matcher does for it
                            break;
                        }
                        if (!Matcher.match((CPat) in.o, v, f.locals)) {
                            throw new RPanic("refutable pattern did not match: " + Fmt.debug(v, false), in.line, in.col);
                        }
                    }
                    case AWAIT -> {
                        if (f.awaiting == null) {
                            f.awaiting = TokioFutures.toFuture(this, f.pop(), in);
                        }
                        f.state = in.a;
                        Poll<?> p = f.awaiting.poll(f.cx);
                        if (p.isPending()) {
                            return SUSPEND;
                        }
                        f.awaiting = null;
                        f.push(TokioFutures.fromJava(p.value()));
                    }
                    case RET -> {
                        Object v = f.sp > 0 ? f.pop() : Unit.UNIT;
                        return ret(f, v);
                    }
                    case TRY -> {
                        Object v = deref(f.pop());
                        if (!(v instanceof REnum e) || !(e.type.equals("Option") || e.type.equals("Result"))) {
                            throw new RPanic("the `?` operator can only be applied to values of type `Result` or `Option`, found "
                                    + Fmt.debug(v, false), in.line, in.col);
                        }
                        if (e.is("Ok") || e.is("Some")) {
                            f.push(e.fields[0]);
                        } else if (in.o instanceof String target && e.is("Err")) {
                            // `?` converts the error with the program's `impl From` for the function's error type
                            Object conv = Traits.convertTo(this, e.fields[0], target);
                            return ret(f, conv == e.fields[0] ? e : REnum.err(conv));
                        } else {
                            return ret(f, e);
                        }
                    }
                    case CLOSURE -> {
                        Proto cp = (Proto) in.o;
                        f.push(new RClosure(cp, popArgs(f, in.a), cp.captureBorrowed.contains(Boolean.TRUE) ? f.locals : null));
                    }
                    case ASYNC -> f.push(new Coroutine(this, newFrame((Proto) in.o, new Object[0], popArgs(f, in.a))));
                    case ITER -> f.locals[in.a] = Iters.of(this, deref(f.pop()));
                    case NEXT -> {
                        Object itv = f.locals[in.a];
                        if (itv instanceof asyncscope.lessons.rustlite.prelude.RIter ri) {
                            Object nv = ri.nextOrNull();
                            if (nv != null) {
                                f.push(nv);
                            } else {
                                f.pc = (Integer) in.o;
                                continue;
                            }
                            break;
                        }
                        @SuppressWarnings("unchecked")
                        Iterator<Object> it = (Iterator<Object>) itv;
                        if (it.hasNext()) {
                            f.push(it.next());
                        } else {
                            f.pc = (Integer) in.o;
                            continue;
                        }
                    }
                    case FORMAT -> {
                        FormatStr fs = (FormatStr) in.o;
                        Object[] fa = popArgs(f, in.a);
                        f.push(new RStr(format(fs, fa)));
                        for (int i = 0; i < fa.length && i < fs.temps.length; i++) {
                            if (fs.ownedTemps[i]) {
                                drop(fa[i]); // `println!("{:?}", weak.upgrade())`: the Rc made for the line goes again
                            } else if (fs.temps[i]) {
                                releaseTemp(fa[i]);
                            }
                        }
                    }
                    case JOIN -> {
                        Object[] futs = popArgs(f, in.a);
                        f.push(TokioFutures.join(this, futs, (Boolean) in.o, in));
                    }
                    case SELECT -> {
                        Object[] futs = popArgs(f, in.a);
                        f.push(TokioFutures.select(this, futs, (SelectInfo) in.o, f.proto.nlocals, in));
                    }
                    case WIN_IS -> {
                        Object w = f.pop();
                        f.push(w instanceof TokioFutures.Winner win && win.index() == in.a);
                    }
                    case WIN_VALUE -> f.push(((TokioFutures.Winner) f.pop()).value());
                    case PANIC -> {
                        String msg = in.a == 1 ? f.pop().toString() : (String) in.o;
                        RPanic p = new RPanic(msg, in.line, in.col);
                        p.literal = in.a != 1 || in.o == Boolean.TRUE;
                        throw p;
                    }
                }
                f.pc++;
            }
        } catch (RPanic p) {
            throw in == null ? p : p.at(in.line, in.col);
        } catch (Exec.NotYielding e) {
            throw in == null ? e : e.at(in.line, in.col);
        } catch (Exec.OverBudget e) {
            throw in == null ? e : e.at(in.line, in.col);
        } catch (Exec.Cancelled e) {
            throw e;
        } catch (OutOfMemoryError oom) {
            // the allocation that failed never happened: the heap is usable, the run is over
            Exec.OverBudget e = limits.budget.outOfMemory();
            throw in == null ? e : e.at(in.line, in.col);
        } catch (StackOverflowError so) {
            throw new RPanic("stack overflow: recursion too deep", in == null ? 0 : in.line, in == null ? 0 : in.col);
        } catch (ClassCastException | IndexOutOfBoundsException | NullPointerException | ArithmeticException
                 | UnsupportedOperationException | IllegalStateException | IllegalArgumentException e) {
            throw new RPanic("type error: " + describe(e), in == null ? 0 : in.line, in == null ? 0 : in.col);
        }
    }

    /**
     * Runs the fused sequence starting at {@code pc} when its operands are what it is fused for (plain integers,
     * a local whose old value needs no drop code) and moves the pc past it; returns how many instructions it ran,
     * or 0 (nothing was done: the caller runs the first instruction normally).
     */
    private int fused(Frame f, Insn[] code, int pc, int kind) {
        int n = fusedOps(f, code, pc, kind);
        if (n > 0 && kind != Fusion.LOOP_TAIL && kind != Fusion.NEXT_BIND && kind != Fusion.CHAIN) {
            f.pc = pc + n;
        }
        return n;
    }

    private int fusedOps(Frame f, Insn[] code, int pc, int kind) {
        if (kind == Fusion.NEXT_BIND) {
            return fusedOpsOrPanic(f, code, pc, kind); // a user iterator's `next` may have run: never run it twice
        }
        try {
            return fusedOpsOrPanic(f, code, pc, kind);
        } catch (RPanic p) {
            // nothing was changed yet: run the instructions one by one, which panic where and when they would
            return 0;
        }
    }

    private int fusedOpsOrPanic(Frame f, Insn[] code, int pc, int kind) {
        Object[] locals = f.locals;
        switch (kind) {
            case Fusion.CHAIN -> {
                if (!(locals[code[pc].a] instanceof RInt x)) {
                    return 0;
                }
                Insn second = code[pc + 1];
                Object yo = second.op == asyncscope.lessons.rustlite.compile.Op.LOAD ? locals[second.a] : second.o;
                if (!(yo instanceof RInt y)) {
                    return 0;
                }
                int n = code[pc].fuseLen;
                IntTy t = x.inferred && !y.inferred ? y.ty : x.ty;
                boolean inf = x.inferred && y.inferred;
                if (x.ty.wide() || y.ty.wide()) {
                    return 0; // i128/u128 take the exact path, one instruction at a time
                }
                Insn op = code[pc + 2];
                long acc = Arith.arith(op.k, (String) op.o, t, inf, x.v, y.v);
                for (int j = pc + 3; j < pc + n; j += 2) {
                    RInt c = (RInt) code[j].o;
                    op = code[j + 1];
                    if (c.ty.wide()) {
                        return 0;
                    }
                    IntTy tt = inf && !c.inferred ? c.ty : t;
                    inf = inf && c.inferred;
                    t = tt;
                    acc = Arith.arith(op.k, (String) op.o, t, inf, acc, c.v);
                }
                f.push(new RInt(acc, t, inf));
                f.pc = pc + n;
                return n;
            }
            case Fusion.NEXT_BIND -> {
                if (locals[code[pc].a] instanceof asyncscope.lessons.rustlite.prelude.RIter ri) {
                    Object nv = ri.nextOrNull();
                    if (nv == null) {
                        f.pc = (Integer) code[pc].o; // the loop is over: only NEXT ran
                        return 1;
                    }
                    locals[((CPat.Bind) code[pc + 1].o).slot()] = nv;
                    f.pc = pc + 2;
                    return 2;
                }
            }
            case Fusion.BIN_ASSIGN -> {
                Object b = f.stack[f.sp - 1];
                Object a = f.stack[f.sp - 2];
                Object old = locals[code[pc + 1].a];
                if (a instanceof RInt x && b instanceof RInt y && (old == null || old instanceof RInt || old == Unit.UNIT)) {
                    Object r = intOp(code[pc], x, y);
                    f.sp -= 2;
                    f.stack[f.sp] = null;
                    f.stack[f.sp + 1] = null;
                    locals[code[pc + 1].a] = r;
                    return 4;
                }
            }
            case Fusion.LOAD_CONST_BIN -> {
                if (locals[code[pc].a] instanceof RInt x && code[pc + 1].o instanceof RInt y) {
                    Insn op = code[pc + 2];
                    f.push(intOp(op, x, y));
                    return 3;
                }
            }
            case Fusion.CONST_BIN -> {
                if (f.sp > 0 && f.stack[f.sp - 1] instanceof RInt x && code[pc].o instanceof RInt y) {
                    Insn op = code[pc + 1];
                    f.stack[f.sp - 1] = intOp(op, x, y);
                    return 2;
                }
            }
            case Fusion.LOAD_LOAD_BIN -> {
                if (locals[code[pc].a] instanceof RInt x && locals[code[pc + 1].a] instanceof RInt y) {
                    Insn op = code[pc + 2];
                    f.push(intOp(op, x, y));
                    return 3;
                }
            }
            case Fusion.ASSIGN_STMT -> {
                Object old = locals[code[pc].a];
                if (old == null || old instanceof RInt || old == Unit.UNIT) {
                    locals[code[pc].a] = f.pop();
                    return 3;
                }
            }
            case Fusion.LOOP_TAIL -> {
                Object v = locals[code[pc + 2].a];
                if (v == null || v instanceof RInt || v == Unit.UNIT) {
                    locals[code[pc + 2].a] = null;
                    f.pc = code[pc + 3].a;
                    return 4;
                }
            }
            default -> { }
        }
        return 0;
    }

    /** A fused integer operation; a panic (overflow, division by zero) is reported at its operator, as unfused. */
    private static Object intOp(Insn op, RInt x, RInt y) {
        try {
            return Arith.intFast(op.k, (String) op.o, x, y);
        } catch (RPanic p) {
            throw p.at(op.line, op.col);
        }
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        if (e instanceof ClassCastException && m != null) {
            m = m.replaceAll("class asyncscope\\.lessons\\.rustlite\\.\\w+\\.", "").replaceAll("\\(.*", "").trim();
            return "a value has the wrong type here (" + m + ")";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private Object ret(Frame f, Object v) {
        if (f.proto.retInt != null && v instanceof RInt r) {
            v = r.as(f.proto.retInt);
        }
        dropLocals(f, v);
        return v;
    }

    private static Object[] popArgs(Frame f, int n) {
        Object[] a = new Object[n];
        for (int i = n - 1; i >= 0; i--) {
            a[i] = f.pop();
        }
        return a;
    }

    private static final java.util.Set<String> TESTS_ONLY = java.util.Set.of("is_ok", "is_err", "is_some", "is_none");

    /** A lock guard used as a temporary ({@code m.lock().await.push(1)}) is released at the end of its use. */
    private void releaseTemp(Object v) {
        if (v instanceof Derefable && v instanceof Droppable d) {
            d.release();
        }
    }

    public static Object deref(Object v) {
        while (v instanceof Derefable d) {
            v = d.get();
        }
        return v;
    }

    public Object field(Object obj, String name) {
        Object o = obj;
        while (true) {
            if (o instanceof RStruct s) {
                int k = s.index(name);
                if (k >= 0) {
                    return s.fields[k];
                }
            } else if (o instanceof RTuple t && Character.isDigit(name.charAt(0))) {
                int k = Integer.parseInt(name);
                if (k < t.items().length) {
                    return t.items()[k];
                }
            } else if (o instanceof REnum e && e.fieldNames != null) {
                int k = e.fieldNames.indexOf(name);
                if (k >= 0) {
                    return e.fields[k];
                }
            } else if (o instanceof REnum e && e.family != null && Character.isDigit(name.charAt(0))
                    && Integer.parseInt(name) < e.fields.length) {
                return e.fields[Integer.parseInt(name)]; // SendError(v).0
            }
            if (o instanceof RArc a) {
                o = a.inner;
            } else if (o instanceof Derefable d) {
                o = d.get();
            } else {
                throw new RPanic("no field `" + name + "` on " + Fmt.debug(obj, false));
            }
        }
    }

    public void setField(Object obj, String name, Object v) {
        Object o = deref(Values.unwrapArc(obj));
        if (o instanceof RStruct s) {
            int k = s.index(name);
            if (k >= 0) {
                IntTy t = k < s.info.fieldInts.size() ? s.info.fieldInts.get(k) : null;
                s.fields[k] = t != null && v instanceof RInt r ? r.as(t) : v;
                return;
            }
        } else if (o instanceof RTuple t && Character.isDigit(name.charAt(0))) {
            t.items()[Integer.parseInt(name)] = v;
            return;
        }
        throw new RPanic("no field `" + name + "` on " + Fmt.debug(obj, false));
    }

    private Object struct(Frame f, Insn in) {
        StructShape sh = (StructShape) in.o;
        Object[] vals = popArgs(f, in.a);
        if (sh.enumType() != null) {
            TypeInfo ti = program.types().get(sh.enumType());
            return new REnum(sh.enumType(), sh.variant(), vals, sh.names(), ti);
        }
        TypeInfo ti = sh.info();
        if (sh.hasBase()) {
            Object base = deref(f.pop());
            if (base instanceof RStruct b) {
                for (int i = 0; i < vals.length; i++) {
                    if (vals[i] == StructShape.FROM_BASE) {
                        vals[i] = Methods.cloneValue(b.fields[i]);
                    }
                }
            }
        }
        for (int i = 0; i < vals.length && i < ti.fieldTypes.size(); i++) {
            Traits.retype(vals[i], ti.fieldTypes.get(i)); // `[[1, 0], [0, 1]]` in an `[[i64; 2]; 2]` field holds i64s
        }
        for (int i = 0; i < vals.length && i < ti.fieldInts.size(); i++) {
            IntTy t = ti.fieldInts.get(i);
            if (t != null && vals[i] instanceof RInt r) {
                vals[i] = r.as(t);
            }
        }
        return new RStruct(ti, vals);
    }

    // ------------------------------------------------------------------ formatting

    public String format(FormatStr fs, Object[] args) {
        StringBuilder b = new StringBuilder();
        for (FormatStr.Piece p : fs.pieces) {
            if (p instanceof FormatStr.Text t) {
                b.append(t.text());
            } else if (p instanceof FormatStr.Hole h) {
                Object v = deref(args[h.arg()]);
                Fmt.Spec spec = h.spec();
                if (spec.widthArg() != null || spec.precisionArg() != null) {
                    int w = spec.widthArg() == null ? spec.width() : countArg(args[Integer.parseInt(spec.widthArg())]);
                    int pr = spec.precisionArg() == null ? spec.precision() : countArg(args[Integer.parseInt(spec.precisionArg())]);
                    spec = spec.withWidth(w, pr);
                }
                b.append(formatOne(v, spec));
            }
        }
        return b.toString();
    }

    /** A width or precision given as an argument ({@code {:>1$}}): Rust panics when it does not fit a {@code u16}. */
    private static int countArg(Object v) {
        long n = ((RInt) deref(v)).v;
        if (n < 0 || n > FormatStr.MAX_COUNT) {
            throw new RPanic("Formatting argument out of range");
        }
        return (int) n;
    }

    /** One value under a spec, using the program's {@code impl Display} when it has one. */
    public String formatOne(Object v, Fmt.Spec spec) {
        Object u = Values.unwrapArc(v);
        if (spec.kind() == '\0') {
            String type = userType(u);
            if (type != null) {
                Proto p = program.displayImpls().get(type);
                if (p != null) {
                    // the spec reaches the impl through its formatter: `write!` ignores it, `f.pad` applies it
                    Methods.Formatter fm = new Methods.Formatter(spec);
                    invoke(p, new Object[] {u, fm}, null);
                    return fm.text();
                }
            }
        }
        if (Fmt.USER_DEBUG.get() == null && !program.displayImpls().isEmpty()) {
            Fmt.USER_DEBUG.set(this::userDebug);
            try {
                return Fmt.format(u, spec);
            } finally {
                Fmt.USER_DEBUG.remove();
            }
        }
        return Fmt.format(u, spec);
    }

    /** The text of the program's {@code impl Debug} for {@code v}, or null when its type derives or has none. */
    private String userDebug(Object v, boolean pretty) {
        String type = userType(v);
        Proto p = type == null ? null : program.displayImpls().get(type + "#Debug");
        if (p == null) {
            return null;
        }
        Methods.Formatter fm = new Methods.Formatter(new Fmt.Spec(' ', '\0', pretty, false, false, -1, -1, '?', null, null));
        invoke(p, new Object[] {v, fm}, null);
        return fm.text();
    }

    /** Display text of a value ({@code to_string()}). */
    public String display(Object v) {
        return formatOne(deref(v), Fmt.Spec.PLAIN);
    }
}
