package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.REnum;
import java.util.List;

/**
 * {@code std::iter}'s free functions: {@code once}, {@code empty}, {@code repeat}, {@code repeat_with},
 * {@code from_fn} (call a closure until it returns None) and {@code successors} (each item made from the last).
 * All lazy, so the endless ones are fine under {@code take} or {@code find}.
 */
final class IterSources {
    private IterSources() {}

    static void install() {
        Prelude.register("std::iter::once, iter::once", (in, a, at) -> RIter.over(List.of(a[0]).iterator()));
        Prelude.register("std::iter::empty, iter::empty", (in, a, at) -> RIter.over(List.of().iterator()));
        Prelude.register("std::iter::repeat, iter::repeat", (in, a, at) -> {
            Object v = a[0];
            return new RIter() {
                @Override
                protected Object advance() {
                    return Methods.cloneValue(v);
                }
            };
        });
        Prelude.register("std::iter::repeat_with, iter::repeat_with", (in, a, at) -> new RIter() {
            @Override
            protected Object advance() {
                return in.call(a[0], new Object[0], at);
            }
        });
        Prelude.register("std::iter::from_fn, iter::from_fn", (in, a, at) -> new RIter() {
            @Override
            protected Object advance() {
                Object r = in.call(a[0], new Object[0], at);
                return r instanceof REnum e && e.is("Some") ? e.fields[0] : null;
            }
        });
        Prelude.register("std::iter::successors, iter::successors", (in, a, at) -> new RIter() {
            Object next = a[0] instanceof REnum e && e.is("Some") ? e.fields[0] : null;

            @Override
            protected Object advance() {
                Object cur = next;
                if (cur != null) {
                    Object r = in.call(a[1], new Object[] {cur}, at);
                    next = r instanceof REnum e && e.is("Some") ? e.fields[0] : null;
                }
                return cur;
            }
        });
    }
}
