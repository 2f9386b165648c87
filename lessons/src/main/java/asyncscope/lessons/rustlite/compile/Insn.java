package asyncscope.lessons.rustlite.compile;

/** One instruction: opcode, an int operand, an object operand, and the source position it came from. */
public final class Insn {
    public final Op op;
    public int a;
    public final Object o;
    public final int line;
    public final int col;

    public Insn(Op op, int a, Object o, int line, int col) {
        this.op = op;
        this.a = a;
        this.o = o;
        this.line = line;
        this.col = col;
    }

    @Override
    public String toString() {
        return op + " " + a + (o == null ? "" : " " + o);
    }
}
