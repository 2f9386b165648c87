package asyncscope.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: a light AtlantaFX theme, the main window, the first demo running at start. */
public final class AsyncscopeApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow();
        primary.setTitle("Asyncscope — watch an async runtime work");
        primary.setScene(window.scene(1600, 1000));
        primary.show();
        window.selectProgram(0);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.playback().stop();
        }
    }
}
