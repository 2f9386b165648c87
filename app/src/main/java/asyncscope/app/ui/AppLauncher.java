package asyncscope.app.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the JavaFX application from a plain main (the shaded jar runs on the classpath, where a main
 * class extending Application would not start). JavaFX warns at start-up that it was loaded from the
 * classpath rather than as modules; that is how this jar is meant to run, so the warning is silenced.
 */
public final class AppLauncher {
    /** Held so the logger (and its level) is not garbage-collected. */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private AppLauncher() {}

    public static void launch(String[] args) {
        StartupProbe.mark("main");
        PLATFORM_LOG.setLevel(Level.SEVERE);
        Application.launch(AsyncscopeApp.class, args);
    }
}
