package asyncscope.lessons.rustlite.interp;

/** A smart pointer the program sees through: {@code *guard}, {@code guard.field}, {@code guard.push(x)}. */
public interface Derefable {
    Object get();

    void set(Object value);
}
