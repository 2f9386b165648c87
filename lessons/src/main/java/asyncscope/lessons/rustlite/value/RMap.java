package asyncscope.lessons.rustlite.value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A {@code HashMap} / {@code BTreeMap} (a BTreeMap iterates in key order; a HashMap in insertion order, deterministically). */
public final class RMap {
    public final Map<Object, Object> map;
    public final boolean sorted;

    public RMap(boolean sorted) {
        this.sorted = sorted;
        this.map = sorted ? new TreeMap<>(Values::compare) : new LinkedHashMap<>();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RMap m && m.map.equals(map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }
}
