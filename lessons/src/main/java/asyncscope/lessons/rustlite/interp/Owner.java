package asyncscope.lessons.rustlite.interp;

/**
 * A prelude value that owns other values ({@code RefCell<T>}, {@code Cell<T>}, {@code Mutex<T>}, a {@code BinaryHeap},
 * a {@code HashSet}): when it is dropped, what it holds is dropped too, so an {@code Rc} inside goes back down and an
 * {@code impl Drop} inside runs, as Rust's drop glue does.
 */
public interface Owner {
    /** The values it holds, in the order Rust drops them. */
    Iterable<Object> owned();
}
