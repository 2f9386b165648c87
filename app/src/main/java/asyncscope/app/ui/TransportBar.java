package asyncscope.app.ui;

import asyncscope.app.model.RunClockText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Play/pause, step, step to the next/previous poll, jump to start/end, speed, and a scrub slider, each
 * with a tooltip naming its key. All of it acts on a {@link Playback}.
 */
public final class TransportBar extends HBox {
    private final Button play = button(Feather.PLAY, "Play / pause (Space)");
    private final Label where = new Label("—");
    private final Label clock = new Label("");
    private final Slider scrub = new Slider(0, 1, 0);
    private final ComboBox<String> speed = new ComboBox<>();
    private boolean updating;

    public TransportBar(Playback pb) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add("transport");
        Button start = button(Feather.SKIP_BACK, "Jump to start (Home)");
        Button prevPoll = button(Feather.CHEVRONS_LEFT, "Back to the previous poll (Shift+←)");
        Button back = button(Feather.CHEVRON_LEFT, "Step back one event (←)");
        Button fwd = button(Feather.CHEVRON_RIGHT, "Step one event (→)");
        Button nextPoll = button(Feather.CHEVRONS_RIGHT, "Step to the next poll (Shift+→)");
        Button end = button(Feather.SKIP_FORWARD, "Jump to end (End)");
        start.setOnAction(e -> pb.jumpToStart());
        prevPoll.setOnAction(e -> pb.stepToPreviousPoll());
        back.setOnAction(e -> pb.stepBack());
        play.setOnAction(e -> pb.togglePlay());
        fwd.setOnAction(e -> pb.stepForward());
        nextPoll.setOnAction(e -> pb.stepToNextPoll());
        end.setOnAction(e -> pb.jumpToEnd());
        start.setId("jump-start");
        back.setId("step-back");
        fwd.setId("step-forward");
        nextPoll.setId("next-poll");
        end.setId("jump-end");
        play.setId("play");
        speed.getItems().addAll("0.25×", "0.5×", "1×", "2×", "4×", "8×");
        speed.getSelectionModel().select("1×");
        speed.setTooltip(new Tooltip("Playback speed ([ and ] to change)"));
        speed.setMinWidth(Region.USE_PREF_SIZE); // stays readable when the bar is crowded
        speed.setOnAction(e -> pb.speedProperty().set(Double.parseDouble(speed.getValue().replace("×", ""))));
        pb.speedProperty().addListener((o, a, b) -> {
            String s = (b.doubleValue() == Math.floor(b.doubleValue()) ? Integer.toString(b.intValue()) : b.toString()) + "×";
            if (!s.equals(speed.getValue())) {
                speed.getSelectionModel().select(s);
            }
        });
        scrub.setTooltip(new Tooltip("Drag to move through the run"));
        HBox.setHgrow(scrub, Priority.ALWAYS);
        where.getStyleClass().add("transport-position");
        where.setMinWidth(190);
        pb.playingProperty().addListener((o, a, b) -> play.setGraphic(icon(b ? Feather.PAUSE : Feather.PLAY)));
        pb.positionProperty().addListener((o, a, b) -> refresh(pb));
        pb.modelProperty().addListener((o, a, b) -> refresh(pb));
        scrub.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                pb.seek((int) Math.round(b.doubleValue()));
            }
        });
        clock.setId("clock");
        HBox.setMargin(clock, new Insets(0, 8, 0, 14)); // apart from the counter: two readings, not one
        clock.getStyleClass().add("transport-position");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.setTooltip(new Tooltip("The run's clock at the playhead: virtual time in the simulator, real time in a live run"));
        getChildren().addAll(start, prevPoll, back, play, fwd, nextPoll, end, speed, where, clock, scrub);
    }

    private void refresh(Playback pb) {
        updating = true;
        try {
            int n = pb.model() == null ? 0 : pb.model().size();
            scrub.setMax(Math.max(1, n));
            scrub.setValue(pb.position());
            where.setText(String.format("event %,d / %,d", pb.position(), n));
            clock.setText(pb.model() == null ? "" : RunClockText.clock(pb.model().timeAt(pb.position()))
                    + ("live".equals(pb.model().settings().get("mode")) ? " real" : " virtual"));
        } finally {
            updating = false;
        }
    }

    private static FontIcon icon(Feather f) {
        FontIcon i = new FontIcon(f);
        i.getStyleClass().add("transport-icon");
        return i;
    }

    private static Button button(Feather f, String tip) {
        Button b = new Button(null, icon(f));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("transport-button");
        return b;
    }

    /** The run's clock at the playhead ("300.0 ms virtual"). */
    public Label clockLabel() {
        return clock;
    }

    public Label positionLabel() {
        return where;
    }
}
