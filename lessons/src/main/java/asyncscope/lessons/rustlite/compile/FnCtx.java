package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.ast.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one function, closure or async block being compiled: its instruction buffer, lexical scopes
 * (name to slot), enclosing loops, and the captures it takes from the enclosing function.
 */
final class FnCtx {
    /** Ownership is tracked at run time: scopes drop what they still own when they end. */
    static final boolean TRACKS_DROPS = true;

    final Proto proto;
    final FnCtx parent;
    final boolean isAsync;
    final String selfType;
    final List<Insn> code = new ArrayList<>();
    final List<Map<String, Integer>> scopes = new ArrayList<>();
    final List<List<Integer>> scopeSlots = new ArrayList<>();
    final List<Loop> loops = new ArrayList<>();
    /** For closures: parent slot of each capture, and whether the closure is `move`. */
    final List<Integer> captureFrom = new ArrayList<>();
    final boolean isMove;
    int nslots;
    /** The function's declared return type (null for closures and async blocks): the type a tail or `return` is expected to have. */
    asyncscope.lessons.rustlite.ast.TypeRef retType;
    /** The user error type `?` converts to through `impl From` (the `E` of a declared `Result<T, E>`), or null. */
    String errTarget;

    FnCtx(Proto proto, FnCtx parent, boolean isAsync, String selfType) {
        this(proto, parent, isAsync, selfType, false);
    }

    FnCtx(Proto proto, FnCtx parent, boolean isAsync, String selfType, boolean isMove) {
        this.proto = proto;
        this.parent = parent;
        this.isAsync = isAsync;
        this.selfType = selfType;
        this.isMove = isMove;
    }

    int emit(Op op, int a, Object o, Pos p) {
        code.add(new Insn(op, a, o, p == null ? 0 : p.line(), p == null ? 0 : p.column()));
        return code.size() - 1;
    }

    int here() {
        return code.size();
    }

    void patch(int at, int target) {
        code.get(at).a = target;
    }

    /** Hidden slots holding temporaries borrowed in the current statement ({@code f(&m.lock().unwrap())}). */
    List<Integer> stmtTemps = new ArrayList<>();

    int newSlot() {
        return nslots++;
    }

    void pushScope() {
        scopes.add(new HashMap<>());
        scopeSlots.add(new ArrayList<>());
    }

    /** Slots holding references (or borrowing captures): a use copies them, a scope end does not drop them. */
    final Set<Integer> borrowed = new HashSet<>();

    void popScope(Pos p) {
        List<Integer> slots = scopeSlots.remove(scopeSlots.size() - 1);
        scopes.remove(scopes.size() - 1);
        if (TRACKS_DROPS) {
            for (int i = slots.size() - 1; i >= 0; i--) {
                if (!borrowed.contains(slots.get(i))) {
                    emit(Op.DROP_LOCAL, slots.get(i), null, p);
                }
            }
        }
    }

    /** Emits drops for the scopes above {@code depth}, without popping them (break/continue). */
    void dropScopesAbove(int depth, Pos p) {
        if (!TRACKS_DROPS) {
            return;
        }
        for (int s = scopeSlots.size() - 1; s >= depth; s--) {
            List<Integer> slots = scopeSlots.get(s);
            for (int i = slots.size() - 1; i >= 0; i--) {
                if (!borrowed.contains(slots.get(i))) {
                    emit(Op.DROP_LOCAL, slots.get(i), null, p);
                }
            }
        }
    }

    int declare(String name) {
        int s = newSlot();
        scopes.get(scopes.size() - 1).put(name, s);
        scopeSlots.get(scopeSlots.size() - 1).add(s);
        return s;
    }

    /** A slot for a name, creating a capture when the name lives in an enclosing function. */
    Integer lookup(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Integer s = scopes.get(i).get(name);
            if (s != null) {
                return s;
            }
        }
        if (parent != null) {
            Integer outer = parent.lookup(name);
            if (outer != null) {
                int s = newSlot();
                scopes.get(0).put(name, s);
                captureFrom.add(outer);
                proto.captureFrom.add(outer);
                proto.captureSlots.add(s);
                proto.captureBorrowed.add(!isMove);
                if (!isMove || parent.borrowed.contains(outer)) {
                    borrowed.add(s); // a borrowing capture, or a moved copy of a reference: never dropped here
                }
                return s;
            }
        }
        return null;
    }

    void finish() {
        proto.code = code.toArray(new Insn[0]);
        Fusion.mark(proto.code);
        proto.nlocals = nslots;
        proto.borrowed = new boolean[nslots];
        for (int b : borrowed) {
            proto.borrowed[b] = true;
        }
        if (!proto.isAsync && proto.name.startsWith("closure@")) {
            // a closure's captures are its own state: a call leaves them to the closure (which drops them when it is dropped)
            for (int s : proto.captureSlots) {
                proto.borrowed[s] = true;
            }
        }
    }
}
