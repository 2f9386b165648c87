package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Droppable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.RArc;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;

/**
 * The rest of {@code Rc}/{@code Arc}'s associated functions — {@code try_unwrap}, {@code into_inner},
 * {@code get_mut}, {@code downgrade}, {@code weak_count} — and {@code Weak} ({@code new}, {@code upgrade}), for
 * parent links in trees and caches that must not keep their values alive.
 */
final class RcPrelude {
    private RcPrelude() {}

    static void install() {
        Prelude.register("Rc::try_unwrap, Arc::try_unwrap", (in, a, at) -> {
            RArc r = (RArc) a[0];
            if (r.strong.compareAndSet(1, 0)) {
                return REnum.ok(r.inner);
            }
            return REnum.err(r);
        });
        Prelude.register("Rc::into_inner, Arc::into_inner", (in, a, at) -> {
            RArc r = (RArc) a[0];
            return r.strong.decrementAndGet() == 0 ? REnum.some(r.inner) : REnum.NONE;
        });
        Prelude.register("Rc::get_mut, Arc::get_mut", (in, a, at) -> {
            RArc r = (RArc) a[0];
            return r.strong.get() == 1 && r.weak.get() == 0 ? REnum.some(r.inner) : REnum.NONE;
        });
        Prelude.register("Rc::downgrade, Arc::downgrade", (in, a, at) -> {
            RArc r = (RArc) a[0];
            r.weak.incrementAndGet();
            return new Weak(r);
        });
        Prelude.register("Rc::weak_count, Arc::weak_count", (in, a, at) -> RInt.usize(((RArc) a[0]).weak.get()));
        Prelude.register("std::rc::Weak::new, std::sync::Weak::new, rc::Weak::new, Weak::new", (in, a, at) -> new Weak(null));
    }

    /** {@code Weak<T>}: does not keep the value alive; {@code upgrade()} gives an Rc while some strong pointer remains. */
    static final class Weak implements Methods.HasMethods, Droppable, Fmt.Displayable {
        final RArc target;
        private boolean released;

        Weak(RArc target) {
            this.target = target;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "upgrade" -> {
                    RArc r = target == null ? null : target.upgrade();
                    return REnum.option(r);
                }
                case "clone" -> {
                    if (target != null) {
                        target.weak.incrementAndGet();
                    }
                    return new Weak(target);
                }
                case "strong_count" -> {
                    return RInt.usize(target == null ? 0 : target.strong.get());
                }
                case "weak_count" -> {
                    return RInt.usize(target == null || target.strong.get() == 0 ? 0 : target.weak.get());
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public synchronized void release() {
            if (!released && target != null) {
                released = true;
                target.weak.decrementAndGet();
            }
        }

        @Override
        public String display() {
            return "(Weak)";
        }
    }
}
