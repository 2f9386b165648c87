package asyncscope.lessons.rustlite.ast;

/** Statements inside a block. */
public sealed interface Stmt {
    Pos pos();

    /** {@code let pat: T = init else { ... };} (type, init and else are optional). */
    record Let(Pos pos, Pat pat, TypeRef type, Expr init, Expr.Block elseBlock) implements Stmt {}

    /** An expression statement; {@code semi} tells whether a {@code ;} followed it. */
    record ExprStmt(Pos pos, Expr expr, boolean semi) implements Stmt {}

    /** A nested item (fn, struct, use...). */
    record ItemStmt(Pos pos, Item item) implements Stmt {}
}
