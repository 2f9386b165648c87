package asyncscope.lessons.rustlite.ast;

import java.util.List;
import java.util.Map;

/** Top-level (or nested) declarations. */
public sealed interface Item {
    Pos pos();

    /** An attribute like {@code #[tokio::main(flavor = "current_thread")]}: path and {@code key = value} arguments. */
    record Attr(Pos pos, String path, Map<String, Object> args, List<String> words) {}

    record Fn(Pos pos, String name, List<Expr.Param> params, TypeRef ret, Expr.Block body, boolean isAsync,
              boolean hasSelf, List<Attr> attrs) implements Item {}

    record Struct(Pos pos, String name, List<String> fields, List<TypeRef> types, boolean tuple, List<Attr> attrs) implements Item {}

    record Enum(Pos pos, String name, List<Variant> variants, List<Attr> attrs) implements Item {}

    /** A variant: unit, tuple ({@code fieldNames} null, {@code arity} n) or struct-like ({@code fieldNames}). */
    record Variant(String name, int arity, List<String> fieldNames, Long discriminant) {}

    record Impl(Pos pos, String trait, String type, List<Fn> methods, List<Const> consts) implements Item {}

    /** {@code use a::b::{c, d as e};} flattened to alias -> full path. */
    record Use(Pos pos, Map<String, String> aliases) implements Item {}

    record Const(Pos pos, String name, TypeRef type, Expr value) implements Item {}

    /** A trait: only its default method bodies matter at run time (copied into each implementing type). */
    record Trait(Pos pos, String name, List<Fn> defaults) implements Item {}

    /** {@code mod name { items }}: Rust-lite flattens modules; {@code name::item} paths resolve to the item. */
    record Mod(Pos pos, String name, List<Item> items) implements Item {}

    /** Parsed and ignored: type aliases, {@code mod name;} declarations. */
    record Ignored(Pos pos, String what) implements Item {}
}
