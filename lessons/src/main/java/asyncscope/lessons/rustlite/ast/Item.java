package asyncscope.lessons.rustlite.ast;

import java.util.List;
import java.util.Map;

/** Top-level (or nested) declarations. */
public sealed interface Item {
    Pos pos();

    /** An attribute like {@code #[tokio::main(flavor = "current_thread")]}: path and {@code key = value} arguments. */
    record Attr(Pos pos, String path, Map<String, Object> args, List<String> words) {
        /** The attribute the parser adds to an enum naming its {@code #[default]} variant (no program can write it). */
        public static final String DEFAULT_VARIANT = "default variant";
    }

    /**
     * A function or method. {@code selfType} is the type of its {@code self} parameter ({@code Self} by value,
     * {@code &Self}, {@code &mut Self}; null without one); {@code generics} its type parameters with their bounds
     * (from the angle brackets and the {@code where} clause).
     */
    record Fn(Pos pos, String name, List<Expr.Param> params, TypeRef ret, Expr.Block body, boolean isAsync,
              boolean hasSelf, List<Attr> attrs, TypeRef selfType, List<Generic> generics) implements Item {
        public Fn(Pos pos, String name, List<Expr.Param> params, TypeRef ret, Expr.Block body, boolean isAsync,
                  boolean hasSelf, List<Attr> attrs) {
            this(pos, name, params, ret, body, isAsync, hasSelf, attrs, hasSelf ? new TypeRef("Self", List.of(), TypeRef.SHARED) : null,
                    List.of());
        }

        /** Whether {@code self} is taken by reference ({@code &self}, {@code &mut self}). */
        public boolean selfByRef() {
            return selfType != null && selfType.isRef();
        }
    }

    /** A type parameter {@code T: Bound + Other}. */
    record Generic(String name, List<TypeRef> bounds) {}

    /** A struct ({@code tuple} for {@code struct P(i32, i32);} and unit structs); {@code generics} its type parameters. */
    record Struct(Pos pos, String name, List<String> fields, List<TypeRef> types, boolean tuple, List<Attr> attrs,
                  List<Generic> generics) implements Item {
        public Struct(Pos pos, String name, List<String> fields, List<TypeRef> types, boolean tuple, List<Attr> attrs) {
            this(pos, name, fields, types, tuple, attrs, List.of());
        }
    }

    record Enum(Pos pos, String name, List<Variant> variants, List<Attr> attrs, List<Generic> generics) implements Item {
        public Enum(Pos pos, String name, List<Variant> variants, List<Attr> attrs) {
            this(pos, name, variants, attrs, List.of());
        }
    }

    /**
     * A variant: unit, tuple ({@code fieldNames} null, {@code arity} n) or struct-like ({@code fieldNames});
     * {@code types} are its fields' types in order.
     */
    record Variant(String name, int arity, List<String> fieldNames, Long discriminant, List<TypeRef> types) {
        public Variant(String name, int arity, List<String> fieldNames, Long discriminant) {
            this(name, arity, fieldNames, discriminant, List.of());
        }
    }

    /**
     * {@code impl Type} or {@code impl Trait<Args> for Type}; {@code traitType} keeps the trait's generic arguments,
     * {@code generics} the impl's type parameters ({@code impl<T: Display> Show for T} is a blanket impl).
     */
    record Impl(Pos pos, String trait, String type, List<Fn> methods, List<Const> consts, TypeRef traitType,
                TypeRef selfType, List<Generic> generics) implements Item {
        public Impl(Pos pos, String trait, String type, List<Fn> methods, List<Const> consts) {
            this(pos, trait, type, methods, consts, trait == null ? null : new TypeRef(trait, List.of()), new TypeRef(type, List.of()));
        }

        public Impl(Pos pos, String trait, String type, List<Fn> methods, List<Const> consts, TypeRef traitType, TypeRef selfType) {
            this(pos, trait, type, methods, consts, traitType, selfType, List.of());
        }
    }

    /** {@code use a::b::{c, d as e};} flattened to alias -> full path. */
    record Use(Pos pos, Map<String, String> aliases) implements Item {}

    /** A {@code const} (inlined at each use) or a {@code static} (one value for the whole run). */
    record Const(Pos pos, String name, TypeRef type, Expr value, boolean isStatic) implements Item {
        public Const(Pos pos, String name, TypeRef type, Expr value) {
            this(pos, name, type, value, false);
        }
    }

    /**
     * A trait: only its default method bodies matter at run time (copied into each implementing type);
     * {@code required} are the methods declared without a body (the checker reads their signatures).
     */
    record Trait(Pos pos, String name, List<Fn> defaults, List<Fn> required) implements Item {
        public Trait(Pos pos, String name, List<Fn> defaults) {
            this(pos, name, defaults, List.of());
        }
    }

    /** {@code mod name { items }}: Rust-lite flattens modules; {@code name::item} paths resolve to the item. */
    record Mod(Pos pos, String name, List<Item> items) implements Item {}

    /** Parsed and ignored: type aliases, {@code mod name;} declarations. */
    record Ignored(Pos pos, String what) implements Item {}
}
