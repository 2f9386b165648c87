package asyncscope.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** The main window as the TestFX classes open it: light theme, 1600 × 1000, shown on the given stage. */
final class TestWindows {
    private TestWindows() {}

    static MainWindow open(Stage s) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow();
        s.setScene(window.scene(1600, 1000));
        s.show();
        return window;
    }
}
