package asyncscope.app.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX application from a plain main (the shaded jar runs on the classpath, where a main
 * class extending Application would not start).
 */
public final class AppLauncher {
    private AppLauncher() {}

    public static void launch(String[] args) {
        Application.launch(AsyncscopeApp.class, args);
    }
}
