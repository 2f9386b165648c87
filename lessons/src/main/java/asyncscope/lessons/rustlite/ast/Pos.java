package asyncscope.lessons.rustlite.ast;

/** A 1-based source position. */
public record Pos(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
