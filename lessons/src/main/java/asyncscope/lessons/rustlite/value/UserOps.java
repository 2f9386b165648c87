package asyncscope.lessons.rustlite.value;

/**
 * The program's own comparison impls ({@code impl PartialEq}, {@code impl Ord}, {@code impl PartialOrd}), as the
 * value layer reaches them: {@link Values#eq} and {@link Values#compare} ask the running interpreter (found by
 * {@link #current}) to call them for a user type whose {@link TypeInfo} has one.
 */
public interface UserOps {
    /** {@code a == b} through the program's {@code eq} for {@code b}'s type; null when no impl takes such a {@code b}. */
    Boolean userEq(TypeInfo info, Object a, Object b);

    /** {@code a.cmp(b)} (or {@code partial_cmp}) through the program's impl: negative, zero or positive. */
    int userCompare(TypeInfo info, Object a, Object b);

    /** The interpreter running on this thread, or null outside a run; installed by the interpreter. */
    java.util.concurrent.atomic.AtomicReference<java.util.function.Supplier<UserOps>> SOURCE =
            new java.util.concurrent.atomic.AtomicReference<>(() -> null);

    static UserOps current() {
        return SOURCE.get().get();
    }
}
