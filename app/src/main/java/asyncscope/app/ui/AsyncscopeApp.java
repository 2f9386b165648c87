package asyncscope.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: a light AtlantaFX theme, the main window, opened on the Lessons tab with the
 * first lesson not done yet. With the system property {@code asyncscope.smoke=true} it quits once that
 * lesson is on screen (exit status 0), which is how the start-up test checks the real entry point end to end.
 */
public final class AsyncscopeApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage primary) {
        StartupProbe.mark("fx-start");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow();
        StartupProbe.mark("window-built");
        primary.setTitle("Asyncscope — watch an async runtime work");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // the whole screen up to 1920 × 1200 (a projector's 1280 × 800 and 1920 × 1080 alike), from its corner
        primary.setScene(window.scene(Math.min(1920, screen.getWidth()), Math.min(1200, screen.getHeight())));
        primary.setX(screen.getMinX());
        primary.setY(screen.getMinY());
        if (StartupProbe.wanted()) {
            StartupProbe.watch(primary.getScene(), window);
        }
        primary.show();
        StartupProbe.mark("shown");
        window.openFirstUnfinishedLesson();
        StartupProbe.mark("lesson-opened");
        if (Boolean.getBoolean("asyncscope.smoke")) {
            javafx.application.Platform.runLater(() -> {
                window.refreshNow();
                javafx.application.Platform.exit();
            });
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.playback().stop();
        }
    }
}
