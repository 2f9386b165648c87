package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.prelude.Methods;

/**
 * A {@code &mut} reference to a place: a local variable ({@code &mut n}), a field ({@code &mut self.count}) or
 * an element ({@code &mut v[i]}). A function given one can assign through it ({@code *x += 1},
 * {@code *v = Vec::new()}) and the owner of the place sees the change, as in Rust. Reads go through
 * {@link #get()}. A shared {@code &x} needs no such object: the value itself is passed, since nothing can change
 * it through the reference. Rust's borrow rules guarantee the place outlives the reference.
 *
 * <p>The prelude works on values: its functions and methods receive what a reference points at
 * ({@link #stripAll}), except the few that assign through their arguments ({@code std::mem::swap}).
 */
public sealed interface MutRef extends Derefable {

    /** {@code &mut x} for a local: the slot in its frame. */
    record Local(Object[] locals, int slot) implements MutRef {
        @Override
        public Object get() {
            return strip(locals[slot]);
        }

        @Override
        public void set(Object value) {
            if (locals[slot] instanceof MutRef r) {
                r.set(value); // the variable itself holds a reference: assign where it points
            } else {
                locals[slot] = value;
            }
        }
    }

    /** {@code &mut obj.name}: a field of a struct (or tuple) value. */
    record Field(Interp in, Object obj, String name) implements MutRef {
        @Override
        public Object get() {
            return strip(in.field(obj, name));
        }

        @Override
        public void set(Object value) {
            if (in.field(obj, name) instanceof MutRef r) {
                r.set(value);
            } else {
                in.setField(obj, name, value);
            }
        }
    }

    /** {@code &mut coll[index]}: an element of a Vec or an entry of a map. */
    record Element(Object coll, Object index) implements MutRef {
        @Override
        public Object get() {
            return strip(Methods.index(Interp.deref(coll), index));
        }

        @Override
        public void set(Object value) {
            Methods.setIndex(Interp.deref(coll), index, value);
        }
    }

    /** {@code v} itself, or the value a {@code &mut} reference points at. */
    static Object strip(Object v) {
        return v instanceof MutRef r ? r.get() : v;
    }

    /** {@link #strip} applied to each argument, copying the array only when one was a reference. */
    static Object[] stripAll(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MutRef r) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = r.get();
            }
        }
        return out;
    }
}
