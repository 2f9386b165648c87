package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.compile.Insn;

/**
 * A prelude function implemented in Java ({@code tokio::spawn}, {@code Vec::new}, {@code drop}...). It receives
 * values: a {@code &mut} argument arrives as the value it points at, unless the function {@link #takesPlaces()}
 * (it assigns through its arguments, as {@code std::mem::swap} does, and receives {@link MutRef}s).
 */
public interface Native {
    String name();

    /** Whether {@code &mut} arguments reach this function as {@link MutRef}s rather than as the values they point at. */
    default boolean takesPlaces() {
        return false;
    }

    /** A function that assigns through its {@code &mut} arguments ({@link MutRef#set}). */
    static Native places(String name, Body body) {
        return new Native() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean takesPlaces() {
                return true;
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
