package asyncscope.lessons.rustlite.value;

/** {@code std::cmp::Reverse(x)}: the same value, ordered the other way round (for {@code sort_by_key}, heaps). */
public record RReverse(Object inner) implements Fmt.Displayable {
    @Override
    public String display() {
        return "Reverse(" + Fmt.debug(inner, false) + ")";
    }
}
