package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.check.Checker;
import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.interp.Native;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.parse.Parser;
import asyncscope.lessons.rustlite.prelude.Prelude;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RStruct;
import asyncscope.lessons.rustlite.value.TypeInfo;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a parsed Rust-lite program to stack-machine code ({@link Proto}s). Names are resolved here, so an
 * unknown variable, function or type is a compile error with its position. Each {@code async fn} or block
 * gets its own proto whose {@code .await}s are numbered: they become the states of its state machine.
 * Locals live in numbered slots; closures and async blocks copy what they capture into their own slots.
 */
public final class Compiler {
    final Diagnostics diags;
    final PatternCompiler patterns = new PatternCompiler(this);
    final MacroCompiler macros = new MacroCompiler(this);
    final Borrows borrows = new Borrows(this);
    final Map<String, String> imports = new HashMap<>();
    final Map<String, Item.Fn> fnItems = new LinkedHashMap<>();
    final Map<String, Proto> protos = new LinkedHashMap<>();
    final Map<String, TypeInfo> types = new HashMap<>();
    final Map<String, Item.Enum> enums = new HashMap<>();
    final Map<String, Item.Const> consts = new HashMap<>();
    final Map<String, Proto> displayImpls = new HashMap<>();
    final Set<String> constsInProgress = new HashSet<>();
    final Map<String, Item.Trait> traits = new HashMap<>();
    final List<Item.Impl> traitImpls = new ArrayList<>();
    boolean tracksDrops;
    final List<Proto> asyncBlockProtos = new ArrayList<>();

    /** The checker's inferred result types of calls that depend on them ({@link asyncscope.lessons.rustlite.check.TypeHints}). */
    asyncscope.lessons.rustlite.check.TypeHints hints = asyncscope.lessons.rustlite.check.TypeHints.NONE;

    Compiler(Diagnostics diags) {
        this.diags = diags;
    }

    /** Lexes, parses and compiles {@code text}; throws {@link asyncscope.lessons.rustlite.diag.CompileError} with every diagnostic. */
    public static Program compile(String file, String text) {
        Source src = new Source(file, text);
        return DeepStack.run(src, () -> compile(src));
    }

    private static Program compile(Source src) {
        String text = src.text();
        Diagnostics d = new Diagnostics(src);
        var toks = new Lexer(text, d).lex();
        if (d.anyContaining("unterminated")) {
            d.throwIfAny(); // everything after an unterminated string or comment would be a cascade
        }
        List<Item> items = new Parser(toks, d).parseFile();
        d.throwIfAny();
        Checker.Result checked = Checker.check(src, items);
        if (!checked.errors().isEmpty()) {
            throw new CompileError(src, checked.errors());
        }
        Compiler c = new Compiler(d);
        c.hints = checked.hints();
        Program p = c.program(src, items);
        d.throwIfAny();
        return p.withWarnings(checked.warnings());
    }

    void error(Pos p, String msg) {
        diags.error(p.line(), p.column(), msg);
    }

    // ------------------------------------------------------------------ items

    Program program(Source src, List<Item> items) {
        List<Item> all = new ArrayList<>();
        for (Item it : items) {
            collect(it, all);
        }
        for (Item it : all) {
            declare(it);
        }
        // default methods of a trait become methods of every type that implements it without overriding them
        for (Item.Impl im : traitImpls) {
            Item.Trait t = traits.get(im.trait());
            if (t == null) {
                continue;
            }
            for (Item.Fn f : t.defaults()) {
                String key = im.type() + "::" + f.name();
                if (!protos.containsKey(key)) {
                    fnItems.put(key, f);
                    Proto p = signature(new Proto(key, f.isAsync(), f.pos()), f);
                    p.owner = im.type();
                    protos.put(key, p);
                }
            }
        }
        // comparisons written by the program: `==`, `<`, sort, contains... call them wherever values are compared
        for (Item.Impl im : traitImpls) {
            TypeInfo ti = types.get(im.type());
            if (ti == null) {
                continue;
            }
            switch (im.trait()) {
                case "PartialEq" -> ti.eqFn = protos.get(im.type() + "::eq");
                case "Ord" -> ti.cmpFn = protos.get(im.type() + "::cmp");
                case "PartialOrd" -> ti.partialCmpFn = protos.get(im.type() + "::partial_cmp");
                default -> { }
            }
        }
        tracksDrops = true; // ownership is tracked at run time: moved-out slots are cleared, the rest dropped at scope end
        for (Map.Entry<String, Item.Fn> e : fnItems.entrySet()) {
            compileFn(protos.get(e.getKey()), e.getValue());
        }
        Item.Fn mainItem = fnItems.get("main");
        Proto main = protos.get("main");
        boolean tokioMain = false;
        String flavor = "multi_thread";
        int workers = 4;
        if (mainItem == null) {
            diags.error(1, 1, "`main` function not found in crate: expected `fn main()` or `#[tokio::main] async fn main()`");
        } else {
            for (Item.Attr a : mainItem.attrs()) {
                if (a.path().equals("tokio::main")) {
                    tokioMain = true;
                    Object f = a.args().get("flavor");
                    if (f != null) {
                        flavor = f.toString();
                        if (!flavor.equals("current_thread") && !flavor.equals("multi_thread")) {
                            error(a.pos(), "unknown runtime flavor `" + flavor + "`: expected \"current_thread\" or \"multi_thread\"");
                        }
                    }
                    Object w = a.args().get("worker_threads");
                    if (w instanceof Long l) {
                        if (l < 1 || l > 64) {
                            error(a.pos(), "worker_threads must be between 1 and 64");
                        }
                        workers = (int) (long) l;
                    }
                    if (flavor.equals("current_thread")) {
                        workers = 1;
                    }
                }
            }
            if (mainItem.isAsync() && !tokioMain) {
                error(mainItem.pos(), "`main` function is not allowed to be `async`: add `#[tokio::main]` above it");
            }
        }
        List<Proto> asyncProtos = new ArrayList<>();
        for (Proto pr : protos.values()) {
            if (pr.isAsync) {
                asyncProtos.add(pr);
            }
        }
        asyncProtos.addAll(asyncBlockProtos);
        return new Program(src, protos, types, main, tokioMain, flavor, workers, tracksDrops, displayImpls, asyncProtos, List.of());
    }

    final Set<String> modules = new HashSet<>();

    void collect(Item it, List<Item> out) {
        if (it instanceof Item.Mod m) {
            modules.add(m.name());
            for (Item inner : m.items()) {
                collect(inner, out);
            }
            return;
        }
        out.add(it);
        if (it instanceof Item.Fn f) {
            collectNested(f.body(), out);
        } else if (it instanceof Item.Impl im) {
            for (Item.Fn f : im.methods()) {
                collectNested(f.body(), out);
            }
        }
    }

    void collectNested(Expr.Block b, List<Item> out) {
        for (Stmt s : b.stmts()) {
            if (s instanceof Stmt.ItemStmt is) {
                collect(is.item(), out);
            }
        }
    }

    void declare(Item it) {
        if (it instanceof Item.Use u) {
            imports.putAll(u.aliases());
        } else if (it instanceof Item.Fn f) {
            if (fnItems.containsKey(f.name())) {
                error(f.pos(), "the name `" + f.name() + "` is defined multiple times");
            }
            fnItems.put(f.name(), f);
            protos.put(f.name(), signature(new Proto(f.name(), f.isAsync(), f.pos()), f));
        } else if (it instanceof Item.Struct s) {
            Set<String> derives = derives(s.attrs());
            List<IntTy> ints = new ArrayList<>();
            for (TypeRef t : s.types()) {
                ints.add(IntTy.parse(t.name()));
            }
            TypeInfo sti = new TypeInfo(s.name(), s.fields(), ints, s.tuple(), derives);
            sti.fieldTypes = s.types();
            types.put(s.name(), sti);
        } else if (it instanceof Item.Enum e) {
            enums.put(e.name(), e);
            TypeInfo eti = new TypeInfo(e.name(), List.of(), List.of(), false, derives(e.attrs()));
            eti.variants = e.variants().stream().map(Item.Variant::name).toList();
            for (Item.Attr a : e.attrs()) {
                if (a.path().equals(Item.Attr.DEFAULT_VARIANT) && !a.words().isEmpty()) {
                    eti.defaultVariant = a.words().get(0);
                }
            }
            types.put(e.name(), eti);
        } else if (it instanceof Item.Trait t) {
            traits.put(t.name(), t);
        } else if (it instanceof Item.Const c) {
            consts.put(c.name(), c);
        } else if (it instanceof Item.Impl im) {
            for (Item.Fn f : im.methods()) {
                boolean debugFmt = "Debug".equals(im.trait()) && f.name().equals("fmt");
                String key = im.type() + "::" + f.name() + (debugFmt ? "#Debug" : "");
                Proto p = signature(new Proto(key, f.isAsync(), f.pos()), f);
                p.owner = im.type();
                p.trait = im.trait();
                p.paramTypes = f.params().stream().map(Expr.Param::type).toList();
                Proto prev = protos.get(key);
                if (prev != null && im.trait() != null && fnItems.get(key) != f) {
                    // another impl of a generic trait for the same type (`From<A>` and `From<B>`): told apart at run time
                    if (prev.overloads == null) {
                        prev.overloads = new ArrayList<>(List.of(prev));
                    }
                    prev.overloads.add(p);
                    key = key + "#" + prev.overloads.size();
                    p = signature(new Proto(key, f.isAsync(), f.pos()), f);
                    p.owner = im.type();
                    p.trait = im.trait();
                    p.paramTypes = f.params().stream().map(Expr.Param::type).toList();
                    prev.overloads.set(prev.overloads.size() - 1, p);
                }
                fnItems.put(key, f);
                protos.put(key, p);
                if ("Display".equals(im.trait()) && f.name().equals("fmt")) {
                    displayImpls.put(im.type(), p);
                }
                if (debugFmt) {
                    displayImpls.put(im.type() + "#Debug", p);
                }
            }
            if (im.trait() != null) {
                traitImpls.add(im);
            }
            for (Item.Const c : im.consts()) {
                consts.put(c.name(), c);
            }
            if ("Drop".equals(im.trait())) {
                TypeInfo ti = types.get(im.type());
                if (ti != null) {
                    ti.hasDrop = true;
                } else {
                    error(im.pos(), "cannot find type `" + im.type() + "` in this scope");
                }
            }
        } else if (it instanceof Item.Ignored ig) {
        }
    }

    /**
     * Sets what callers need to know before the body is compiled (arity, integer types of parameters and result),
     * so a function can be called above its definition.
     */
    static Proto signature(Proto proto, Item.Fn f) {
        int base = f.hasSelf() ? 1 : 0;
        IntTy[] pints = new IntTy[f.params().size() + base];
        for (int i = 0; i < f.params().size(); i++) {
            TypeRef t = f.params().get(i).type();
            pints[base + i] = t.isRef() ? null : IntTy.parse(t.name());
        }
        proto.nparams = base + f.params().size();
        proto.paramInts = pints;
        TypeRef[] decls = new TypeRef[base + f.params().size()];
        for (int i = 0; i < f.params().size(); i++) {
            decls[base + i] = f.params().get(i).type();
        }
        proto.paramDecls = decls;
        proto.typeOrder = f.generics().stream().map(Item.Generic::name).toArray(String[]::new);
        proto.retInt = f.ret().isRef() ? null : IntTy.parse(f.ret().name());
        return proto;
    }

    /** Whether the program defines a method called {@code name} on any of its types. */
    boolean userMethodNamed(String name) {
        return !userMethods(name).isEmpty();
    }

    /** The program's methods called {@code name}, on any type. */
    List<Item.Fn> userMethods(String name) {
        List<Item.Fn> out = new ArrayList<>();
        String suffix = "::" + name;
        for (Map.Entry<String, Item.Fn> e : fnItems.entrySet()) {
            if (e.getKey().endsWith(suffix) && e.getValue().hasSelf()) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    static Set<String> derives(List<Item.Attr> attrs) {
        Set<String> d = new HashSet<>();
        for (Item.Attr a : attrs) {
            if (a.path().equals("derive")) {
                d.addAll(a.words());
            }
        }
        return d;
    }

    void compileFn(Proto proto, Item.Fn f) {
        FnCtx cx = new FnCtx(proto, null, f.isAsync(), proto.owner);
        cx.pushScope();
        if (f.hasSelf()) {
            int self = cx.declare("self");
            if (f.selfByRef()) {
                cx.borrowed.add(self);
            }
        }
        signature(proto, f);
        List<Integer> paramSlots = new ArrayList<>();
        for (int k = 0; k < f.params().size(); k++) {
            paramSlots.add(cx.newSlot());
        }
        for (int k = 0; k < f.params().size(); k++) {
            Expr.Param p = f.params().get(k);
            if (p.type().isRef()) {
                cx.borrowed.add(paramSlots.get(k));
            }
            if (p.pat() instanceof Pat.Bind b && b.sub() == null) {
                cx.scopes.get(cx.scopes.size() - 1).put(b.name(), paramSlots.get(k));
            } else {
                Map<String, Integer> binds = new HashMap<>();
                cx.emit(Op.LOAD, paramSlots.get(k), null, p.pat().pos());
                cx.emit(Op.PAT_OR_PANIC, 0, patterns.pattern(cx, p.pat(), binds, IntTy.parse(p.type().name())), p.pat().pos());
                bindNames(cx, binds);
                if (p.type().isRef()) {
                    cx.borrowed.addAll(binds.values());
                }
            }
        }
        cx.retType = f.ret();
        TypeRef ret = f.ret();
        if (ret != null && ret.name().equals("Result") && ret.args().size() == 2 && types.containsKey(ret.args().get(1).name())) {
            cx.errTarget = ret.args().get(1).name();
        }
        // a type parameter named at run time (`T::new()`) lives in a slot bound by the caller or from the arguments
        List<String> tnames = new ArrayList<>();
        List<Integer> tslots = new ArrayList<>();
        for (Item.Generic g : f.generics()) {
            int slot = cx.declare(TYPE_PARAM + g.name());
            cx.borrowed.add(slot);
            tnames.add(g.name());
            tslots.add(slot);
        }
        blockBodyExpect(cx, f.body(), f.ret());
        cx.emit(Op.RET, 0, null, f.body().pos());
        // keep only the type parameters the body reads
        List<String> usedNames = new ArrayList<>();
        List<Integer> usedSlots = new ArrayList<>();
        for (int k = 0; k < tslots.size(); k++) {
            int slot = tslots.get(k);
            if (cx.code.stream().anyMatch(i -> (i.op == Op.LOAD || i.op == Op.MOVE) && i.a == slot)) {
                usedNames.add(tnames.get(k));
                usedSlots.add(slot);
            }
        }
        proto.typeNames = usedNames.toArray(new String[0]);
        proto.typeSlots = usedSlots.stream().mapToInt(Integer::intValue).toArray();
        cx.finish();
    }

    /** The scope name under which a type parameter's run-time binding lives (no program can name it). */
    static final String TYPE_PARAM = "type ";

    /** A function body whose tail is expected to have type {@code t}. */
    void blockBodyExpect(FnCtx cx, Expr.Block b, TypeRef t) {
        for (Stmt s : b.stmts()) {
            stmt(cx, s);
        }
        if (b.tail() != null) {
            exprExpect(cx, b.tail(), t);
        } else {
            cx.emit(Op.UNIT, 0, null, b.pos());
        }
    }

    /** Pushes a type known at compile time, or the run-time binding of a type parameter in scope. */
    void emitType(FnCtx cx, TypeRef t, Pos pos) {
        if (t.args().isEmpty() && t.form().equals(TypeRef.PATH)) {
            Integer slot = cx.lookup(TYPE_PARAM + t.name());
            if (slot != null) {
                cx.emit(Op.LOAD, slot, null, pos);
                return;
            }
            if (t.name().equals("Self") && cx.selfType != null) {
                cx.emit(Op.CONST, 0, new TypeRef(cx.selfType, List.of()), pos);
                return;
            }
        }
        cx.emit(Op.CONST, 0, t, pos);
    }

    /** Binds type parameters of {@code decl} (a declared type such as {@code Vec<S>}) from the matching {@code actual} type. */
    static void bindFrom(TypeRef decl, TypeRef actual, Set<String> params, Map<String, TypeRef> out) {
        if (decl.args().isEmpty() && params.contains(decl.name()) && decl.form().equals(TypeRef.PATH)) {
            if (!actual.form().equals(TypeRef.INFER_FORM)) {
                out.putIfAbsent(decl.name(), actual);
            }
            return;
        }
        if (decl.name().equals(actual.name()) && decl.form().equals(actual.form()) && decl.args().size() == actual.args().size()) {
            for (int i = 0; i < decl.args().size(); i++) {
                bindFrom(decl.args().get(i), actual.args().get(i), params, out);
            }
        }
    }

    /** Whether {@code name} is a type parameter of the function being compiled (or one enclosing it). */
    boolean isTypeParam(FnCtx cx, String name) {
        for (FnCtx c = cx; c != null; c = c.parent) {
            for (Map<String, Integer> sc : c.scopes) {
                if (sc.containsKey(TYPE_PARAM + name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Compiles {@code e} where a value of type {@code t} is expected (a typed `let`, a struct field, a function's
     * tail, an argument): what Rust infers from that type — which `Default::default()`, which `.into()`, a generic
     * function's return type — Rust-lite takes from it here. Without a usable type it is {@link #exprMove}.
     */
    void exprExpect(FnCtx cx, Expr e, TypeRef t) {
        if (t == null || t == TypeRef.INFER || t.form().equals(TypeRef.INFER_FORM) || t.form().equals(TypeRef.IMPL)
                || t.form().equals(TypeRef.DYN) || t.form().equals(TypeRef.NEVER)) {
            exprMove(cx, e);
            return;
        }
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Path p) {
            String j = String.join("::", expandPath(p.segments()));
            if (c.args().isEmpty() && (j.equals("Default::default") || j.equals("std::default::Default::default"))
                    && !t.isRef()) {
                emitType(cx, t, p.pos());
                cx.emit(Op.ASSOC_CALL, 0, "default", p.pos());
                return;
            }
            if (c.args().size() == 1 && cx.lookup(j) == null && !protos.containsKey(j)) {
                TypeRef inner = null;
                if (j.equals("Some") && t.name().equals("Option") && t.args().size() == 1) {
                    inner = t.args().get(0);
                } else if (j.equals("Ok") && t.name().equals("Result") && t.args().size() == 2) {
                    inner = t.args().get(0);
                } else if (j.equals("Err") && t.name().equals("Result") && t.args().size() == 2) {
                    inner = t.args().get(1);
                }
                Object ctor = inner == null ? null : Prelude.lookup(List.of(j));
                if (ctor instanceof Native n) {
                    exprExpect(cx, c.args().get(0), inner);
                    cx.emit(Op.CALL_NATIVE, 1, n, p.pos());
                    return;
                }
            }
            Item.Fn callee = fnItems.get(j);
            if (callee != null && !callee.generics().isEmpty()) {
                call(cx, c, t);
                return;
            }
        }
        if (e instanceof Expr.MethodCall m && m.name().equals("collect") && m.turbofish() == null
                && Set.of("String", "HashMap", "BTreeMap", "HashSet", "BTreeSet", "BinaryHeap", "Result", "Option").contains(t.name())) {
            // `fn f() -> String { it.collect() }`: the expected type says what collect builds
            exprMove(cx, e);
            cx.emit(Op.INT_AS, 0, t.name(), m.pos());
            return;
        }
        if (e instanceof Expr.MethodCall m && m.name().equals("into") && m.args().isEmpty() && !t.isRef()) {
            expr(cx, m.receiver());
            cx.emit(Op.METHOD, 0, new MethodRef("into", null, !isLocalPlace(cx, m.receiver()),
                    isTypeParam(cx, t.name()) ? null : t), m.pos());
            return;
        }
        if (e instanceof Expr.Block b && !b.unsafe() && b.stmts().isEmpty() && b.tail() != null) {
            cx.pushScope();
            exprExpect(cx, b.tail(), t);
            cx.popScope(b.pos());
            return;
        }
        exprMove(cx, e);
    }

    // ------------------------------------------------------------------ per-function context

    // ------------------------------------------------------------------ statements

    void blockBody(FnCtx cx, Expr.Block b) {
        for (Stmt s : b.stmts()) {
            stmt(cx, s);
        }
        if (b.tail() != null) {
            exprMove(cx, b.tail());
        } else {
            cx.emit(Op.UNIT, 0, null, b.pos());
        }
    }

    void block(FnCtx cx, Expr.Block b) {
        cx.pushScope();
        blockBody(cx, b);
        cx.popScope(b.pos());
    }

    void stmt(FnCtx cx, Stmt s) {
        List<Integer> outer = cx.stmtTemps;
        cx.stmtTemps = new ArrayList<>();
        stmtBody(cx, s);
        for (int slot : cx.stmtTemps) {
            cx.emit(Op.RELEASE_LOCAL, slot, null, null);
        }
        cx.stmtTemps = outer;
    }

    private void stmtBody(FnCtx cx, Stmt s) {
        if (s instanceof Stmt.ItemStmt is) {
        } else if (s instanceof Stmt.ExprStmt es) {
            expr(cx, es.expr());
            cx.emit(tracksDrops ? Op.POP_DROP : Op.POP, 0, null, es.pos());
        } else if (s instanceof Stmt.Let l) {
            IntTy it = l.type() == null ? null : IntTy.parse(l.type().name());
            if (l.init() == null) {
                declarePattern(cx, l.pat());
                return;
            }
            if (it != null) {
                typeLiterals(l.init(), it);
            }
            exprExpect(cx, l.type() == null ? l.init() : parseTarget(l.init(), l.type()), l.type());
            if (l.type() != null && (it != null || Set.of("String", "HashMap", "BTreeMap", "HashSet", "BTreeSet", "BinaryHeap", "Result", "Option")
                    .contains(l.type().name()))) {
                cx.emit(Op.INT_AS, 0, l.type().name(), l.pos());
            }
            if (l.pat() instanceof Pat.Wild && tracksDrops) {
                cx.emit(Op.POP_DROP, 0, null, l.pos());
                return;
            }
            // a `let` of a reference (`let r = &v;`, `let x: &T = ...`, `let first = v.first().unwrap();`) binds copies of it
            boolean refs = l.type() != null && l.type().isRef() || borrows.isRef(cx, l.init());
            if (l.elseBlock() != null) {
                Map<String, Integer> binds = new HashMap<>();
                CPat cp = patterns.pattern(cx, l.pat(), binds, it);
                cx.emit(Op.PAT, 0, cp, l.pos());
                int jt = cx.emit(Op.JT, 0, null, l.pos());
                block(cx, l.elseBlock());
                cx.emit(Op.POP, 0, null, l.pos());
                cx.emit(Op.PANIC, 0, "`let ... else` block must diverge (return, break or panic)", l.pos());
                cx.patch(jt, cx.here());
                bindNames(cx, binds);
                if (refs || borrows.isOptionOfRef(cx, l.init())) {
                    cx.borrowed.addAll(binds.values());
                }
                return;
            }
            if (l.pat() instanceof Pat.Bind b && b.sub() == null) {
                int slot = cx.newSlot();
                cx.emit(Op.STORE, slot, null, l.pos());
                cx.scopes.get(cx.scopes.size() - 1).put(b.name(), slot);
                cx.scopeSlots.get(cx.scopeSlots.size() - 1).add(slot);
                if (refs) {
                    cx.borrowed.add(slot);
                }
                return;
            }
            Map<String, Integer> binds = new HashMap<>();
            CPat cp = patterns.pattern(cx, l.pat(), binds, it);
            boolean[] wild = wildcardItems(l.pat(), l.init());
            if (wild != null) {
                cx.emit(Op.DUP, 1, null, l.pos());
            }
            cx.emit(Op.PAT_OR_PANIC, 0, cp, l.pos());
            if (wild != null) {
                // `let (tx, _) = channel();`: the part bound to `_` is part of a temporary, dropped right away
                cx.emit(Op.CALL_NATIVE, 1, Native.of("drop `_`", (in, a, at) -> {
                    if (a[0] instanceof asyncscope.lessons.rustlite.value.RTuple t) {
                        for (int i = 0; i < wild.length && i < t.items().length; i++) {
                            if (wild[i]) {
                                in.drop(t.items()[i]);
                            }
                        }
                    }
                    return Unit.UNIT;
                }), l.pos());
                cx.emit(Op.POP, 0, null, l.pos());
            }
            bindNames(cx, binds);
            if (refs) {
                cx.borrowed.addAll(binds.values());
            }
        }
    }

    /** Which items of a tuple pattern are {@code _} when the value is a temporary (a call), or null. */
    static boolean[] wildcardItems(Pat p, Expr init) {
        if (!(p instanceof Pat.Tuple t) || !(init instanceof Expr.Call || init instanceof Expr.MethodCall)) {
            return null;
        }
        boolean[] w = new boolean[t.items().size()];
        boolean any = false;
        for (int i = 0; i < w.length; i++) {
            if (t.items().get(i) instanceof Pat.Rest) {
                return null;
            }
            w[i] = t.items().get(i) instanceof Pat.Wild;
            any |= w[i];
        }
        return any ? w : null;
    }

    void declarePattern(FnCtx cx, Pat p) {
        if (p instanceof Pat.Bind b) {
            cx.declare(b.name());
        } else if (p instanceof Pat.Tuple t) {
            for (Pat q : t.items()) {
                declarePattern(cx, q);
            }
        }
    }

    /** Makes pattern bindings visible in the current scope (slots were allocated by {@link #pattern}). */
    void bindNames(FnCtx cx, Map<String, Integer> binds) {
        for (Map.Entry<String, Integer> e : binds.entrySet()) {
            cx.scopes.get(cx.scopes.size() - 1).put(e.getKey(), e.getValue());
            cx.scopeSlots.get(cx.scopeSlots.size() - 1).add(e.getValue());
        }
    }

    // ------------------------------------------------------------------ patterns

    /** Replaces the first segment by its `use` import, and `Self` by nothing special here. */
    List<String> expandPath(List<String> segs0) {
        List<String> segs = segs0;
        while (segs.size() > 1 && (modules.contains(segs.get(0)) || segs.get(0).equals("crate") || segs.get(0).equals("super"))) {
            segs = segs.subList(1, segs.size());
        }
        String full = imports.get(segs.get(0));
        if (full == null || full.equals(segs.get(0))) {
            return segs;
        }
        List<String> out = new ArrayList<>(List.of(full.split("::")));
        out.addAll(segs.subList(1, segs.size()));
        return out;
    }

    /**
     * {@code let x: f64 = s.parse().unwrap();} / {@code let r: Result<u8, _> = s.parse();}: the annotation says what
     * {@code parse} parses (and what {@code try_into} converts to), as rustc infers it; the call gets it as its turbofish.
     */
    static Expr parseTarget(Expr init, TypeRef type) {
        if (init instanceof Expr.MethodCall m && (m.name().equals("parse") || m.name().equals("try_into")) && m.turbofish() == null
                && m.args().isEmpty()) {
            TypeRef t = type.name().equals("Result") && !type.args().isEmpty() ? type.args().get(0) : type;
            return t.name().equals("_") ? init : new Expr.MethodCall(m.pos(), m.receiver(), m.name(), t, m.args());
        }
        if (init instanceof Expr.MethodCall m && Set.of("unwrap", "expect", "unwrap_or", "unwrap_or_default").contains(m.name())
                && m.receiver() instanceof Expr.MethodCall) {
            Expr inner = parseTarget(m.receiver(), type);
            return inner == m.receiver() ? init : new Expr.MethodCall(m.pos(), inner, m.name(), m.turbofish(), m.args());
        }
        if (init instanceof Expr.Try t && t.operand() instanceof Expr.MethodCall) {
            Expr inner = parseTarget(t.operand(), type);
            return inner == t.operand() ? init : new Expr.Try(t.pos(), inner);
        }
        return init;
    }

    Object constValue(Item.Const c) {
        if (c.value() instanceof Expr.Lit l) {
            Object v = literal(l);
            IntTy it = IntTy.parse(c.type().name());
            return v instanceof RInt r && it != null ? r.as(it) : v;
        }
        if (c.value() instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.Lit l && l.value() instanceof Long n) {
            IntTy it = IntTy.parse(c.type().name());
            return it == null ? RInt.lit(-n) : RInt.of(-n, it);
        }
        error(c.pos(), "constants must be literals in Rust-lite");
        return Unit.UNIT;
    }

    /** Unsuffixed integer literals whose type the context gives ({@code let x: u64 = 1 << 63}: the 1 is a u64). */
    private final Map<Expr.Lit, IntTy> literalTypes = new java.util.IdentityHashMap<>();

    /**
     * Gives the annotated integer type of a {@code let} to the unsuffixed literals whose type rustc infers from
     * it: the operands of arithmetic, the left operand of a shift, a negated literal (not the arguments of
     * calls, indexes or casts: their types come from elsewhere).
     */
    private void typeLiterals(Expr e, IntTy t) {
        if (e instanceof Expr.Lit l && IntTy.parse(l.suffix()) == null && (l.value() instanceof Long || l.value() instanceof java.math.BigInteger)) {
            literalTypes.put(l, t);
        } else if (e instanceof Expr.Unary u && u.op().equals("-")) {
            typeLiterals(u.operand(), t);
        } else if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case "+", "-", "*", "/", "%", "&", "|", "^" -> {
                    typeLiterals(b.left(), t);
                    typeLiterals(b.right(), t);
                }
                case "<<", ">>" -> typeLiterals(b.left(), t);
                default -> { }
            }
        }
    }

    /** The integer type a literal has by its suffix or its context, or null if it is still open. */
    private IntTy literalTypeOf(Expr.Lit l) {
        IntTy t = IntTy.parse(l.suffix());
        return t != null ? t : literalTypes.get(l);
    }

    Object literal(Expr.Lit l) {
        Object v = l.value();
        if (v instanceof Long n) {
            IntTy t = IntTy.parse(l.suffix());
            if (t == null && literalTypes.get(l) != null) {
                t = literalTypes.get(l);
            }
            if (t == null) {
                if (!IntTy.I32.fits(n) && (n >= 0 || n < Integer.MIN_VALUE)) {
                    return new RInt(n, IntTy.I64, true);
                }
                return RInt.lit(n);
            }
            if (!t.fits(n) && t.bits < 64) {
                error(l.pos(), "literal out of range for `" + t.rustName() + "`");
            }
            return RInt.of(n, t);
        }
        if (v instanceof java.math.BigInteger big) {
            return wideLiteral(l, big);
        }
        if (v instanceof Double d) {
            return "f32".equals(l.suffix()) || hints.isF32(l) ? (Object) (float) (double) d : d;
        }
        if ("bytes".equals(l.suffix()) && v instanceof String s) {
            return new ByteString(s);
        }
        if ("char".equals(l.suffix())) {
            String s = (String) v;
            return new RChar(s.isEmpty() ? 0 : s.codePointAt(0));
        }
        if (v instanceof String s) {
            return s; // strings become fresh RStr at run time (Strings are mutable)
        }
        return v;
    }

    /**
     * A literal past u64::MAX (the lexer refused those past u128::MAX): only an i128 or u128 holds it, by its
     * suffix or by what the context gives; rustc's deny-by-default overflowing_literals otherwise.
     */
    private Object wideLiteral(Expr.Lit l, java.math.BigInteger big) {
        IntTy t = literalTypeOf(l);
        if (t == null) {
            // its type comes from inference (a method's argument): the checker refused it unless that is a 128-bit type
            return RInt.wide(big, big.compareTo(I128_MAX) <= 0 ? IntTy.I128 : IntTy.U128);
        }
        if (!t.wide()) {
            error(l.pos(), "literal out of range for `" + t.rustName() + "`");
            return RInt.lit(0);
        }
        if (t.signed && big.compareTo(I128_MAX) > 0) {
            error(l.pos(), "literal out of range for `i128`");
            return RInt.lit(0);
        }
        return RInt.wide(big, t);
    }

    /** A negated literal past i64's range: {@code -170141183460469231731687303715884105728} is i128::MIN. */
    private Object negatedWideLiteral(Expr.Lit l, java.math.BigInteger big) {
        IntTy t = literalTypeOf(l);
        if (t == null || !t.wide() || !t.signed) {
            return null; // not a signed 128-bit literal: negated at run time, as before (and refused there if unsigned)
        }
        java.math.BigInteger v = big.negate();
        if (v.compareTo(I128_MAX.negate().subtract(java.math.BigInteger.ONE)) < 0) {
            error(l.pos(), "literal out of range for `i128`");
            return RInt.lit(0);
        }
        return RInt.wide(v, t);
    }

    private static final java.math.BigInteger I128_MAX = java.math.BigInteger.ONE.shiftLeft(127).subtract(java.math.BigInteger.ONE);

    // ------------------------------------------------------------------ expressions

    void exprMove(FnCtx cx, Expr e) {
        if (tracksDrops && e instanceof Expr.Path p && p.segments().size() == 1) {
            Integer slot = cx.lookup(p.segments().get(0));
            if (slot != null) {
                // a reference is copied, an owned value moved out
                cx.emit(cx.borrowed.contains(slot) ? Op.LOAD : Op.MOVE, slot, null, p.pos());
                return;
            }
        }
        expr(cx, e);
    }

    void expr(FnCtx cx, Expr e) {
        if (e instanceof Expr.Lit l) {
            Object v = literal(l);
            cx.emit(Op.CONST, 0, v, l.pos());
        } else if (e instanceof Expr.Path p) {
            path(cx, p);
        } else if (e instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.Lit l && l.value() instanceof Long n
                && n > 0 && literalTypeOf(l) != null && literalTypeOf(l).signed) {
            // a negative literal: `-128i8` is i8::MIN, not 128i8 (out of range) negated
            IntTy t = literalTypeOf(l);
            if (!t.fits(-n) && t.bits < 64) {
                error(l.pos(), "literal out of range for `" + t.rustName() + "`");
            }
            cx.emit(Op.CONST, 0, RInt.of(-n, t), u.pos());
        } else if (e instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.Lit l
                && l.value() instanceof java.math.BigInteger big && negatedWideLiteral(l, big) instanceof RInt v) {
            cx.emit(Op.CONST, 0, v, u.pos());
        } else if (e instanceof Expr.Unary u) {
            expr(cx, u.operand());
            cx.emit(u.op().equals("-") ? Op.NEG : Op.NOT, 0, null, u.pos());
        } else if (e instanceof Expr.Binary b) {
            binary(cx, b);
        } else if (e instanceof Expr.Assign a) {
            assign(cx, a);
        } else if (e instanceof Expr.Call c) {
            call(cx, c);
        } else if (e instanceof Expr.MethodCall m && optionPlaceOp(cx, m)) {
            return;
        } else if (e instanceof Expr.MethodCall m) {
            expr(cx, m.receiver());
            for (Expr a : m.args()) {
                exprMove(cx, a);
            }
            TypeRef hint = m.turbofish() == null ? hints.type(m) : null;
            String turbofish = m.turbofish() != null ? m.turbofish().name() : hintedTurbofish(m.name(), hint);
            TypeRef expected = hint != null && Set.of("into", "unwrap_or_default", "or_default").contains(m.name()) ? hint : null;
            // a call's owned result used only as this receiver (`weak.upgrade().is_some()`) is dropped after it
            boolean owned = (m.receiver() instanceof Expr.Call || m.receiver() instanceof Expr.MethodCall) && hints.ownsValue(m.receiver());
            cx.emit(Op.METHOD, m.args().size(), new MethodRef(m.name(), turbofish, !isLocalPlace(cx, m.receiver()), expected, owned), m.pos());
        } else if (e instanceof Expr.Field f) {
            checkSelfField(cx, f);
            expr(cx, f.receiver());
            cx.emit(Op.FIELD, isLocalPlace(cx, f.receiver()) ? 0 : 1, f.name(), f.pos());
        } else if (e instanceof Expr.Index ix) {
            expr(cx, ix.receiver());
            expr(cx, ix.index());
            cx.emit(Op.INDEX, 0, null, ix.pos()); // rustc places an index's panic at its `[`
        } else if (e instanceof Expr.Await aw) {
            if (!cx.isAsync) {
                error(aw.pos(), "`await` is only allowed inside `async` functions and blocks");
            }
            exprMove(cx, aw.future());
            await(cx, aw.pos());
        } else if (e instanceof Expr.Try t) {
            expr(cx, t.operand());
            cx.emit(Op.TRY, 0, cx.errTarget, t.pos());
        } else if (e instanceof Expr.Ref r) {
            ref(cx, r);
        } else if (e instanceof Expr.Deref d) {
            expr(cx, d.operand());
            cx.emit(Op.DEREF, isLocalPlace(cx, d.operand()) ? 0 : 1, null, d.pos());
        } else if (e instanceof Expr.Cast c) {
            expr(cx, c.operand());
            cx.emit(Op.CAST, 0, c.type().name(), c.pos());
        } else if (e instanceof Expr.Block b) {
            block(cx, b);
        } else if (e instanceof Expr.If i) {
            expr(cx, i.cond());
            int jf = cx.emit(Op.JF, 0, null, i.pos());
            block(cx, i.then());
            int jend = cx.emit(Op.JUMP, 0, null, i.pos());
            cx.patch(jf, cx.here());
            if (i.otherwise() != null) {
                expr(cx, i.otherwise());
            } else {
                cx.emit(Op.UNIT, 0, null, i.pos());
            }
            cx.patch(jend, cx.here());
        } else if (e instanceof Expr.IfLet i) {
            cx.pushScope();
            boolean onLocal = borrows.bindsRefs(cx, i.value());
            expr(cx, i.value());
            Map<String, Integer> binds = new HashMap<>();
            cx.emit(Op.PAT, 0, patterns.pattern(cx, i.pat(), binds, null), i.pos());
            int jf = cx.emit(Op.JF, 0, null, i.pos());
            bindNames(cx, binds);
            if (onLocal) {
                cx.borrowed.addAll(binds.values());
            }
            block(cx, i.then());
            cx.popScope(i.pos());
            int jend = cx.emit(Op.JUMP, 0, null, i.pos());
            cx.patch(jf, cx.here());
            if (i.otherwise() != null) {
                expr(cx, i.otherwise());
            } else {
                cx.emit(Op.UNIT, 0, null, i.pos());
            }
            cx.patch(jend, cx.here());
        } else if (e instanceof Expr.While w) {
            Loop lp = new Loop(w.label(), cx.scopes.size(), 0);
            int top = cx.here();
            expr(cx, w.cond());
            int jf = cx.emit(Op.JF, 0, null, w.pos());
            cx.loops.add(lp);
            block(cx, w.body());
            cx.loops.remove(cx.loops.size() - 1);
            cx.emit(Op.POP, 0, null, w.pos());
            cx.emit(Op.JUMP, top, null, w.pos());
            cx.patch(jf, cx.here());
            cx.emit(Op.UNIT, 0, null, w.pos());
            finishLoop(cx, lp, top);
        } else if (e instanceof Expr.WhileLet w) {
            Loop lp = new Loop(w.label(), cx.scopes.size(), 0);
            int top = cx.here();
            cx.pushScope();
            boolean onLocal = borrows.bindsRefs(cx, w.value());
            expr(cx, w.value());
            Map<String, Integer> binds = new HashMap<>();
            cx.emit(Op.PAT, 0, patterns.pattern(cx, w.pat(), binds, null), w.pos());
            int jf = cx.emit(Op.JF, 0, null, w.pos());
            bindNames(cx, binds);
            if (onLocal) {
                cx.borrowed.addAll(binds.values());
            }
            cx.loops.add(lp);
            block(cx, w.body());
            cx.loops.remove(cx.loops.size() - 1);
            cx.emit(Op.POP, 0, null, w.pos());
            cx.popScope(w.pos());
            cx.emit(Op.JUMP, top, null, w.pos());
            cx.patch(jf, cx.here());
            cx.emit(Op.UNIT, 0, null, w.pos());
            finishLoop(cx, lp, top);
        } else if (e instanceof Expr.Loop l) {
            Loop lp = new Loop(l.label(), cx.scopes.size(), 0);
            int top = cx.here();
            cx.loops.add(lp);
            block(cx, l.body());
            cx.loops.remove(cx.loops.size() - 1);
            cx.emit(Op.POP, 0, null, l.pos());
            cx.emit(Op.JUMP, top, null, l.pos());
            // a `loop` only ends by `break`, which pushes its value
            finishLoopNoUnit(cx, lp, top);
        } else if (e instanceof Expr.For f) {
            cx.pushScope();
            int iterSlot = cx.newSlot();
            boolean refItems = borrows.yieldsRefs(cx, f.iter());
            if (f.iter() instanceof Expr.Ref r && r.mutable()) {
                // `for x in &mut v` walks the elements in place, as `v.iter_mut()`
                expr(cx, new Expr.MethodCall(r.pos(), r.operand(), "iter_mut", null, List.of()));
            } else {
                expr(cx, f.iter());
            }
            cx.emit(Op.ITER, iterSlot, null, f.pos());
            Loop lp = new Loop(f.label(), cx.scopes.size(), 0);
            int top = cx.here();
            int next = cx.emit(Op.NEXT, iterSlot, null, f.pos());
            cx.pushScope();
            Map<String, Integer> binds = new HashMap<>();
            CPat cp = patterns.pattern(cx, f.pat(), binds, null);
            cx.emit(Op.PAT_OR_PANIC, 0, cp, f.pos());
            bindNames(cx, binds);
            if (refItems) {
                cx.borrowed.addAll(binds.values());
            }
            cx.loops.add(lp);
            block(cx, f.body());
            cx.loops.remove(cx.loops.size() - 1);
            cx.emit(Op.POP, 0, null, f.pos());
            cx.popScope(f.pos());
            cx.emit(Op.JUMP, top, null, f.pos());
            cx.code.set(next, new Insn(Op.NEXT, iterSlot, cx.here(), f.pos().line(), f.pos().column()));
            cx.emit(Op.UNIT, 0, null, f.pos());
            finishLoop(cx, lp, top);
            cx.popScope(f.pos());
        } else if (e instanceof Expr.Break b) {
            Loop lp = findLoop(cx, b.label(), b.pos(), "break");
            if (b.value() != null) {
                exprMove(cx, b.value());
            } else {
                cx.emit(Op.UNIT, 0, null, b.pos());
            }
            if (lp != null) {
                cx.dropScopesAbove(lp.scopeDepth, b.pos());
                lp.breaks.add(cx.emit(Op.JUMP, 0, null, b.pos()));
            }
        } else if (e instanceof Expr.Continue c) {
            Loop lp = findLoop(cx, c.label(), c.pos(), "continue");
            if (lp != null) {
                cx.dropScopesAbove(lp.scopeDepth, c.pos());
                lp.continues.add(cx.emit(Op.JUMP, 0, null, c.pos()));
            }
            cx.emit(Op.UNIT, 0, null, c.pos());
        } else if (e instanceof Expr.Return r) {
            if (r.value() != null) {
                exprExpect(cx, r.value(), cx.retType);
            } else {
                cx.emit(Op.UNIT, 0, null, r.pos());
            }
            cx.emit(Op.RET, 0, null, r.pos());
            cx.emit(Op.UNIT, 0, null, r.pos());
        } else if (e instanceof Expr.Match m) {
            match(cx, m);
        } else if (e instanceof Expr.Closure c) {
            closure(cx, c);
        } else if (e instanceof Expr.Async a) {
            asyncBlock(cx, a);
        } else if (e instanceof Expr.Tuple t) {
            if (t.items().isEmpty()) {
                cx.emit(Op.UNIT, 0, null, t.pos());
            } else {
                for (Expr i : t.items()) {
                    exprMove(cx, i);
                }
                cx.emit(Op.TUPLE, t.items().size(), null, t.pos());
            }
        } else if (e instanceof Expr.Array a) {
            for (Expr i : a.items()) {
                exprMove(cx, i);
            }
            cx.emit(Op.VEC, a.items().size(), null, a.pos());
        } else if (e instanceof Expr.Repeat r) {
            expr(cx, r.value());
            expr(cx, r.count());
            cx.emit(Op.REPEAT, 0, null, r.pos());
        } else if (e instanceof Expr.StructLit s) {
            structLit(cx, s);
        } else if (e instanceof Expr.Range r) {
            if (r.lo() != null) {
                expr(cx, r.lo());
            } else {
                cx.emit(Op.UNIT, 0, null, r.pos());
            }
            if (r.hi() != null) {
                expr(cx, r.hi());
            } else {
                cx.emit(Op.UNIT, 0, null, r.pos());
            }
            cx.emit(Op.RANGE, r.inclusive() ? 1 : 0, null, r.pos());
        } else if (e instanceof Expr.Macro m) {
            macros.macro(cx, m);
        } else if (e instanceof Expr.Join j) {
            if (!cx.isAsync) {
                error(j.pos(), "`join!` can only be used inside `async` functions and blocks");
            }
            for (Expr f : j.futures()) {
                exprMove(cx, f);
            }
            cx.emit(Op.JOIN, j.futures().size(), j.isTry(), j.pos());
            await(cx, j.pos());
        } else if (e instanceof Expr.Select s) {
            macros.select(cx, s);
        } else if (e instanceof Expr.Matches m) {
            cx.pushScope();
            expr(cx, m.value());
            Map<String, Integer> binds = new HashMap<>();
            cx.emit(Op.PAT, 0, patterns.pattern(cx, m.pat(), binds, null), m.pos());
            bindNames(cx, binds);
            if (m.guard() != null) {
                int jf = cx.emit(Op.JF, 0, null, m.pos());
                expr(cx, m.guard());
                int j = cx.emit(Op.JUMP, 0, null, m.pos());
                cx.patch(jf, cx.here());
                cx.emit(Op.CONST, 0, Boolean.FALSE, m.pos());
                cx.patch(j, cx.here());
            }
            cx.popScope(m.pos());
        }
    }

    /**
     * {@code &e} is {@code e} itself at run time. {@code &mut place} makes a {@link asyncscope.lessons.rustlite.interp.MutRef}
     * to the variable, field or element so that assignments through it reach the place; {@code &mut *r} reborrows
     * {@code r}; a {@code &mut} of a temporary is the temporary.
     */
    void ref(FnCtx cx, Expr.Ref r) {
        Expr target = r.operand();
        if (!r.mutable()) {
            expr(cx, target);
            if ((target instanceof Expr.MethodCall || target instanceof Expr.Call || target instanceof Expr.Await)
                    && !isLocalPlace(cx, target)) {
                // a borrowed temporary lives to the end of the statement: remember it to release a guard there
                int slot = cx.newSlot();
                cx.emit(Op.DUP, 1, null, r.pos());
                cx.emit(Op.STORE, slot, null, r.pos());
                cx.stmtTemps.add(slot);
            }
            return;
        }
        if (target instanceof Expr.Deref d && d.operand() instanceof Expr.Path p && p.segments().size() == 1
                && cx.lookup(p.segments().get(0)) != null) {
            cx.emit(Op.LOAD, cx.lookup(p.segments().get(0)), null, r.pos());
        } else if (target instanceof Expr.Path p && p.segments().size() == 1 && cx.lookup(p.segments().get(0)) != null) {
            cx.emit(Op.REF_LOCAL, cx.lookup(p.segments().get(0)), null, r.pos());
        } else if (target instanceof Expr.Field f && isLocalPlace(cx, f.receiver())) {
            expr(cx, f.receiver());
            cx.emit(Op.REF_FIELD, 0, f.name(), r.pos());
        } else if (target instanceof Expr.Index ix && isLocalPlace(cx, ix.receiver())) {
            expr(cx, ix.receiver());
            expr(cx, ix.index());
            cx.emit(Op.REF_INDEX, 0, null, r.pos());
        } else {
            expr(cx, target);
        }
    }

    void await(FnCtx cx, Pos p) {
        cx.proto.awaits.add(p);
        cx.emit(Op.AWAIT, cx.proto.awaits.size(), null, p);
    }

    void finishLoop(FnCtx cx, Loop lp, int continueTarget) {
        finishLoopNoUnit(cx, lp, continueTarget);
    }

    void finishLoopNoUnit(FnCtx cx, Loop lp, int continueTarget) {
        int end = cx.here();
        for (int b : lp.breaks) {
            cx.patch(b, end);
        }
        for (int c : lp.continues) {
            cx.patch(c, continueTarget);
        }
    }

    Loop findLoop(FnCtx cx, String label, Pos p, String what) {
        for (int i = cx.loops.size() - 1; i >= 0; i--) {
            Loop lp = cx.loops.get(i);
            if (label == null || label.equals(lp.label)) {
                return lp;
            }
        }
        if (label != null) {
            error(p, "use of undeclared label `" + label + "`");
        } else {
            error(p, "`" + what + "` outside of a loop");
        }
        return null;
    }

    void path(FnCtx cx, Expr.Path p) {
        List<String> segs = p.segments();
        while (segs.size() > 1 && (modules.contains(segs.get(0)) || segs.get(0).equals("crate") || segs.get(0).equals("super")
                || segs.get(0).equals("self"))) {
            segs = segs.subList(1, segs.size()); // `geometry::UNIT`, `crate::LIMIT`: the program's items live in one namespace here
        }
        if (segs.size() == 2) {
            String type = segs.get(0).equals("Self") && cx.selfType != null ? cx.selfType : segs.get(0);
            Item.Const ac = consts.get(type + "::" + segs.get(1));
            if (ac != null) {
                segs = List.of(type + "::" + segs.get(1));
            }
        }
        if (segs.size() == 1) {
            String n = segs.get(0);
            Integer slot = cx.lookup(n);
            if (slot != null) {
                cx.emit(Op.LOAD, slot, null, p.pos());
                return;
            }
            Item.Const c = consts.get(n);
            if (c != null) {
                if (!constsInProgress.add(n)) {
                    error(p.pos(), "cycle detected when evaluating constant `" + n + "`");
                    cx.emit(Op.UNIT, 0, null, p.pos());
                    return;
                }
                expr(cx, c.value());
                IntTy it = IntTy.parse(c.type().name());
                if (it != null) {
                    cx.emit(Op.INT_AS, 0, it, p.pos());
                }
                if (c.isStatic()) {
                    // a static is one value for the run: the first evaluation is kept, later ones (side-effect free
                    // in Rust, a const initializer) are discarded
                    String key = "static:" + n;
                    cx.emit(Op.CALL_NATIVE, 1, Native.of("static " + n, (in, a, at) -> {
                        Object prev = in.services.putIfAbsent(key, a[0]);
                        return prev != null ? prev : a[0];
                    }), p.pos());
                }
                constsInProgress.remove(n);
                return;
            }
        }
        Object v = resolveValue(cx, segs, p.pos());
        if (v == null) {
            String shown = String.join("::", segs);
            if (segs.size() == 1) {
                error(p.pos(), "cannot find value `" + shown + "` in this scope");
            } else {
                error(p.pos(), "cannot find `" + shown + "`: expected a function, variant or constant");
            }
            cx.emit(Op.UNIT, 0, null, p.pos());
            return;
        }
        if (v instanceof UnitStruct us) {
            cx.emit(Op.STRUCT, 0, new StructShape(us.info(), null, null, List.of()), p.pos());
            return;
        }
        cx.emit(Op.CONST, 0, v, p.pos());
    }

    /** A path as a value: user fn/method (Proto), enum variant constructor or unit value, unit struct, or prelude item. */
    Object resolveValue(FnCtx cx, List<String> segs0, Pos pos) {
        List<String> segs = new ArrayList<>(expandPath(segs0));
        if (segs.get(0).equals("Self") && cx.selfType != null) {
            segs.set(0, cx.selfType);
        }
        while (segs.size() > 1 && (segs.get(0).equals("crate") || segs.get(0).equals("self") || segs.get(0).equals("super")
                || modules.contains(segs.get(0)))) {
            segs.remove(0);
        }
        String joined = String.join("::", segs);
        Proto pr = protos.get(joined);
        if (pr != null) {
            return pr;
        }
        if (segs.size() == 1) {
            TypeInfo ti = types.get(joined);
            if (ti != null && ti.tuple && ti.fields.isEmpty()) {
                return new UnitStruct(ti);
            }
            if (ti != null && ti.tuple) {
                return Native.of(joined, (in, args, at) -> new RStruct(ti, intsFor(ti, args)));
            }
        }
        if (segs.size() >= 2) {
            String type = segs.get(segs.size() - 2);
            String variant = segs.get(segs.size() - 1);
            Item.Enum en = enums.get(type);
            if (en != null && variant.equals("default") && types.get(type).derives.contains("Default")
                    && en.variants().stream().noneMatch(v -> v.name().equals("default"))) {
                TypeRef tr = new TypeRef(type, List.of());
                return Native.of(joined, (in, args, at) -> asyncscope.lessons.rustlite.interp.Traits.defaultOf(in, tr, at));
            }
            if (en != null) {
                for (Item.Variant v : en.variants()) {
                    if (v.name().equals(variant)) {
                        TypeInfo ti = types.get(type);
                        if (v.arity() == 0 && v.fieldNames() == null) {
                            return new REnum(type, variant, REnum.NONE_FIELDS, null, ti);
                        }
                        return Native.of(type + "::" + variant, (in, args, at) -> new REnum(type, variant, args.clone(), null, ti));
                    }
                }
                error(pos, "no variant or associated item named `" + variant + "` found for enum `" + type + "`");
                return Unit.UNIT;
            }
            if (variant.equals("default") && types.containsKey(type) && types.get(type).derives.contains("Default")) {
                TypeRef tr = new TypeRef(type, List.of());
                return Native.of(joined, (in, args, at) -> asyncscope.lessons.rustlite.interp.Traits.defaultOf(in, tr, at));
            }
            if (types.containsKey(type) && !protos.containsKey(joined)) {
                error(pos, "no function or associated item named `" + variant + "` found for struct `" + type + "`");
                return Unit.UNIT;
            }
        }
        Object std = Prelude.lookup(segs);
        if (std == null && segs.size() == 2 && segs.get(1).equals("from") && !types.containsKey(segs.get(0))) {
            // std's lossless `From` between primitives: `i64::from(7i32)`, `f64::from(3)`, `char::from(65u8)`, `u32::from('z')`
            TypeRef tr = new TypeRef(segs.get(0), List.of());
            if (asyncscope.lessons.rustlite.interp.Traits.primitive(tr.name())) {
                return Native.of(joined, (in, args, at) -> asyncscope.lessons.rustlite.interp.Traits.primitiveFrom(args[0], tr.name()));
            }
        }
        if (std == null && segs.size() == 2 && segs.get(1).equals("default") && !types.containsKey(segs.get(0))) {
            // `u64::default()`, `String::default()`: std's Default of a built-in type
            TypeRef tr = new TypeRef(segs.get(0), List.of());
            return Native.of(joined, (in, args, at) -> asyncscope.lessons.rustlite.interp.Traits.defaultOf(in, tr, at));
        }
        return std;
    }

    /** A single capital letter or a name no item defines: most likely a struct's type parameter, not a type. */
    boolean isGenericName(String n) {
        return n.length() == 1 && Character.isUpperCase(n.charAt(0)) && !types.containsKey(n);
    }

    static Object[] intsFor(TypeInfo ti, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length && i < ti.fieldTypes.size(); i++) {
            asyncscope.lessons.rustlite.interp.Traits.retype(out[i], ti.fieldTypes.get(i));
        }
        for (int i = 0; i < out.length && i < ti.fieldInts.size(); i++) {
            IntTy t = ti.fieldInts.get(i);
            if (t != null && out[i] instanceof RInt r) {
                out[i] = r.as(t);
            }
        }
        return out;
    }

    void binary(FnCtx cx, Expr.Binary b) {
        if (b.op().equals("&&") || b.op().equals("||")) {
            expr(cx, b.left());
            int j = cx.emit(b.op().equals("&&") ? Op.JF : Op.JT, 0, null, b.pos());
            expr(cx, b.right());
            int end = cx.emit(Op.JUMP, 0, null, b.pos());
            cx.patch(j, cx.here());
            cx.emit(Op.CONST, 0, !b.op().equals("&&"), b.pos());
            cx.patch(end, cx.here());
            return;
        }
        expr(cx, b.left());
        expr(cx, b.right());
        cx.emit(Op.BIN, 0, b.op(), b.pos());
    }

    void assign(FnCtx cx, Expr.Assign a) {
        String op = a.op().equals("=") ? null : a.op().substring(0, a.op().length() - 1);
        Expr t = a.target();
        if (t instanceof Expr.Path p && p.segments().size() == 1) {
            Integer slot = cx.lookup(p.segments().get(0));
            if (slot == null) {
                error(p.pos(), "cannot find value `" + p.segments().get(0) + "` in this scope");
                return;
            }
            if (op != null) {
                cx.emit(Op.LOAD, slot, null, a.pos());
                expr(cx, a.value());
                cx.emit(Op.BIN, 1, op, t.pos());
            } else {
                exprMove(cx, a.value());
            }
            // a variable holding a reference is re-pointed; it never owned what it pointed at
            cx.emit(cx.borrowed.contains(slot) ? Op.STORE : Op.ASSIGN_LOCAL, slot, null, a.pos());
        } else if (t instanceof Expr.Field f) {
            checkSelfField(cx, f);
            expr(cx, f.receiver());
            if (op != null) {
                cx.emit(Op.DUP, 0, null, a.pos());
                cx.emit(Op.FIELD, 0, f.name(), f.pos());
                expr(cx, a.value());
                cx.emit(Op.BIN, 1, op, t.pos());
            } else {
                exprMove(cx, a.value());
            }
            cx.emit(Op.SET_FIELD, isLocalPlace(cx, f.receiver()) ? 0 : 1, f.name(), a.pos());
        } else if (t instanceof Expr.Index ix) {
            expr(cx, ix.receiver());
            expr(cx, ix.index());
            if (op != null) {
                cx.emit(Op.DUP, 2, null, a.pos());
                cx.emit(Op.INDEX, 0, null, asyncscope.lessons.rustlite.parse.Parser.startOf(ix.receiver()));
                expr(cx, a.value());
                cx.emit(Op.BIN, 1, op, t.pos());
            } else {
                exprMove(cx, a.value());
            }
            cx.emit(Op.SET_INDEX, isLocalPlace(cx, ix.receiver()) ? 0 : 1, null, a.pos());
        } else if (t instanceof Expr.Deref d) {
            if (d.operand() instanceof Expr.Path p && p.segments().size() == 1 && cx.lookup(p.segments().get(0)) != null) {
                // `*x op= v`: x may be a lock guard (write through it) or a plain &mut local
                int slot = cx.lookup(p.segments().get(0));
                cx.emit(Op.LOAD, slot, null, a.pos());
                if (op != null) {
                    cx.emit(Op.DUP, 0, null, a.pos());
                    cx.emit(Op.DEREF, 0, null, a.pos());
                    expr(cx, a.value());
                    cx.emit(Op.BIN, 1, op, t.pos());
                } else {
                    exprMove(cx, a.value());
                }
                cx.emit(Op.SET_DEREF, slot, null, a.pos());
            } else {
                expr(cx, d.operand());
                if (op != null) {
                    cx.emit(Op.DUP, 0, null, a.pos());
                    cx.emit(Op.DEREF, 0, null, a.pos());
                    expr(cx, a.value());
                    cx.emit(Op.BIN, 1, op, t.pos());
                } else {
                    exprMove(cx, a.value());
                }
                cx.emit(Op.SET_DEREF, -1, null, a.pos());
            }
        } else {
            error(a.pos(), "invalid left-hand side of assignment: expected a variable, field, index or `*` expression");
            return;
        }
        cx.emit(Op.UNIT, 0, null, a.pos());
    }

    void call(FnCtx cx, Expr.Call c) {
        call(cx, c, null);
    }

    void call(FnCtx cx, Expr.Call c, TypeRef expected) {
        if (c.callee() instanceof Expr.Path tp && tp.segments().size() == 2 && isTypeParam(cx, tp.segments().get(0))) {
            // `T::new(..)` through a type parameter: the type is the caller's, known at run time
            emitType(cx, new TypeRef(tp.segments().get(0), List.of()), tp.pos());
            for (Expr a : c.args()) {
                exprMove(cx, a);
            }
            cx.emit(Op.ASSOC_CALL, c.args().size(), tp.segments().get(1), tp.pos());
            return;
        }
        if (c.callee() instanceof Expr.Path sp && (sp.segments().get(sp.segments().size() - 1).equals("spawn")
                || sp.segments().get(sp.segments().size() - 1).equals("spawn_blocking"))) {
            // a spawned task must be 'static: whatever its async block or closure captures, it captures by move
            c = new Expr.Call(c.pos(), c.callee(), c.args().stream().map(Compiler::asMove).toList());
        }
        if (c.callee() instanceof Expr.Path p) {
            List<String> segs = p.segments();
            boolean local = segs.size() == 1 && cx.lookup(segs.get(0)) != null;
            if (!local) {
                Object v = resolveValue(cx, segs, p.pos());
                if (v == null) {
                    String shown = String.join("::", segs);
                    error(p.pos(), segs.size() == 1 ? "cannot find function `" + shown + "` in this scope"
                            : "failed to resolve: `" + shown + "` is not a known function");
                    cx.emit(Op.UNIT, 0, null, c.pos());
                    return;
                }
                Item.Fn calleeItem = v instanceof Proto vp ? fnItems.get(vp.name) : null;
                GenericCall gc = null;
                if (calleeItem != null && !calleeItem.generics().isEmpty()) {
                    // type arguments the caller knows: a turbofish, and what the expected result type says
                    List<String> names = new ArrayList<>();
                    for (int g = 0; g < p.generics().size() && g < calleeItem.generics().size(); g++) {
                        names.add(calleeItem.generics().get(g).name());
                        emitType(cx, p.generics().get(g), p.pos());
                    }
                    Map<String, TypeRef> bound = new LinkedHashMap<>();
                    Set<String> params = new HashSet<>();
                    calleeItem.generics().forEach(g -> params.add(g.name()));
                    if (expected != null && calleeItem.ret() != null) {
                        bindFrom(calleeItem.ret(), expected, params, bound);
                    }
                    for (Map.Entry<String, TypeRef> b : bound.entrySet()) {
                        names.add(b.getKey());
                        emitType(cx, b.getValue(), p.pos());
                    }
                    if (!names.isEmpty()) {
                        gc = new GenericCall((Proto) v, names.toArray(new String[0]));
                    }
                }
                for (int k = 0; k < c.args().size(); k++) {
                    Expr a = c.args().get(k);
                    TypeRef pt = calleeItem != null && calleeItem.generics().isEmpty() && !calleeItem.hasSelf()
                            && k < calleeItem.params().size() ? calleeItem.params().get(k).type() : null;
                    exprExpect(cx, a, pt);
                }
                if (gc != null) {
                    cx.emit(Op.CALL_GENERIC, c.args().size(), gc, p.pos());
                    return;
                }
                if (v instanceof Proto pr) {
                    if (pr.nparams != c.args().size() && fnItems.get(pr.name) != null) {
                        error(c.callee().pos(), "this function takes " + pr.nparams + " argument" + (pr.nparams == 1 ? "" : "s")
                                + " but " + c.args().size() + " argument" + (c.args().size() == 1 ? " was" : "s were") + " supplied");
                    }
                    cx.emit(Op.CALL_FN, c.args().size(), pr, p.pos());
                } else if (v instanceof Native n) {
                    cx.emit(Op.CALL_NATIVE, c.args().size(), n, p.pos());
                } else {
                    error(p.pos(), "expected function, found `" + String.join("::", segs) + "`");
                }
                return;
            }
        }
        expr(cx, c.callee());
        for (Expr a : c.args()) {
            exprMove(cx, a);
        }
        cx.emit(Op.CALL, c.args().size(), null, c.pos());
    }

    /**
     * {@code opt.take()} and {@code opt.replace(v)} change the Option in place: on a variable or a field (through
     * {@code self}) they read the old value and store {@code None} / {@code Some(v)}. Returns false for other calls.
     */
    boolean optionPlaceOp(FnCtx cx, Expr.MethodCall m) {
        boolean take = m.name().equals("take") && m.args().isEmpty();
        boolean replace = (m.name().equals("replace") || m.name().equals("insert") || m.name().equals("get_or_insert")
                || m.name().equals("get_or_insert_with")) && m.args().size() == 1;
        if (!take && !replace) {
            return false;
        }
        Expr recv = m.receiver();
        while (recv instanceof Expr.Ref r) {
            recv = r.operand();
        }
        if (recv instanceof Expr.Path p && p.segments().size() == 1 && cx.lookup(p.segments().get(0)) != null) {
            // the variable itself, or what it points at when it holds a `&mut Option<T>` (a parameter `slot: &mut Option<T>`)
            int slot = cx.lookup(p.segments().get(0));
            cx.emit(Op.REF_LOCAL, slot, null, m.pos());
            if (replace) {
                exprMove(cx, m.args().get(0));
            }
            String name = m.name();
            // Option's take/replace assign the variable; on anything else (a Cell, a RefCell) they are its methods
            cx.emit(Op.CALL_NATIVE, replace ? 2 : 1, Native.places("Option::" + name, (in, a, at) -> {
                asyncscope.lessons.rustlite.interp.Derefable place = (asyncscope.lessons.rustlite.interp.Derefable) a[0];
                Object cur = place.get();
                Object arg = replace ? asyncscope.lessons.rustlite.interp.MutRef.strip(a[1]) : null;
                if (cur instanceof REnum e && e.type.equals("Option")) {
                    return optionPlace(in, place, e, name, arg, at);
                }
                return in.callMethod(cur, name, null, replace ? new Object[] {arg} : new Object[0], at);
            }), m.pos());
            return true;
        }
        if (recv instanceof Expr.Field f) {
            String name = f.name();
            expr(cx, f.receiver());
            if (replace) {
                exprMove(cx, m.args().get(0));
            }
            String method = m.name();
            cx.emit(Op.CALL_NATIVE, replace ? 2 : 1, Native.of("Option::" + m.name(), (in, a, at) -> {
                Object old = in.field(a[0], name);
                Object cur = asyncscope.lessons.rustlite.interp.Interp.deref(old);
                if (!(cur instanceof REnum e && e.type.equals("Option"))) {
                    return in.callMethod(old, method, null, replace ? new Object[] {a[1]} : new Object[0], at);
                }
                Object recvObj = a[0];
                asyncscope.lessons.rustlite.interp.Derefable place = new asyncscope.lessons.rustlite.interp.Derefable() {
                    @Override
                    public Object get() {
                        return in.field(recvObj, name);
                    }

                    @Override
                    public void set(Object v) {
                        in.setField(recvObj, name, v);
                    }
                };
                Object r = optionPlace(in, place, e, method, replace ? a[1] : null, at);
                return method.equals("take") || method.equals("replace") ? old : r;
            }), m.pos());
            return true;
        }
        return false;
    }

    /**
     * Option's methods that change it in place, on its place: {@code take}/{@code replace} give the old value;
     * {@code insert}/{@code get_or_insert}/{@code get_or_insert_with} give a {@code &mut} to the value inside.
     */
    static Object optionPlace(asyncscope.lessons.rustlite.interp.Interp in, asyncscope.lessons.rustlite.interp.Derefable place,
            REnum cur, String name, Object arg, asyncscope.lessons.rustlite.compile.Insn at) {
        switch (name) {
            case "take" -> {
                place.set(REnum.NONE);
                return cur;
            }
            case "replace" -> {
                place.set(REnum.some(arg));
                return cur;
            }
            default -> {
                REnum now = cur;
                if (name.equals("insert") || cur.is("None")) {
                    Object v = name.equals("get_or_insert_with") ? in.call(arg, new Object[0], at) : arg;
                    now = REnum.some(v);
                    place.set(now);
                }
                Object[] fields = now.fields;
                return new asyncscope.lessons.rustlite.interp.Derefable() {
                    @Override
                    public Object get() {
                        return fields[0];
                    }

                    @Override
                    public void set(Object v) {
                        fields[0] = v;
                    }
                };
            }
        }
    }

    /** What a call's inferred result type says as its turbofish: {@code parse}/{@code try_into} the Ok type, {@code collect}/{@code sum} the type. */
    static String hintedTurbofish(String method, TypeRef hint) {
        if (hint == null) {
            return null;
        }
        return switch (method) {
            case "parse", "try_into" -> {
                if (!hint.name().equals("Result") || hint.args().isEmpty()) {
                    yield null;
                }
                TypeRef ok = hint.args().get(0);
                yield ok.form().equals(TypeRef.ARRAY) && ok.path().startsWith("[") ? ok.path() : ok.name().equals("_") ? null : ok.name();
            }
            case "collect", "sum", "product" -> hint.form().equals(TypeRef.PATH) ? hint.name() : null;
            default -> null;
        };
    }

    /** {@code self.name} inside an impl of a struct: the field must exist (the one type Rust-lite always knows). */
    void checkSelfField(FnCtx cx, Expr.Field f) {
        if (cx.selfType == null || !(f.receiver() instanceof Expr.Path p) || !p.joined().equals("self")) {
            return;
        }
        TypeInfo ti = types.get(cx.selfType);
        if (ti == null || enums.containsKey(cx.selfType) || ti.fields.contains(f.name())) {
            return;
        }
        error(f.pos(), "no field `" + f.name() + "` on type `" + cx.selfType + "`"
                + (ti.fields.isEmpty() ? "" : ": expected one of " + String.join(", ", ti.fields.stream().map(x -> "`" + x + "`").toList())));
    }

    static Expr asMove(Expr e) {
        if (e instanceof Expr.Async a && !a.isMove()) {
            return new Expr.Async(a.pos(), a.body(), true);
        }
        if (e instanceof Expr.Closure cl && !cl.isMove()) {
            return new Expr.Closure(cl.pos(), cl.params(), cl.body(), true, cl.isAsync());
        }
        return e;
    }

    void match(FnCtx cx, Expr.Match m) {
        int temp = cx.newSlot();
        boolean onLocal = borrows.bindsRefs(cx, m.scrutinee());
        expr(cx, m.scrutinee());
        cx.emit(Op.STORE, temp, null, m.pos());
        cx.borrowed.add(temp);
        List<Integer> ends = new ArrayList<>();
        for (Expr.Arm arm : m.arms()) {
            cx.pushScope();
            cx.emit(Op.LOAD, temp, null, arm.pos());
            Map<String, Integer> binds = new HashMap<>();
            cx.emit(Op.PAT, 0, patterns.pattern(cx, arm.pat(), binds, null), arm.pos());
            int jf = cx.emit(Op.JF, 0, null, arm.pos());
            bindNames(cx, binds);
            if (onLocal) {
                cx.borrowed.addAll(binds.values());
            }
            int jg = -1;
            if (arm.guard() != null) {
                expr(cx, arm.guard());
                jg = cx.emit(Op.JF, 0, null, arm.pos());
            }
            exprMove(cx, arm.body());
            cx.popScope(arm.pos());
            ends.add(cx.emit(Op.JUMP, 0, null, arm.pos()));
            cx.patch(jf, cx.here());
            if (jg >= 0) {
                cx.patch(jg, cx.here());
            }
        }
        cx.emit(Op.PANIC, 0, "non-exhaustive patterns in `match`", m.pos());
        for (int e : ends) {
            cx.patch(e, cx.here());
        }
    }

    /** A variable, field or index of a variable: matching on it borrows, so its bindings are not dropped. */
    boolean isLocalPlace(FnCtx cx, Expr e) {
        while (true) { // a loop: a place may be a chain as long as the parser allows (`t.0.0.0...`)
            if (e instanceof Expr.Path p) {
                return p.segments().size() == 1 && cx.lookup(p.segments().get(0)) != null;
            }
            if (e instanceof Expr.Field f) {
                e = f.receiver();
            } else if (e instanceof Expr.Index i) {
                e = i.receiver();
            } else if (e instanceof Expr.Ref r) {
                e = r.operand();
            } else if (e instanceof Expr.Deref d) {
                e = d.operand();
            } else if (e instanceof Expr.MethodCall m && (m.name().equals("as_ref") || m.name().equals("iter")
                    || m.name().equals("as_str") || m.name().equals("as_mut"))) {
                e = m.receiver();
            } else {
                return false;
            }
        }
    }

    void closure(FnCtx cx, Expr.Closure c) {
        Proto pr = new Proto("closure@" + c.pos(), false, c.pos());
        FnCtx inner = new FnCtx(pr, cx, false, cx.selfType, c.isMove());
        inner.pushScope();
        List<Integer> paramSlots = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            paramSlots.add(inner.newSlot());
        }
        pr.nparams = c.params().size();
        pr.paramInts = new IntTy[pr.nparams];
        for (int i = 0; i < c.params().size(); i++) {
            Expr.Param p = c.params().get(i);
            pr.paramInts[i] = p.type().isRef() ? null : IntTy.parse(p.type().name());
            // an untyped closure parameter is a reference unless the checker knows it receives an owned value
            boolean ref = p.type().isRef() || p.type() == TypeRef.INFER && !hints.ownsParam(p.pat());
            if (p.pat() instanceof Pat.Bind b && b.sub() == null) {
                inner.scopes.get(0).put(b.name(), paramSlots.get(i));
                if (ref) {
                    inner.borrowed.add(paramSlots.get(i));
                }
            } else {
                inner.emit(Op.LOAD, paramSlots.get(i), null, p.pat().pos());
                Map<String, Integer> binds = new HashMap<>();
                inner.emit(Op.PAT_OR_PANIC, 0, patterns.pattern(inner, p.pat(), binds, null), p.pat().pos());
                bindNames(inner, binds);
                if (ref) {
                    inner.borrowed.addAll(binds.values());
                }
            }
        }
        Expr body = c.body();
        if (c.isAsync()) {
            body = new Expr.Async(c.pos(), body instanceof Expr.Block b ? b : new Expr.Block(c.pos(), List.of(), body, false), true);
        }
        exprMove(inner, body);
        inner.emit(Op.RET, 0, null, c.pos());
        inner.finish();
        emitCaptures(cx, inner, c.isMove(), c.pos());
        cx.emit(Op.CLOSURE, inner.captureFrom.size(), pr, c.pos());
    }

    void emitCaptures(FnCtx cx, FnCtx inner, boolean move, Pos p) {
        for (int slot : inner.captureFrom) {
            cx.emit(move && tracksDrops && !cx.borrowed.contains(slot) ? Op.MOVE : Op.LOAD, slot, null, p);
        }
    }

    void asyncBlock(FnCtx cx, Expr.Async a) {
        Proto pr = new Proto("async block@" + a.pos(), true, a.pos());
        asyncBlockProtos.add(pr);
        FnCtx inner = new FnCtx(pr, cx, true, cx.selfType, a.isMove());
        inner.pushScope();
        blockBody(inner, a.body());
        inner.emit(Op.RET, 0, null, a.pos());
        inner.finish();
        emitCaptures(cx, inner, a.isMove(), a.pos());
        cx.emit(Op.ASYNC, inner.captureFrom.size(), pr, a.pos());
    }

    void structLit(FnCtx cx, Expr.StructLit s) {
        List<String> path = expandPath(s.path());
        String name = path.get(path.size() - 1);
        if (name.equals("Self")) {
            name = cx.selfType;
        }
        if (path.size() >= 2) {
            String type = path.get(path.size() - 2);
            if (type.equals("Self")) {
                type = cx.selfType;
            }
            Item.Enum en = enums.get(type);
            if (en != null) {
                for (Item.Variant v : en.variants()) {
                    if (v.name().equals(name) && v.fieldNames() != null) {
                        List<String> names = v.fieldNames();
                        Expr[] ordered = new Expr[names.size()];
                        for (Expr.FieldInit fi : s.fields()) {
                            int k = names.indexOf(fi.name());
                            if (k < 0) {
                                error(fi.pos(), "variant `" + type + "::" + name + "` has no field named `" + fi.name() + "`");
                                continue;
                            }
                            ordered[k] = fi.value();
                        }
                        for (int k = 0; k < ordered.length; k++) {
                            if (ordered[k] == null) {
                                error(s.pos(), "missing field `" + names.get(k) + "` in initializer of `" + type + "::" + name + "`");
                                cx.emit(Op.UNIT, 0, null, s.pos());
                            } else {
                                exprMove(cx, ordered[k]);
                            }
                        }
                        cx.emit(Op.STRUCT, names.size(), new StructShape(null, type, name, names), s.pos());
                        return;
                    }
                }
                error(s.pos(), "no struct variant named `" + name + "` in enum `" + type + "`");
                cx.emit(Op.UNIT, 0, null, s.pos());
                return;
            }
        }
        TypeInfo ti = types.get(name);
        if (ti == null || enums.containsKey(name)) {
            error(s.pos(), "cannot find struct `" + name + "` in this scope");
            cx.emit(Op.UNIT, 0, null, s.pos());
            return;
        }
        Expr[] ordered = new Expr[ti.fields.size()];
        for (Expr.FieldInit fi : s.fields()) {
            int k = ti.fieldIndex(fi.name());
            if (k < 0) {
                error(fi.pos(), "struct `" + name + "` has no field named `" + fi.name() + "`");
                continue;
            }
            ordered[k] = fi.value();
        }
        if (s.base() != null) {
            exprExpect(cx, s.base(), new TypeRef(name, List.of()));
        }
        for (int k = 0; k < ordered.length; k++) {
            if (ordered[k] == null) {
                if (s.base() == null) {
                    error(s.pos(), "missing field `" + ti.fields.get(k) + "` in initializer of `" + name + "`");
                }
                cx.emit(Op.CONST, 0, StructShape.FROM_BASE, s.pos());
            } else {
                TypeRef ft = k < ti.fieldTypes.size() ? ti.fieldTypes.get(k) : null;
                exprExpect(cx, ordered[k], ft != null && !isGenericName(ft.name()) ? ft : null);
            }
        }
        cx.emit(Op.STRUCT, ordered.length, new StructShape(ti, null, null, ti.fields, s.base() != null), s.pos());
    }

    // ------------------------------------------------------------------ macros

}
