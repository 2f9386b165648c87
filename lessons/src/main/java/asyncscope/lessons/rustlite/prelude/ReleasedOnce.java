package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Droppable;
import asyncscope.lessons.rustlite.value.Fmt;

/**
 * What the prelude's handles share when they are dropped: a channel end, a permit, a weak pointer or a guard gives
 * its resource back exactly once, however many times Rust-lite's ownership tracking reaches it (a scope end, a
 * {@code drop(x)}, a statement's temporaries).
 */
abstract class ReleasedOnce implements Droppable {
    private boolean released;

    ReleasedOnce() {
    }

    /** A handle that starts out released (a place that holds no lock). */
    ReleasedOnce(boolean held) {
        this.released = !held;
    }

    /** Gives the resource back; called once. */
    protected abstract void onRelease();

    @Override
    public final synchronized void release() {
        if (!released) {
            released = true;
            onRelease();
        }
    }

    /**
     * A held lock or borrow ({@code MutexGuard}, {@code RwLock} guards, {@code RefCell}'s {@code Ref}, watch's
     * {@code Ref}): reads and writes go to the value it guards, it prints as that value, and dropping it unlocks.
     */
    abstract static class Guard extends ReleasedOnce implements Derefable, Fmt.Displayable {
        Guard() {
        }

        Guard(boolean held) {
            super(held);
        }

        @Override
        public String display() {
            return Fmt.display(get());
        }

        @Override
        public String debug() {
            return Fmt.debug(get(), false);
        }
    }
}
