package asyncscope.app.cli;

import java.io.PrintStream;

/** The headless runner: {@code asyncscope run FILE.rs}. Filled in by the Rust-lite work (issue 5). */
public final class RunCommand {
    private RunCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("asyncscope run: the Rust-lite runner is not built yet");
        return 2;
    }
}
