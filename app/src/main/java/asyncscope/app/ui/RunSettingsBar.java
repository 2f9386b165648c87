package asyncscope.app.ui;

import asyncscope.app.scenario.RunSettings;
import asyncscope.engine.runtime.Flavor;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Run settings: simulated (seeded, deterministic: the same seed replays the same run) or live (real
 * threads and clock: recorded as it happens, then explored), the flavour and the number of workers.
 * A bad seed is reported in place rather than silently replaced.
 */
public final class RunSettingsBar extends HBox {
    private final ToggleButton simulated = new ToggleButton("Simulated");
    private final ToggleButton live = new ToggleButton("Live");
    private final TextField seed = new TextField("1");
    private final Spinner<Integer> workers = new Spinner<>(1, 16, 4);
    private final ComboBox<String> flavor = new ComboBox<>();
    private final Label error = new Label();
    /** What the program's own {@code #[tokio::main]} asks for, and a mark when the controls override it. */
    private final Label own = new Label();
    private final Label override = new Label("override");
    private RunSettings programDefaults;
    private Runnable onChange = () -> { };
    private boolean showing;

    public RunSettingsBar() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        ToggleGroup g = new ToggleGroup();
        simulated.setToggleGroup(g);
        live.setToggleGroup(g);
        simulated.setSelected(true);
        simulated.setTooltip(new Tooltip("Deterministic: one thread interleaves the workers in a seeded order; the same seed gives the same run"));
        live.setTooltip(new Tooltip("Real threads and the real clock; the run is recorded, then you explore it"));
        g.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
            seed.setDisable(live.isSelected());
        });
        seed.setPrefColumnCount(5);
        seed.setId("seed");
        seed.setTooltip(new Tooltip("Seed of the simulated run"));
        workers.setPrefWidth(80);
        workers.setTooltip(new Tooltip("Worker threads (multi-thread flavour)"));
        flavor.getItems().addAll("multi_thread", "current_thread");
        flavor.getSelectionModel().select(0);
        flavor.setOnAction(e -> workers.setDisable(flavor.getValue().equals("current_thread")));
        flavor.valueProperty().addListener((o, a, b) -> markOverride());
        workers.valueProperty().addListener((o, a, b) -> markOverride());
        flavor.setTooltip(new Tooltip("The runtime's flavour: a worker pool (multi_thread) or the one thread that calls block_on (current_thread)"));
        own.setId("program-flavour");
        own.getStyleClass().add("program-flavour");
        own.setTooltip(new Tooltip("What the program's own #[tokio::main] asks for"));
        override.setId("settings-override");
        override.getStyleClass().add("settings-override");
        override.setTooltip(new Tooltip("The flavour or workers chosen here replace what the program's #[tokio::main] asks for"));
        override.setVisible(false);
        override.managedProperty().bind(override.visibleProperty());
        own.managedProperty().bind(own.visibleProperty());
        own.setVisible(false);
        error.getStyleClass().add("error-text");
        g.selectedToggleProperty().addListener((o, a, b) -> changed());
        seed.textProperty().addListener((o, a, b) -> changed());
        flavor.valueProperty().addListener((o, a, b) -> changed());
        workers.valueProperty().addListener((o, a, b) -> changed());
        seed.setPromptText("seed");
        getChildren().addAll(simulated, live, new Label("seed"), seed, new Label("flavour"), flavor,
                new Label("workers"), workers, own, override, error);
        for (var n : getChildren()) {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "…"
            }
        }
    }

    /** Shows {@code s} in the controls. */
    public void show(RunSettings s) {
        showing = true; // one change for the whole update, not one per control
        try {
            (s.live() ? live : simulated).setSelected(true);
            seed.setText(Long.toString(s.seed()));
            flavor.getSelectionModel().select(s.flavor() == Flavor.CURRENT_THREAD ? "current_thread" : "multi_thread");
            workers.setDisable(s.flavor() == Flavor.CURRENT_THREAD);
            workers.getValueFactory().setValue(s.workers());
            error.setText("");
        } finally {
            showing = false;
        }
    }

    private void changed() {
        if (!showing) {
            onChange.run();
        }
    }

    /** Called whenever a control changes (the tool bar passes valid settings on to the session). */
    public void setOnChange(Runnable r) {
        onChange = r;
    }

    /** Shows what the program's own {@code #[tokio::main]} asks for (null: nothing, e.g. an opened trace). */
    public void showProgramDefaults(RunSettings d) {
        programDefaults = d;
        own.setVisible(d != null);
        if (d != null) {
            own.setText(d.flavor() == Flavor.CURRENT_THREAD ? "program: current_thread"
                    : "program: multi_thread × " + d.workers());
        }
        markOverride();
    }

    /** True when the flavour or workers in the controls differ from the program's own. */
    public boolean isOverride() {
        if (programDefaults == null || flavor.getValue() == null) {
            return false;
        }
        boolean current = flavor.getValue().equals("current_thread");
        return current != (programDefaults.flavor() == Flavor.CURRENT_THREAD)
                || !current && workers.getValue() != programDefaults.workers();
    }

    private void markOverride() {
        boolean over = isOverride();
        override.setVisible(over);
        for (var c : java.util.List.of(flavor, workers)) {
            c.getStyleClass().remove("override");
            if (over) {
                c.getStyleClass().add("override");
            }
        }
    }

    public Label programFlavourLabel() {
        return own;
    }

    public Label overrideLabel() {
        return override;
    }

    public ComboBox<String> flavorBox() {
        return flavor;
    }

    public ToggleButton liveButton() {
        return live;
    }

    /** The settings in the controls, or null (with the problem shown) if the seed is not a number. */
    public RunSettings read() {
        long sd;
        try {
            sd = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            error.setText("seed must be a whole number, got \"" + seed.getText() + "\"");
            return null;
        }
        error.setText("");
        Flavor f = flavor.getValue().equals("current_thread") ? Flavor.CURRENT_THREAD : Flavor.MULTI_THREAD;
        return new RunSettings(live.isSelected(), sd, workers.getValue(), f);
    }

    public Label errorLabel() {
        return error;
    }
}
