package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the type pass learned, for the passes after it (moves, spawn rules, must-use warnings): each expression's
 * type, which local each name refers to, what each method call resolved to, and what each closure or async
 * block captures from its surroundings.
 */
final class Facts {
    final Map<Expr, Ty> types = new IdentityHashMap<>();
    final Map<Expr.Path, Local> locals = new IdentityHashMap<>();
    final Map<Pat, Local> bindings = new IdentityHashMap<>();
    /** A method call's resolution: the signature and how many auto-deref steps the receiver took. */
    final Map<Expr.MethodCall, Resolved> methods = new IdentityHashMap<>();
    /** A call's callee signature when it is a known function. */
    final Map<Expr.Call, Sig> calls = new IdentityHashMap<>();
    /** Closure or async block to the outer locals it uses, each with its first use. */
    final Map<Expr, Map<Local, Expr.Path>> captures = new IdentityHashMap<>();
    /** Locals declared by each fn body / closure / async block. */
    final Map<Expr, Map<Local, Boolean>> declared = new IdentityHashMap<>();

    /** The names a format string uses ({@code println!("{x}")}), as paths: the later passes see them as borrows. */
    final Map<Expr.Macro, java.util.List<Expr.Path>> formatUses = new IdentityHashMap<>();

    record Resolved(Sig sig, int derefSteps) {}

    /**
     * A call that hands work to the runtime: {@code bound} names the function for rustc's note (Tokio's
     * {@code spawn}); {@code send}: the future must be {@code Send}; {@code closure}: the argument is a closure
     * that must be {@code 'static} ({@code spawn_blocking}, {@code thread::spawn}).
     */
    record Spawn(Expr call, Expr arg, String bound, boolean send, boolean closure) {}

    final java.util.List<Spawn> spawns = new java.util.ArrayList<>();

    Ty type(Expr e) {
        Ty t = types.get(e);
        return t == null ? Ty.UNKNOWN : t;
    }

    void capture(Expr body, Local l, Expr.Path use) {
        captures.computeIfAbsent(body, k -> new LinkedHashMap<>()).putIfAbsent(l, use);
    }
}
