package asyncscope.app.ui;

import asyncscope.app.scenario.RunSettings;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tool bar: the File menu (programs and traces), the run settings with the program's own
 * {@code #[tokio::main]}, Run and Stop (enabled as the session's running state allows), and presenter mode.
 * The file actions are the window's (they need its dialogs); everything else goes to the {@link SessionModel}.
 */
public final class MainToolBar extends ToolBar {
    /** What the window does for the items that need a dialog or the layout. */
    public record Actions(Runnable run, Runnable newProgram, Runnable open, Consumer<Path> openRecent, Runnable save,
                          Runnable saveAs, Runnable saveTrace, ExportMenu.Actions export, Runnable present,
                          Runnable shortcuts, Runnable about) {}

    /** Below this width the bar drops the brand and Present's label. */
    static final double NARROW = 1500;

    private final RunSettingsBar settings = new RunSettingsBar();
    private final Button run = new Button("Run", new FontIcon(Feather.PLAY_CIRCLE));
    private final Button stop = new Button("Stop", new FontIcon(Feather.SQUARE));
    private final MenuButton file = new MenuButton("File");
    private final Menu recent = new Menu("Open recent");

    public MainToolBar(SessionModel session, Actions actions) {
        file.setId("file-menu");
        file.setTooltip(new Tooltip("New, open and save programs (.rs) and traces"));
        MenuItem newItem = item("New program", "new-program", "Shortcut+N", actions.newProgram());
        MenuItem open = item("Open…", "open", "Shortcut+O", actions.open());
        MenuItem save = item("Save", "save", "Shortcut+S", actions.save());
        MenuItem saveAs = item("Save as…", "save-as", "Shortcut+Shift+S", actions.saveAs());
        MenuItem saveTrace = item("Save trace…", "save-trace", null, actions.saveTrace());
        recent.setId("open-recent");
        fillRecent(session, actions.openRecent());
        session.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(session, actions.openRecent()));
        // a program can be saved when it is editable text (a lesson, a file, a new program)
        save.disableProperty().bind(session.editableProperty().not());
        saveAs.disableProperty().bind(session.editableProperty().not());
        saveTrace.disableProperty().bind(session.playback().modelProperty().isNull());
        file.getItems().addAll(newItem, open, recent, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(),
                saveTrace);

        run.setId("run");
        run.setTooltip(new Tooltip("Run the program with these settings (Ctrl+R)"));
        run.setOnAction(e -> actions.run().run());
        run.disableProperty().bind(session.runningProperty());
        stop.setId("stop");
        stop.setTooltip(new Tooltip("Stop the running program"));
        stop.setOnAction(e -> session.stopRun());
        stop.disableProperty().bind(session.runningProperty().not()); // demos stop too (their model build does)
        ExportMenu png = new ExportMenu(actions.export());
        Button present = new Button("Present", new FontIcon(Feather.MONITOR));
        present.setId("present");
        present.setTooltip(new Tooltip("Presenter mode: large type, high contrast, code + stage + transport only (F5; Esc leaves)"));
        present.setOnAction(e -> actions.present().run());
        Label brand = new Label("Asyncscope");
        brand.getStyleClass().add("brand");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        MenuButton help = new MenuButton("Help");
        help.setId("help-menu");
        help.setTooltip(new Tooltip("Keyboard shortcuts and the versions of Asyncscope, Java and JavaFX"));
        MenuItem keys = item("Keyboard shortcuts", "shortcuts", "F1", actions.shortcuts());
        MenuItem about = item("About Asyncscope", "about", null, actions.about());
        help.getItems().addAll(keys, about);
        getItems().addAll(brand, file, settings, run, stop, grow, png, present, help);
        // nothing in the bar is squeezed into "…": on a narrow window (a 1280 × 800 projector) the brand goes
        // and Present keeps its icon only; what still does not fit goes to the bar's overflow menu
        for (var n : getItems()) {
            if (n instanceof Region r && n != grow) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        widthProperty().addListener((o, a, b) -> {
            boolean narrow = b.doubleValue() < NARROW;
            brand.setVisible(!narrow);
            brand.setManaged(!narrow);
            present.setText(narrow ? null : "Present");
        });
        settings.show(session.settingsProperty().get());
        session.settingsProperty().addListener((o, a, b) -> settings.show(b));
        settings.setOnChange(() -> { // the session knows the chosen mode at once (a lesson opened next keeps it)
            RunSettings r = settings.read();
            if (r != null) {
                session.settingsProperty().set(r);
            }
        });
        settings.showProgramDefaults(session.programDefaultsProperty().get());
        session.programDefaultsProperty().addListener((o, a, b) -> settings.showProgramDefaults(b));
    }

    private static MenuItem item(String text, String id, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (keys != null) {
            m.setAccelerator(KeyCombination.keyCombination(keys));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent(SessionModel session, Consumer<Path> open) {
        recent.getItems().clear();
        for (Path p : session.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "   —   " + p.getParent());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open.accept(p));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    public RunSettingsBar settings() {
        return settings;
    }

    public MenuButton fileMenu() {
        return file;
    }

    public Menu recentMenu() {
        return recent;
    }
}
