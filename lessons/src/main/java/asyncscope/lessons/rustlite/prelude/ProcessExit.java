package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.RInt;

/**
 * {@code std::process::exit(code)}: ends the whole program at once with that exit code, without unwinding. The
 * code is left in the run's services, every interpreter of the run is stopped, and the runner reports the code.
 */
public final class ProcessExit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String KEY = "process.exit";

    ProcessExit() {
        super("process::exit", null, false, false);
    }

    static void install() {
        Prelude.register("std::process::exit, process::exit", (in, a, at) -> {
            throw exit(in, (int) ((RInt) a[0]).v);
        });
    }

    static ProcessExit exit(Interp in, int code) {
        in.services.putIfAbsent(KEY, code);
        in.limits.cancelled = true;
        return new ProcessExit();
    }

    /** The code the program asked to exit with, or null. */
    public static Integer requested(Interp in) {
        return in.services.get(KEY) instanceof Integer c ? c : null;
    }
}
