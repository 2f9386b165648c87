package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.value.RInt;

/**
 * Marks short instruction sequences the interpreter may run in one dispatch (superinstructions): an integer
 * operation on a variable and a constant ({@code x * 3}), on two variables, on the top of the stack and a
 * constant, an assignment statement's tail, and a loop body's tail. The instructions stay in the code (a jump may
 * land inside a sequence, and the interpreter runs them one by one whenever the values are not plain integers or
 * a watchdog check falls inside): a sequence counts as many steps as it has instructions, so the cost model
 * and the watchdog see exactly what they would see unfused.
 */
public final class Fusion {
    private Fusion() {}

    /** {@code LOAD a; CONST int; BIN op}. */
    public static final int LOAD_CONST_BIN = 1;
    /** {@code CONST int; BIN op}. */
    public static final int CONST_BIN = 2;
    /** {@code LOAD a; LOAD b; BIN op}. */
    public static final int LOAD_LOAD_BIN = 3;
    /** {@code ASSIGN_LOCAL a; UNIT; POP_DROP}: {@code a = v;} as a statement. */
    public static final int ASSIGN_STMT = 4;
    /** {@code UNIT; POP; DROP_LOCAL a; JUMP t}: the end of a {@code for} body. */
    public static final int LOOP_TAIL = 5;

    /** {@code NEXT it; PAT_OR_PANIC x}: a {@code for} loop's step binding a plain name. */
    public static final int NEXT_BIND = 6;
    /** {@code BIN op; ASSIGN_LOCAL a; UNIT; POP_DROP}: {@code a = b op c;} as a statement. */
    public static final int BIN_ASSIGN = 7;

    /**
     * {@code LOAD a; CONST c | LOAD b; BIN op; (CONST c; BIN op)+}: an arithmetic chain such as {@code (x * 3 + 1) % m},
     * computed on bare longs with one integer value built at the end.
     */
    public static final int CHAIN = 8;

    /** Instructions each kind spans (at most). */
    public static int length(int kind) {
        return switch (kind) {
            case LOAD_CONST_BIN, LOAD_LOAD_BIN, ASSIGN_STMT -> 3;
            case CONST_BIN, NEXT_BIND -> 2;
            case LOOP_TAIL, BIN_ASSIGN -> 4;
            default -> 1;
        };
    }

    public static void mark(Insn[] code) {
        for (int i = 0; i < code.length; i++) {
            Insn a = code[i];
            int chain = chainLength(code, i);
            if (chain > 0) {
                a.fuse = CHAIN;
                a.fuseLen = chain;
                continue;
            }
            Insn b = i + 1 < code.length ? code[i + 1] : null;
            Insn c = i + 2 < code.length ? code[i + 2] : null;
            Insn d = i + 3 < code.length ? code[i + 3] : null;
            if (a.op == Op.LOAD && b != null && b.op == Op.CONST && intConst(b) && c != null && binInt(c)) {
                a.fuse = LOAD_CONST_BIN;
            } else if (a.op == Op.CONST && intConst(a) && b != null && binInt(b)) {
                a.fuse = CONST_BIN;
            } else if (a.op == Op.LOAD && b != null && b.op == Op.LOAD && c != null && binInt(c)) {
                a.fuse = LOAD_LOAD_BIN;
            } else if (a.op == Op.ASSIGN_LOCAL && b != null && b.op == Op.UNIT && c != null && c.op == Op.POP_DROP) {
                a.fuse = ASSIGN_STMT;
            } else if (a.op == Op.UNIT && b != null && b.op == Op.POP && c != null && c.op == Op.DROP_LOCAL && d != null && d.op == Op.JUMP) {
                a.fuse = LOOP_TAIL;
            } else if (a.op == Op.NEXT && b != null && b.op == Op.PAT_OR_PANIC && b.o instanceof CPat.Bind bind && bind.sub() == null
                    && bind.intTy() == null) {
                a.fuse = NEXT_BIND;
            } else if (binInt(a) && b != null && b.op == Op.ASSIGN_LOCAL && c != null && c.op == Op.UNIT && d != null && d.op == Op.POP_DROP) {
                a.fuse = BIN_ASSIGN;
            }
            if (a.fuse != 0 && a.fuseLen == 0) {
                a.fuseLen = length(a.fuse);
            }
        }
    }

    /** The length of an arithmetic chain starting at {@code i} (at least two operators), or 0. */
    private static int chainLength(Insn[] code, int i) {
        if (i + 2 >= code.length || code[i].op != Op.LOAD || !arith(code[i + 2])
                || !(code[i + 1].op == Op.LOAD || code[i + 1].op == Op.CONST && intConst(code[i + 1]))) {
            return 0;
        }
        int n = 3;
        while (i + n + 1 < code.length && code[i + n].op == Op.CONST && intConst(code[i + n]) && arith(code[i + n + 1])) {
            n += 2;
        }
        return n > 3 ? n : 0;
    }

    private static boolean arith(Insn i) {
        return i.op == Op.BIN && i.k >= 0 && i.k <= asyncscope.lessons.rustlite.value.Arith.XOR;
    }

    private static boolean intConst(Insn i) {
        return i.k == 0 && i.o instanceof RInt;
    }

    private static boolean binInt(Insn i) {
        return i.op == Op.BIN && i.k >= 0;
    }
}
