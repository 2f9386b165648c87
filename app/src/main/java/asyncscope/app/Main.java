package asyncscope.app;

import asyncscope.app.cli.RunCommand;
import asyncscope.app.ui.AppLauncher;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * Entry point of {@code asyncscope.jar}: {@code run FILE.rs [options]} runs a Rust-lite program headless
 * ({@link RunCommand}); {@code --version} prints {@link AppInfo}; no arguments start the JavaFX app
 * ({@link AppLauncher}). This class must not extend {@code javafx.application.Application}: a shaded jar on the
 * classpath starts JavaFX through a plain main.
 */
public final class Main {
    private Main() {}

    /** What {@link #command} returns when the arguments ask for the window, not a command. */
    static final int START_APP = -1;

    public static void main(String[] args) {
        int code = command(args, System.out, System.err);
        if (code != START_APP) {
            System.exit(code);
        }
        AppLauncher.launch(args);
    }

    /** Runs the command the arguments name and returns its exit code, or {@link #START_APP} for none. */
    static int command(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return START_APP;
        }
        if (args[0].equals("run")) {
            return RunCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            out.println(AppInfo.text());
            return 0;
        }
        err.println("usage: asyncscope                 start the app");
        err.println("       asyncscope --version       the version, the Java runtime and the engine's settings");
        err.println("       asyncscope run FILE.rs [--seed N] [--workers N] [--live] [--timeout SECONDS] [--trace FILE]"
                + " [--chrome-trace FILE] [--summary]");
        return 2;
    }
}
