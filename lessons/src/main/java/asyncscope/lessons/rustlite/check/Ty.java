package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import java.util.List;

/**
 * A type as the checker infers it. {@link Unknown} is the checker's honesty: whatever it cannot know (a generic, an
 * unmodelled library type, a trait object) is Unknown, and Unknown agrees with every other type, so not knowing
 * never turns into an error. {@link Var} is an inference variable (an integer or float literal's type is a Var of
 * that kind until something fixes it, as rustc's {@code {integer}}).
 */
public sealed interface Ty {
    Ty UNKNOWN = new Unknown();
    Ty UNIT = new Tuple(List.of());
    Ty NEVER = new Never();

    record Unknown() implements Ty {}

    record Never() implements Ty {}

    /** {@code i32}, {@code u64}, {@code f64}, {@code bool}, {@code char}, {@code str}. */
    record Prim(String name) implements Ty {
        public boolean isInt() {
            return switch (name) {
                case "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize" -> true;
                default -> false;
            };
        }

        public boolean isFloat() {
            return name.equals("f32") || name.equals("f64");
        }
    }

    record Tuple(List<Ty> items) implements Ty {}

    record Ref(boolean mutable, Ty inner) implements Ty {}

    /** A named type: a user struct or enum, or a modelled std/Tokio type. */
    record Adt(TypeDef def, List<Ty> args) implements Ty {
        public Ty arg(int i) {
            return i < args.size() ? args.get(i) : UNKNOWN;
        }
    }

    /** {@code [T; N]} ({@code slice} false, {@code len} -1 when unknown) or the unsized {@code [T]}. */
    record Array(Ty elem, boolean slice, long len) implements Ty {}

    /** A function item or pointer; {@code sig} is null for a pointer. */
    record FnTy(List<Ty> params, Ty ret, Sig sig) implements Ty {}

    /** A closure: its parameter and return types as inferred, and the node (for notes). */
    record Closure(List<Ty> params, Ty ret, Expr node) implements Ty {}

    /**
     * The future an {@code async fn} call or an {@code async} block makes ({@code impl Future<Output = T>}).
     * {@code fnName} names the async fn (null for a block), {@code node} is the async block or the call.
     */
    record Future(Ty output, String fnName, Expr node) implements Ty {}

    /** A generic type parameter: nothing is known about it. */
    record Param(String name) implements Ty {}

    /** An inference variable; {@code kind} says whether only integers or only floats may fill it. */
    final class Var implements Ty {
        public enum Kind { ANY, INT, FLOAT }

        final int id;
        Kind kind;
        Ty bound;

        Var(int id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        @Override
        public String toString() {
            return "?" + id + (kind == Kind.ANY ? "" : kind == Kind.INT ? "i" : "f");
        }
    }
}
