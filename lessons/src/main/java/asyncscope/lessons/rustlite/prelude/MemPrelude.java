package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Native;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.Unit;

/**
 * {@code std::mem::{swap, take, replace}}: they assign through their {@code &mut} arguments, so they receive the
 * places themselves (a local, a field, an element, or a guard's value) and write the new values there.
 */
final class MemPrelude {
    private MemPrelude() {}

    static Derefable place(Object v, String fn) {
        if (v instanceof Derefable d) {
            return d;
        }
        throw new RPanic("std::mem::" + fn + " needs a `&mut` place");
    }

    static void install() {
        Prelude.registerNative("std::mem::swap, mem::swap", Native.places("swap", (in, a, at) -> {
            Derefable x = place(a[0], "swap");
            Derefable y = place(a[1], "swap");
            Object t = x.get();
            x.set(y.get());
            y.set(t);
            return Unit.UNIT;
        }));
        Prelude.registerNative("std::mem::take, mem::take", Native.places("take", (in, a, at) -> {
            Derefable x = place(a[0], "take");
            Object old = x.get();
            x.set(Defaults.of(old));
            return old;
        }));
        Prelude.registerNative("std::mem::replace, mem::replace", Native.places("replace", (in, a, at) -> {
            Derefable x = place(a[0], "replace");
            Object old = x.get();
            x.set(a[1] instanceof Derefable d && !(a[1] instanceof Methods.HasMethods) ? d.get() : a[1]);
            return old;
        }));
    }
}
