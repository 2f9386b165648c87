package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.compile.Insn;

/** A prelude function implemented in Java ({@code tokio::spawn}, {@code Vec::new}, {@code drop}...). */
public interface Native {
    String name();

    /** Calls the function; {@code at} is the call instruction, for panic locations and spans. */
    Object call(Interp in, Object[] args, Insn at);

    static Native of(String name, Body body) {
        return new Native() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object call(Interp in, Object[] args, Insn at) {
                return body.call(in, args, at);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @FunctionalInterface
    interface Body {
        Object call(Interp in, Object[] args, Insn at);
    }
}
