package asyncscope.lessons.rustlite.ast;

import java.util.List;

/**
 * A parsed type, reduced to what Rust-lite uses: {@code name} is the last path segment ({@code u64},
 * {@code Vec}, {@code Option}), {@code args} its generic arguments, and {@code ref} whether it is a reference
 * ({@link #NONE}, {@link #SHARED} {@code &T}, {@link #MUT} {@code &mut T}; {@code &&T} counts as shared).
 * A reference is a copy, never an owner: a variable or parameter of a reference type is not moved out by use
 * and not dropped when its scope ends.
 */
public record TypeRef(String name, List<TypeRef> args, int ref) {
    public static final int NONE = 0;
    public static final int SHARED = 1;
    public static final int MUT = 2;

    public static final TypeRef INFER = new TypeRef("_", List.of());

    public TypeRef(String name, List<TypeRef> args) {
        this(name, args, NONE);
    }

    public boolean isRef() {
        return ref != NONE;
    }

    /** This type behind a reference ({@code &T} or {@code &mut T}). */
    public TypeRef asRef(boolean mutable) {
        return new TypeRef(name, args, mutable ? MUT : SHARED);
    }
}
