package asyncscope.app;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.scheduler.LocalQueue;
import asyncscope.lessons.rustlite.RunOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * What this build of Asyncscope is and runs on: its version (from the build), the Java and JavaFX runtimes, the
 * system, and the engine's settings a teacher may be asked about (default workers, queue sizes, the recorder's cap,
 * a program's budgets). Shown by {@code asyncscope --version} and by Help › About; no JavaFX class is touched, so
 * the command line can print it without a display.
 */
public final class AppInfo {
    private AppInfo() {}

    /** The app's version (from the build), or "development build" when run from classes without one. */
    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/asyncscope/app/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // no version file: a development build
        }
        return "development build";
    }

    /** The runtimes this build runs on: app version, Java, JavaFX (when known), system. */
    public static List<String> runtimeLines() {
        return List.of(
                "Asyncscope " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + javafxVersion(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                        + java.lang.Runtime.getRuntime().availableProcessors() + " cores");
    }

    /** The bundled JavaFX's version, read without starting the toolkit (the command line has no display). */
    private static String javafxVersion() {
        String started = System.getProperty("javafx.runtime.version");
        if (started != null) {
            return started;
        }
        try {
            return String.valueOf(Class.forName("com.sun.javafx.runtime.VersionInfo").getMethod("getRuntimeVersion").invoke(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            return "unknown";
        }
    }

    /** The engine's settings: what a run gets unless its program or the toolbar says otherwise. */
    public static List<String> engineLines() {
        RunOptions d = RunOptions.simulated(0);
        return List.of(
                "engine: multi_thread with one worker per core (" + java.lang.Runtime.getRuntime().availableProcessors()
                        + " here) unless #[tokio::main] says otherwise; local queues of " + LocalQueue.CAPACITY
                        + " tasks, a LIFO slot each, one inject queue",
                "trace recorder: keeps up to " + String.format("%,d", Recorder.DEFAULT_MAX_EVENTS) + " events of a run",
                "Rust-lite budgets: " + d.memoryMb() + " MB of memory, " + d.outputMb() + " MB of output, "
                        + String.format("%,d", d.maxStepsPerPoll()) + " steps per poll in the simulator ("
                        + d.watchdogMillis() + " ms on real threads)");
    }

    /** Everything above, a line each. */
    public static String text() {
        return String.join("\n", runtimeLines()) + "\n" + String.join("\n", engineLines());
    }
}
