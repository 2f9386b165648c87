package asyncscope.app.ui;

/** Starts the JavaFX application. Filled in by the app work (issue 6). */
public final class AppLauncher {
    private AppLauncher() {}

    public static void launch(String[] args) {
        System.err.println("asyncscope: the app is not built yet");
        System.exit(2);
    }
}
