package asyncscope.lessons.rustlite.value;

/** A Rust {@code char}: one Unicode code point. */
public record RChar(int cp) {
    @Override
    public String toString() {
        return new String(Character.toChars(cp));
    }
}
