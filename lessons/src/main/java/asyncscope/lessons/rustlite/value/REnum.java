package asyncscope.lessons.rustlite.value;

import java.util.Arrays;
import java.util.List;

/**
 * A value of an enum: {@code Option}, {@code Result} or a user enum. {@code fieldNames} is set for
 * struct-like variants ({@code Msg::Move { x, y }}), null otherwise.
 */
public final class REnum {
    public final String type;
    public final String variant;
    public final Object[] fields;
    public final List<String> fieldNames;
    public final TypeInfo info;
    /** For std's and Tokio's error enums: which module's type it is ({@code "mpsc"}, {@code "broadcast"}...), as their texts differ. */
    public final String family;

    public REnum(String type, String variant, Object[] fields, List<String> fieldNames, TypeInfo info) {
        this(type, variant, fields, fieldNames, info, null);
    }

    public REnum(String type, String variant, Object[] fields, List<String> fieldNames, TypeInfo info, String family) {
        this.type = type;
        this.variant = variant;
        this.fields = fields;
        this.fieldNames = fieldNames;
        this.info = info;
        this.family = family;
    }

    /** A variant of a std or Tokio error enum of the given family (see {@link StdErrors}). */
    public static REnum stdError(String family, String type, String variant, Object... fields) {
        return new REnum(type, variant, fields.length == 0 ? NONE_FIELDS : fields, null, null, family);
    }

    public static final Object[] NONE_FIELDS = new Object[0];
    public static final REnum NONE = new REnum("Option", "None", NONE_FIELDS, null, null);

    public static REnum some(Object v) {
        return new REnum("Option", "Some", new Object[] {v}, null, null);
    }

    public static REnum option(Object v) {
        return v == null ? NONE : some(v);
    }

    public static REnum ok(Object v) {
        return new REnum("Result", "Ok", new Object[] {v}, null, null);
    }

    public static REnum err(Object v) {
        return new REnum("Result", "Err", new Object[] {v}, null, null);
    }

    public boolean is(String v) {
        return variant.equals(v);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof REnum e) || !e.type.equals(type)) {
            return false;
        }
        if (info != null && info.eqFn != null && e.info == info) {
            UserOps ops = UserOps.current();
            Boolean r = ops == null ? null : ops.userEq(info, this, e);
            if (r != null) {
                return r;
            }
        }
        return e.variant.equals(variant) && Arrays.equals(e.fields, fields);
    }

    @Override
    public int hashCode() {
        return variant.hashCode() * 31 + Arrays.hashCode(fields);
    }
}
