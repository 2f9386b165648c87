package asyncscope.lessons.rustlite.value;

import java.util.Arrays;

/** A tuple {@code (a, b, ...)}. */
public record RTuple(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof RTuple t && Arrays.equals(t.items, items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }
}
