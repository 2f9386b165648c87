package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pos;

/**
 * One local variable (a {@code let} binding, a parameter, a pattern binding): its name, inferred type, where it
 * was declared, and the body it belongs to ({@code owner}: the fn, closure or async block whose frame holds it),
 * so a use from a nested closure or async block is known to be a capture.
 */
final class Local {
    final String name;
    final Ty ty;
    final boolean mutable;
    final Pos pos;
    final Expr owner;
    final int id;
    /** Declared by {@code let} in an async body (so it lives in the future's state across an {@code .await}). */
    final boolean param;

    Local(String name, Ty ty, boolean mutable, Pos pos, Expr owner, int id, boolean param) {
        this.name = name;
        this.ty = ty;
        this.mutable = mutable;
        this.pos = pos;
        this.owner = owner;
        this.id = id;
        this.param = param;
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
