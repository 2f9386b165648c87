package asyncscope.lessons.rustlite.ast;

import java.util.List;

/**
 * A parsed type. Rust-lite has no type checker: types are kept only where they change run-time behaviour
 * (integer widths for overflow, {@code as} casts). {@code name} is the last path segment ({@code u64},
 * {@code Vec}, {@code Option}), {@code args} its generic arguments.
 */
public record TypeRef(String name, List<TypeRef> args) {
    public static final TypeRef INFER = new TypeRef("_", List.of());
}
