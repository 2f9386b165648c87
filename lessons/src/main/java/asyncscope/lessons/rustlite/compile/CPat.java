package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.value.IntTy;
import java.util.List;

/** A compiled pattern: bindings are resolved to local slots, literals to run-time values. */
public sealed interface CPat {
    record Wild() implements CPat {}

    record Bind(int slot, CPat sub, IntTy intTy) implements CPat {}

    record Lit(Object value) implements CPat {}

    record Range(Object lo, Object hi, boolean inclusive) implements CPat {}

    /** {@code rest} is the index of {@code ..} in items, or -1. */
    record Tuple(List<CPat> items, int rest) implements CPat {}

    /** An enum variant ({@code type} may be null for Option/Result written bare) or a tuple struct. */
    /** {@code rest}: where a {@code ..} stands among the items ({@code Say(..)}, {@code Move(x, ..)}), or -1. */
    record Variant(String type, String variant, List<CPat> items, int rest) implements CPat {
        public Variant(String type, String variant, List<CPat> items) {
            this(type, variant, items, -1);
        }
    }

    record Struct(String type, String variant, List<String> names, List<CPat> pats) implements CPat {}

    record Or(List<CPat> alts) implements CPat {}

    record Slice(List<CPat> items, int rest) implements CPat {}
}
