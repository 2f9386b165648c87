package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.Unit;

/**
 * {@code std::cell}: {@code Cell} (get/set/replace/take of a value) and {@code RefCell}, whose borrows are checked
 * at run time as Rust checks them: any number of {@code borrow()}s or one {@code borrow_mut()}, and a conflicting
 * borrow panics with Rust's message ("RefCell already borrowed"). A borrow ends when its guard is dropped: at the
 * end of the statement for a temporary, at the end of the scope for a variable.
 */
final class CellPrelude {
    private CellPrelude() {}

    static void install() {
        Prelude.register("std::cell::RefCell::new, cell::RefCell::new, RefCell::new", (in, a, at) -> new RefCell(a[0]));
        Prelude.register("std::cell::Cell::new, cell::Cell::new, Cell::new", (in, a, at) -> new Cell(a[0]));
    }

    static final class Cell implements Methods.HasMethods, Fmt.Displayable, asyncscope.lessons.rustlite.interp.Owner {
        @Override
        public Iterable<Object> owned() {
            return java.util.Collections.singletonList(value);
        }

        Object value;

        Cell(Object value) {
            this.value = value;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "get", "into_inner" -> {
                    return Methods.cloneValue(value);
                }
                case "set" -> {
                    value = args[0];
                    return Unit.UNIT;
                }
                case "replace" -> {
                    Object old = value;
                    value = args[0];
                    return old;
                }
                case "take" -> {
                    Object old = value;
                    value = Defaults.of(old);
                    return old;
                }
                case "clone" -> {
                    return new Cell(Methods.cloneValue(value));
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "Cell { value: " + Fmt.debug(value, false) + " }";
        }
    }

    static final class RefCell implements Methods.HasMethods, Fmt.Displayable, asyncscope.lessons.rustlite.interp.Owner {
        @Override
        public Iterable<Object> owned() {
            return java.util.Collections.singletonList(value);
        }

        Object value;
        int readers;
        boolean writing;

        RefCell(Object value) {
            this.value = value;
        }

        synchronized Ref borrow(boolean mutable, boolean tryOnly) {
            if (writing || mutable && readers > 0) {
                if (tryOnly) {
                    return null;
                }
                throw new RPanic(mutable ? "RefCell already borrowed" : "RefCell already mutably borrowed");
            }
            if (mutable) {
                writing = true;
            } else {
                readers++;
            }
            return new Ref(this, mutable);
        }

        synchronized void end(boolean mutable) {
            if (mutable) {
                writing = false;
            } else {
                readers--;
            }
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "borrow" -> {
                    return borrow(false, false);
                }
                case "borrow_mut" -> {
                    return borrow(true, false);
                }
                case "try_borrow", "try_borrow_mut" -> {
                    boolean mut = name.equals("try_borrow_mut");
                    Ref r = borrow(mut, true);
                    return r != null ? REnum.ok(r) : REnum.err(new SyncPrelude.ErrVal(
                            mut ? "RefCell already borrowed" : "RefCell already mutably borrowed", mut ? "BorrowMutError" : "BorrowError"));
                }
                case "into_inner", "get_mut" -> {
                    return value;
                }
                case "replace" -> {
                    borrow(true, false).release();
                    Object old = value;
                    value = args[0];
                    return old;
                }
                case "take" -> {
                    borrow(true, false).release();
                    Object old = value;
                    value = Defaults.of(old);
                    return old;
                }
                case "clone" -> {
                    Ref r = borrow(false, false);
                    r.release();
                    return new RefCell(Methods.cloneValue(value));
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public synchronized String display() {
            return writing ? "RefCell { value: <borrowed> }" : "RefCell { value: " + Fmt.debug(value, false) + " }";
        }
    }

    /** A {@code Ref} or {@code RefMut}: reads (and for RefMut writes) the cell's value; dropping it ends the borrow. */
    static final class Ref extends ReleasedOnce.Guard {
        final RefCell cell;
        final boolean mutable;

        Ref(RefCell cell, boolean mutable) {
            this.cell = cell;
            this.mutable = mutable;
        }

        @Override
        public Object get() {
            return cell.value;
        }

        @Override
        public void set(Object v) {
            if (!mutable) {
                throw new RPanic("cannot assign through a `Ref` (use borrow_mut)");
            }
            cell.value = v;
        }

        @Override
        protected void onRelease() {
            cell.end(mutable);
        }

        @Override
        public String display() {
            return Fmt.display(cell.value);
        }

        @Override
        public String debug() {
            return Fmt.debug(cell.value, false);
        }
    }
}
