package asyncscope.lessons.rustlite.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Nested lexical scopes of local variables; an inner {@code let} shadows an outer one of the same name. */
final class Scope {
    private final List<Map<String, Local>> frames = new ArrayList<>();

    void push() {
        frames.add(new HashMap<>());
    }

    void pop() {
        frames.remove(frames.size() - 1);
    }

    void declare(Local l) {
        frames.get(frames.size() - 1).put(l.name, l);
    }

    Local lookup(String name) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Local l = frames.get(i).get(name);
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    int depth() {
        return frames.size();
    }
}
