package asyncscope.lessons.rustlite.value;

import java.util.ArrayList;
import java.util.List;

/** A {@code Vec<T>} (also arrays, slices and {@code VecDeque}): a growable list shared by reference. */
public final class RVec {
    public final List<Object> items;

    public RVec(List<Object> items) {
        this.items = items;
    }

    public RVec() {
        this(new ArrayList<>());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RVec v && v.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
