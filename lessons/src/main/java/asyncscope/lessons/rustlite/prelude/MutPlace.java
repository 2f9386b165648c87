package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.interp.Derefable;

/**
 * The {@code &mut T} a program's closure receives for a value the prelude holds while the closure runs: {@code scan}'s
 * state, the value a watch {@code send_modify} closure edits. The prelude reads {@link #value} back afterwards.
 */
final class MutPlace implements Derefable {
    Object value;

    MutPlace(Object value) {
        this.value = value;
    }

    @Override
    public Object get() {
        return value;
    }

    @Override
    public void set(Object v) {
        value = v;
    }
}
