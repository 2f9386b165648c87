package asyncscope.lessons.rustlite.compile;

/**
 * A call of a generic function with type arguments the caller knows: from a turbofish ({@code make::<Config>()})
 * or from the type its result is expected to have ({@code let v: Vec<Square> = build(..)} binds {@code S} of
 * {@code -> Vec<S>}). One type is pushed below the arguments for each name in {@code params}, in order.
 */
public record GenericCall(Proto proto, String[] params) {
    @Override
    public String toString() {
        return proto.name;
    }
}
