package asyncscope.app;

import asyncscope.app.cli.RunCommand;
import asyncscope.app.ui.AppLauncher;
import java.util.Arrays;

/**
 * Entry point of {@code asyncscope.jar}: {@code run FILE.rs [options]} runs a Rust-lite program headless
 * ({@link RunCommand}); no arguments start the JavaFX app ({@link AppLauncher}). This class must not extend
 * {@code javafx.application.Application}: a shaded jar on the classpath starts JavaFX through a plain main.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            System.exit(RunCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0) {
            System.err.println("usage: asyncscope                 start the app");
            System.err.println("       asyncscope run FILE.rs [--seed N] [--workers N] [--live] [--trace FILE]"
                    + " [--chrome-trace FILE] [--summary]");
            System.exit(2);
        }
        AppLauncher.launch(args);
    }
}
