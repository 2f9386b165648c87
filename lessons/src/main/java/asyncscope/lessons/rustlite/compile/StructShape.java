package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.value.TypeInfo;
import java.util.List;

/** How to build a struct (or struct-like enum variant) from the values on the stack. */
public record StructShape(TypeInfo info, String enumType, String variant, List<String> names, boolean hasBase) {
    public static final Object FROM_BASE = new Object();

    StructShape(TypeInfo info, String enumType, String variant, List<String> names) {
        this(info, enumType, variant, names, false);
    }
}
