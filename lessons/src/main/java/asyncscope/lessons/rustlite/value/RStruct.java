package asyncscope.lessons.rustlite.value;

import java.util.Arrays;

/** A value of a user {@code struct}: its type info (name, field names, derives, Drop impl) and field values. */
public final class RStruct {
    public final TypeInfo info;
    public final Object[] fields;
    /** Set once its {@code Drop::drop} ran, so a value is never dropped twice. */
    public boolean dropped;

    public RStruct(TypeInfo info, Object[] fields) {
        this.info = info;
        this.fields = fields;
    }

    public int index(String field) {
        return info.fieldIndex(field);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RStruct s) || s.info != info) {
            return false;
        }
        if (info.eqFn != null) {
            UserOps ops = UserOps.current();
            Boolean r = ops == null ? null : ops.userEq(info, this, s);
            if (r != null) {
                return r;
            }
        }
        return Arrays.equals(s.fields, fields);
    }

    @Override
    public int hashCode() {
        return info.name.hashCode() * 31 + Arrays.hashCode(fields);
    }
}
