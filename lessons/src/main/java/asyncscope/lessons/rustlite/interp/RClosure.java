package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.compile.Proto;

/** A closure value: its code and the values it captured (copied in when the closure was created). */
public record RClosure(Proto proto, Object[] captures) {}
