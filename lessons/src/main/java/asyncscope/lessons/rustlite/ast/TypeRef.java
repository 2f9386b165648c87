package asyncscope.lessons.rustlite.ast;

import java.util.List;

/**
 * A parsed type, reduced to what Rust-lite uses: {@code name} is the last path segment ({@code u64},
 * {@code Vec}, {@code Option}), {@code args} its generic arguments, and {@code ref} whether it is a reference
 * ({@link #NONE}, {@link #SHARED} {@code &T}, {@link #MUT} {@code &mut T}; {@code &&T} counts as shared).
 * A reference is a copy, never an owner: a variable or parameter of a reference type is not moved out by use
 * and not dropped when its scope ends.
 * <p>
 * For the checking pass: {@code form} says what kind of type it is ({@link #PATH}; {@link #ARRAY} {@code [T; N]}
 * and {@link #SLICE} {@code [T]}, both named {@code Vec}; {@link #TUPLE}; {@link #UNIT}; {@link #IMPL}/{@link #DYN}
 * {@code impl Trait}, named after the first bound; {@link #FN} {@code fn(A) -> R} and {@link #FN_SUGAR}
 * {@code Fn(A) -> R}, whose args are a tuple of the parameters and the return type; {@link #NEVER}; {@link #INFER_FORM}
 * {@code _}), and {@code path} is the path as written ({@code std::sync::Mutex}), so std's and Tokio's types stay apart.
 */
public record TypeRef(String name, List<TypeRef> args, int ref, String form, String path) {
    public static final int NONE = 0;
    public static final int SHARED = 1;
    public static final int MUT = 2;

    public static final String PATH = "path";
    public static final String ARRAY = "array";
    public static final String SLICE = "slice";
    public static final String TUPLE = "tuple";
    public static final String UNIT = "unit";
    public static final String IMPL = "impl";
    public static final String DYN = "dyn";
    public static final String FN = "fn";
    public static final String FN_SUGAR = "fn_sugar";
    public static final String NEVER = "never";
    public static final String INFER_FORM = "infer";

    public static final TypeRef INFER = new TypeRef("_", List.of(), NONE, INFER_FORM, "_");

    public TypeRef(String name, List<TypeRef> args) {
        this(name, args, NONE);
    }

    public TypeRef(String name, List<TypeRef> args, int ref) {
        this(name, args, ref, PATH, name);
    }

    public boolean isRef() {
        return ref != NONE;
    }

    /** This type behind a reference ({@code &T} or {@code &mut T}). */
    public TypeRef asRef(boolean mutable) {
        return new TypeRef(name, args, mutable ? MUT : SHARED, form, path);
    }

    /** A type of another form than a plain path. */
    public static TypeRef of(String name, List<TypeRef> args, String form) {
        return new TypeRef(name, args, NONE, form, name);
    }
}
