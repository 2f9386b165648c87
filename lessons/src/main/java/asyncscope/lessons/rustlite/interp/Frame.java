package asyncscope.lessons.rustlite.interp;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.lessons.rustlite.compile.Proto;

/**
 * One activation of a {@link Proto}: its locals, operand stack and program counter. An async body keeps its
 * frame between polls, which is what makes it resumable without a thread: on a Pending {@code .await} the
 * interpreter just returns, and the next poll continues at the same instruction.
 */
public final class Frame {
    public final Proto proto;
    public final Object[] locals;
    Object[] stack = new Object[16];
    int sp;
    int pc;
    /** The future being awaited at {@code pc}, kept across polls. */
    Future<?> awaiting;
    /** The state (1-based await index) the frame is suspended at; 0 before the first poll. */
    int state;
    Context cx;

    public Frame(Proto proto) {
        this.proto = proto;
        this.locals = new Object[Math.max(1, proto.nlocals)];
    }

    void push(Object v) {
        if (sp == stack.length) {
            stack = java.util.Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = v;
    }

    Object pop() {
        Object v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    Object peek() {
        return stack[sp - 1];
    }
}
