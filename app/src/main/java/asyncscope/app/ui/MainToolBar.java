package asyncscope.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tool bar: the run settings, Run and Stop (enabled as the session's running state allows), opening
 * and saving traces, the stage as a PNG, and presenter mode. The file actions are the window's (they
 * need its dialogs); everything else goes to the {@link SessionModel}.
 */
public final class MainToolBar extends ToolBar {
    /** What the window does for the buttons that need a dialog or the layout. */
    public record Actions(Runnable run, Runnable openTrace, Runnable saveTrace, ExportMenu.Actions export, Runnable present) {}

    private final RunSettingsBar settings = new RunSettingsBar();
    private final Button run = new Button("Run", new FontIcon(Feather.PLAY_CIRCLE));
    private final Button stop = new Button("Stop", new FontIcon(Feather.SQUARE));

    public MainToolBar(SessionModel session, Actions actions) {
        run.setId("run");
        run.setTooltip(new Tooltip("Run the program with these settings (Ctrl+R)"));
        run.setOnAction(e -> actions.run().run());
        run.disableProperty().bind(session.runningProperty());
        stop.setId("stop");
        stop.setTooltip(new Tooltip("Stop the running program"));
        stop.setOnAction(e -> session.stopRun());
        stop.disableProperty().bind(session.runningProperty().not()); // demos stop too (their model build does)
        Button openTrace = new Button("Open…", new FontIcon(Feather.FOLDER));
        openTrace.setId("open-trace");
        openTrace.setTooltip(new Tooltip("Open a saved .trace file"));
        openTrace.setOnAction(e -> actions.openTrace().run());
        Button saveTrace = new Button("Trace", new FontIcon(Feather.DOWNLOAD));
        saveTrace.setTooltip(new Tooltip("Save the trace: native .trace (reopens here) or Chrome trace-event JSON (opens in Perfetto)"));
        saveTrace.setOnAction(e -> actions.saveTrace().run());
        ExportMenu png = new ExportMenu(actions.export());
        Button present = new Button("Present", new FontIcon(Feather.MONITOR));
        present.setTooltip(new Tooltip("Presenter mode: large type, high contrast, code + stage + transport only (F5)"));
        present.setOnAction(e -> actions.present().run());
        Label brand = new Label("Asyncscope");
        brand.getStyleClass().add("brand");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getItems().addAll(brand, settings, run, stop, grow, openTrace, saveTrace, png, present);
        settings.show(session.settingsProperty().get());
        session.settingsProperty().addListener((o, a, b) -> settings.show(b));
    }

    public RunSettingsBar settings() {
        return settings;
    }
}
