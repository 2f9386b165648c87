package asyncscope.lessons.rustlite.ast;

import java.util.List;

/** Rust-lite expressions. Rust is expression-oriented: blocks, {@code if}, {@code match} and loops are expressions. */
public sealed interface Expr {
    Pos pos();

    /** A literal: Long (with suffix) for integers, Double, String, Character (as String of one code point), Boolean. */
    record Lit(Pos pos, Object value, String suffix) implements Expr {}

    /** {@code x}, {@code Vec::new}, {@code tokio::spawn}, {@code Vec::<i32>::new} (generics dropped). */
    record Path(Pos pos, List<String> segments, TypeRef generic, List<TypeRef> generics) implements Expr {
        public Path(Pos pos, List<String> segments, TypeRef generic) {
            this(pos, segments, generic, generic == null ? List.of() : List.of(generic));
        }

        public String joined() {
            return String.join("::", segments);
        }
    }

    record Unary(Pos pos, String op, Expr operand) implements Expr {}

    record Binary(Pos pos, String op, Expr left, Expr right) implements Expr {}

    /** {@code target = value} or a compound {@code target += value} (op is "=" or "+=", ...). */
    record Assign(Pos pos, String op, Expr target, Expr value) implements Expr {}

    record Call(Pos pos, Expr callee, List<Expr> args) implements Expr {}

    /** {@code recv.name::<T>(args)}; {@code turbofish} is null when absent. */
    record MethodCall(Pos pos, Expr receiver, String name, TypeRef turbofish, List<Expr> args) implements Expr {}

    /** {@code e.name} or a tuple field {@code e.0}. */
    record Field(Pos pos, Expr receiver, String name) implements Expr {}

    record Index(Pos pos, Expr receiver, Expr index) implements Expr {}

    /** {@code e.await}; pos is the position of {@code await}. */
    record Await(Pos pos, Expr future) implements Expr {}

    /** {@code e?} */
    record Try(Pos pos, Expr operand) implements Expr {}

    /**
     * {@code &e} or {@code &mut e}. A shared reference is the value itself at run time (nothing can change it
     * through the reference); {@code &mut local} is a reference to the variable, so assignments through it reach it.
     */
    record Ref(Pos pos, Expr operand, boolean mutable) implements Expr {
        public Ref(Pos pos, Expr operand) {
            this(pos, operand, false);
        }
    }

    /** {@code *e} — transparent except on a lock guard, where it reads or writes the guarded value. */
    record Deref(Pos pos, Expr operand) implements Expr {}

    /** {@code e as u64} */
    record Cast(Pos pos, Expr operand, TypeRef type) implements Expr {}

    record Block(Pos pos, List<Stmt> stmts, Expr tail, boolean unsafe) implements Expr {}

    record If(Pos pos, Expr cond, Block then, Expr otherwise) implements Expr {}

    record IfLet(Pos pos, Pat pat, Expr value, Block then, Expr otherwise) implements Expr {}

    record While(Pos pos, String label, Expr cond, Block body) implements Expr {}

    record WhileLet(Pos pos, String label, Pat pat, Expr value, Block body) implements Expr {}

    record Loop(Pos pos, String label, Block body) implements Expr {}

    record For(Pos pos, String label, Pat pat, Expr iter, Block body) implements Expr {}

    record Break(Pos pos, String label, Expr value) implements Expr {}

    record Continue(Pos pos, String label) implements Expr {}

    record Return(Pos pos, Expr value) implements Expr {}

    record Match(Pos pos, Expr scrutinee, List<Arm> arms) implements Expr {}

    record Arm(Pos pos, Pat pat, Expr guard, Expr body) {}

    record Closure(Pos pos, List<Param> params, Expr body, boolean isMove, boolean isAsync) implements Expr {}

    record Async(Pos pos, Block body, boolean isMove) implements Expr {}

    record Tuple(Pos pos, List<Expr> items) implements Expr {}

    /** {@code [a, b]} or {@code vec![a, b]} */
    record Array(Pos pos, List<Expr> items) implements Expr {}

    /** {@code [v; n]} or {@code vec![v; n]} */
    record Repeat(Pos pos, Expr value, Expr count) implements Expr {}

    record StructLit(Pos pos, List<String> path, List<FieldInit> fields, Expr base) implements Expr {}

    record FieldInit(Pos pos, String name, Expr value) {}

    record Range(Pos pos, Expr lo, Expr hi, boolean inclusive) implements Expr {}

    /** {@code println!}, {@code format!}, {@code assert_eq!}, ... with arguments parsed as expressions. */
    record Macro(Pos pos, String name, List<Expr> args) implements Expr {}

    /** {@code tokio::join!(a, b)} / {@code tokio::try_join!}. */
    record Join(Pos pos, List<Expr> futures, boolean isTry) implements Expr {}

    /** {@code tokio::select! { biased; pat = fut, if cond => body, ..., else => body }} */
    record Select(Pos pos, boolean biased, List<SelectArm> arms, Expr elseBody) implements Expr {}

    record SelectArm(Pos pos, Pat pat, Expr future, Expr precondition, Expr body) {}

    /** {@code matches!(e, pat)} */
    record Matches(Pos pos, Expr value, Pat pat, Expr guard) implements Expr {}

    record Param(Pat pat, TypeRef type) {}
}
