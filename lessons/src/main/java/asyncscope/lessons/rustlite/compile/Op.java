package asyncscope.lessons.rustlite.compile;

/** The instructions of the Rust-lite stack machine (see {@link Insn} for operands). */
public enum Op {
    CONST, UNIT, LOAD, MOVE, STORE, ASSIGN_LOCAL, DROP_LOCAL, POP, POP_DROP, DUP,
    JUMP, JF, JT,
    BIN, NEG, NOT, CAST,
    CALL, CALL_FN, CALL_NATIVE, METHOD, CALL_GENERIC, ASSOC_CALL,
    FIELD, SET_FIELD, INDEX, SET_INDEX, DEREF, SET_DEREF, REF_LOCAL, REF_FIELD, REF_INDEX,
    TUPLE, VEC, REPEAT, STRUCT, RANGE,
    PAT, PAT_OR_PANIC,
    AWAIT, RET, TRY,
    CLOSURE, ASYNC,
    ITER, NEXT,
    FORMAT, JOIN, SELECT, WIN_IS, WIN_VALUE,
    INT_AS, PANIC,
    /** Releases the guard a statement's {@code &temporary} argument left in a hidden slot (the end of the statement). */
    RELEASE_LOCAL
}
