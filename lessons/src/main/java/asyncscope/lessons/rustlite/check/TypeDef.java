package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checker knows about one named type: a user struct or enum (its fields, variants and derives), or a
 * std/Tokio type from the model ({@code std.rs}, {@code methods.txt}). A type whose complete method list is known
 * is <em>closed</em>: calling a method it lacks is rustc's E0599. Anything else is <em>open</em> and never refused.
 */
final class TypeDef {
    final String key;
    final String display;
    final List<String> generics;
    final boolean enumKind;
    final boolean user;

    /** Shown as {@code Name<'_, T>} (a guard or a borrow). */
    boolean lifetime;
    /** TRUE: Copy; FALSE: certainly not Copy; null: not known. */
    Boolean copy;
    /** Why a value of this type makes a future not Send ({@code "rc"}, {@code "guard"}, {@code "cell"}), or null. */
    String notSend;
    /** What {@code *x} and auto-deref reach: {@code "arg0"}, {@code "str"}, {@code "slice"}, {@code "open"} (a user Deref), or null. */
    String deref;
    /** Every method callable on the type (null: not known, the type is open). */
    Set<String> methods;
    /** rustc's {@code #[must_use]} on the type: an unused value warns {@code unused `X` that must be used}. */
    boolean mustUse;
    /** The reason rustc's {@code #[must_use = "..."]} gives, printed as a note; null without one. */
    String mustUseNote;
    /** An iterator of the model (adapters keep the item type). */
    boolean iterator;
    /** How rustc's E0599 headline prints the generic type when it differs from name and parameters ({@code HashMap<K, V, S, A>}). */
    String declaredOverride;

    // user types
    Item item;
    final Map<String, TypeRef> fields = new LinkedHashMap<>();
    boolean tuple;
    final Map<String, Item.Variant> variants = new LinkedHashMap<>();
    final Set<String> derives = new HashSet<>();
    /** Traits the program implements for it. */
    final Set<String> traits = new HashSet<>();
    /** Methods of the program's inherent and trait impls, by name. */
    final Map<String, List<Sig>> userMethods = new LinkedHashMap<>();

    TypeDef(String key, String display, List<String> generics, boolean enumKind, boolean user) {
        this.key = key;
        this.display = display;
        this.generics = List.copyOf(generics);
        this.enumKind = enumKind;
        this.user = user;
    }

    boolean closed() {
        return methods != null;
    }

    void addUserMethod(Sig s) {
        userMethods.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
    }

    /** The name with its declared parameters, as rustc's E0599 headline shows a generic type: {@code Option<T>}. */
    String declared() {
        if (declaredOverride != null) {
            return declaredOverride;
        }
        if (generics.isEmpty()) {
            return display;
        }
        return display + "<" + (lifetime ? "'_, " : "") + String.join(", ", generics) + ">";
    }

    @Override
    public String toString() {
        return key;
    }
}
