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
        error.getStyleClass().add("error-text");
        getChildren().addAll(simulated, live, new Label("seed"), seed, new Label("flavour"), flavor,
                new Label("workers"), workers, error);
    }

    /** Shows {@code s} in the controls. */
    public void show(RunSettings s) {
        (s.live() ? live : simulated).setSelected(true);
        seed.setText(Long.toString(s.seed()));
        flavor.getSelectionModel().select(s.flavor() == Flavor.CURRENT_THREAD ? "current_thread" : "multi_thread");
        workers.setDisable(s.flavor() == Flavor.CURRENT_THREAD);
        workers.getValueFactory().setValue(s.workers());
        error.setText("");
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
