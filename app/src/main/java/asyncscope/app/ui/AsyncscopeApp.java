package asyncscope.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: a light AtlantaFX theme, the main window, the first demo running at start.
 * With the system property {@code asyncscope.smoke=true} it quits once that first run is on screen
 * (exit status 0), which is how the start-up test checks the real entry point end to end.
 */
public final class AsyncscopeApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow();
        primary.setTitle("Asyncscope — watch an async runtime work");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        primary.setScene(window.scene(Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight())));
        primary.show();
        window.selectProgram(0);
        if (Boolean.getBoolean("asyncscope.smoke")) {
            window.playback().modelProperty().addListener((o, a, b) -> {
                if (b != null) {
                    window.refreshNow();
                    javafx.application.Platform.exit();
                }
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
