package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.TypeRef;
import java.util.List;

/**
 * A function or method signature as written (types not yet instantiated): the owner type (null for a free
 * function), the owner's generic parameters and the function's own, how it takes {@code self}, parameter and
 * return types, whether it is {@code async}, and the item it came from (user code: for notes and positions;
 * the model: null position).
 */
record Sig(String name, TypeDef owner, TypeRef ownerRef, List<String> ownerGenerics, List<String> generics, String selfKind,
           List<TypeRef> params, TypeRef ret, boolean isAsync, Item.Fn item, boolean user) {
    boolean hasSelf() {
        return !selfKind.isEmpty();
    }

    /** True when the method takes {@code self} by value (calling it moves a non-Copy receiver). */
    boolean consumesSelf() {
        return selfKind.equals("self");
    }
}
