package asyncscope.lessons.rustlite.value;

import java.util.List;
import java.util.Set;

/**
 * What the interpreter knows about a user type: its name, struct fields (with declared integer types, so
 * {@code Point { x: 5 }} with {@code x: u64} stores a u64), derives, and whether it implements {@code Drop}.
 */
public final class TypeInfo {
    public final String name;
    public final List<String> fields;
    public final List<IntTy> fieldInts;
    public final boolean tuple;
    public final Set<String> derives;
    public volatile boolean hasDrop;
    /** Declared field types (struct) for {@code #[derive(Default)]}; empty for enums. */
    public List<asyncscope.lessons.rustlite.ast.TypeRef> fieldTypes = List.of();
    /** The {@code #[default]} variant of an enum deriving Default (null without one). */
    public String defaultVariant;
    /**
     * The program's own {@code PartialEq::eq}, {@code Ord::cmp} and {@code PartialOrd::partial_cmp} for this type
     * (compiled functions, or null when the type derives or lacks them): {@link Values} calls them through
     * {@link UserOps} wherever values are compared (operators, sort, contains, map keys).
     */
    public volatile Object eqFn;
    public volatile Object cmpFn;
    public volatile Object partialCmpFn;

    public TypeInfo(String name, List<String> fields, List<IntTy> fieldInts, boolean tuple, Set<String> derives) {
        this.name = name;
        this.fields = fields;
        this.fieldInts = fieldInts;
        this.tuple = tuple;
        this.derives = derives;
    }

    /** Variant names of an enum in declaration order (for derived ordering). */
    public java.util.List<String> variants = java.util.List.of();

    public int variantOrder(String v) {
        return variants.indexOf(v);
    }

    public int fieldIndex(String f) {
        return fields.indexOf(f);
    }
}
