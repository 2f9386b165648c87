package asyncscope.lessons.rustlite.value;

/** The unit value {@code ()}. */
public enum Unit {
    UNIT;

    @Override
    public String toString() {
        return "()";
    }
}
