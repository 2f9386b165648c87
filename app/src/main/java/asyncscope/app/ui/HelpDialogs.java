package asyncscope.app.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The help the window offers: every keyboard shortcut (F1, ?) and Help › About with the versions. */
public final class HelpDialogs {
    private HelpDialogs() {}

    /** The app's version (from the build), or "development build" when run from classes without one. */
    public static String appVersion() {
        return asyncscope.app.AppInfo.version();
    }

    /** The lines of Help › About: the app, Java and JavaFX versions, the system and the engine's settings. */
    public static String aboutText() {
        return asyncscope.app.AppInfo.text();
    }

    /** Shows the shortcut list (non-blocking) and returns it. */
    public static Alert shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(s.what()));
        }
        Alert a = dialog(owner, "Keyboard shortcuts", "Keyboard shortcuts");
        a.getDialogPane().setContent(grid);
        a.show();
        return a;
    }

    /** Shows Help › About (non-blocking) and returns it. */
    public static Alert about(Window owner) {
        Alert a = dialog(owner, "About Asyncscope", "Asyncscope — watch an async runtime work");
        a.setContentText(aboutText());
        a.show();
        return a;
    }

    private static Alert dialog(Window owner, String title, String header) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(title);
        a.setHeaderText(header);
        a.initModality(Modality.NONE);
        if (owner != null) {
            a.initOwner(owner);
        }
        return a;
    }
}
