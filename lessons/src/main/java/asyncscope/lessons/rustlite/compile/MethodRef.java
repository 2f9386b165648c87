package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.ast.TypeRef;

/**
 * A method call's name, turbofish type ({@code parse::<u64>}), whether its receiver is a temporary, and the type
 * the compiler expects the call to produce when it knows it ({@code let f: Fahrenheit = c.into();}), else null.
 */
public record MethodRef(String name, String turbofish, boolean tempReceiver, TypeRef expected, boolean ownedReceiver) {
    public MethodRef(String name, String turbofish, boolean tempReceiver) {
        this(name, turbofish, tempReceiver, null, false);
    }

    public MethodRef(String name, String turbofish, boolean tempReceiver, TypeRef expected) {
        this(name, turbofish, tempReceiver, expected, false);
    }

    @Override
    public String toString() {
        return name;
    }
}
