package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.compile.Proto;

/**
 * A closure value: its code and the values it captured. A {@code move} closure owns copies; a borrowing
 * closure also keeps its creator's locals ({@code parentLocals}) so that each call starts from the variables'
 * current values and writes its changes back ({@code let mut n = 0; let mut inc = || n += 1;} counts).
 */
public record RClosure(Proto proto, Object[] captures, Object[] parentLocals) {}
