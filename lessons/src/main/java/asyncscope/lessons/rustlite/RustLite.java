package asyncscope.lessons.rustlite;

import asyncscope.lessons.rustlite.compile.Compiler;
import asyncscope.lessons.rustlite.compile.Program;
import java.io.PrintStream;

/**
 * Rust-lite's front door: compile a program (throws {@link asyncscope.lessons.rustlite.diag.CompileError}
 * listing every diagnostic) and run it on the engine.
 */
public final class RustLite {
    private RustLite() {}

    public static Program compile(String file, String source) {
        return Compiler.compile(file, source);
    }

    public static RunResult run(Program p, RunOptions o, PrintStream out, PrintStream err) {
        return ProgramRunner.run(p, o, out, err);
    }
}
