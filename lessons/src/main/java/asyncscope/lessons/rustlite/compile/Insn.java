package asyncscope.lessons.rustlite.compile;

/** One instruction: opcode, an int operand, an object operand, and the source position it came from. */
public final class Insn {
    public final Op op;
    public int a;
    public final Object o;
    public final int line;
    public final int col;

    /** For {@link Op#BIN}: the operator as an {@link asyncscope.lessons.rustlite.value.Arith} code (no string switch per run). */
    public final int k;
    /** A {@link Fusion} kind when this instruction starts a sequence the interpreter may run in one go, else 0. */
    public int fuse;
    /** How many instructions the fused sequence starting here spans. */
    public int fuseLen;

    public Insn(Op op, int a, Object o, int line, int col) {
        this.op = op;
        this.a = a;
        this.o = o;
        this.line = line;
        this.col = col;
        this.k = op == Op.BIN && o instanceof String s ? asyncscope.lessons.rustlite.value.Arith.code(s)
                : op == Op.CONST ? (o instanceof String || o instanceof ByteString ? 1 : 0) : -1;
    }

    @Override
    public String toString() {
        return op + " " + a + (o == null ? "" : " " + o);
    }
}
