package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.TypeRef;
import java.util.List;

/** Small readings of the AST the checker makes in several places. */
final class Ast {
    private Ast() {}

    /** The names of type parameters. */
    static List<String> names(List<Item.Generic> generics) {
        return generics == null ? List.of() : generics.stream().map(Item.Generic::name).toList();
    }

    /**
     * How a function takes its receiver: {@code ""} (no receiver), {@code "self"}, {@code "&self"} or
     * {@code "&mut self"} ({@code self: Box<Self>} and other typed receivers count as {@code self}).
     */
    static String selfKind(Item.Fn f) {
        TypeRef t = f.selfType();
        if (!f.hasSelf() || t == null) {
            return "";
        }
        return switch (t.ref()) {
            case TypeRef.MUT -> "&mut self";
            case TypeRef.SHARED -> "&self";
            default -> "self";
        };
    }
}
