package asyncscope.app.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/**
 * Asks what part of the run to animate: from and to which event (the playhead and the end by default),
 * how many frames, at what scale, how long each frame lasts, and whether to write a GIF or a numbered PNG
 * sequence. Its result is the choice without a file; the window asks where to write it next.
 */
public final class AnimationDialog extends Dialog<AnimationDialog.Choice> {
    /** What the teacher chose. */
    public record Choice(int from, int to, int frames, int k, AnimationExport.Format format, int frameMillis) {}

    private final Spinner<Integer> from;
    private final Spinner<Integer> to;
    private final Spinner<Integer> frames;
    private final Spinner<Integer> millis = new Spinner<>(20, 5_000, 200, 20);
    private final ComboBox<String> scale = new ComboBox<>();
    private final ComboBox<String> format = new ComboBox<>();

    /** For a run of {@code events} events with the playhead at {@code at}. */
    public AnimationDialog(int events, int at) {
        setTitle("Export an animation");
        setHeaderText("Animate part of the run for a slide");
        int start = at >= events ? 0 : at;
        from = new Spinner<>(0, events, start);
        to = new Spinner<>(0, events, events);
        frames = new Spinner<>(1, AnimationExport.MAX_FRAMES, Math.min(120, events - start + 1));
        for (Spinner<Integer> s : java.util.List.of(from, to, frames, millis)) {
            s.setEditable(true);
            s.setPrefWidth(120);
        }
        scale.getItems().addAll("1×", "2×");
        scale.getSelectionModel().select(0);
        format.getItems().addAll("Animated GIF", "PNG sequence (stage-0001.png, …)");
        format.getSelectionModel().select(0);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        g.addRow(0, new Label("from event"), from);
        g.addRow(1, new Label("to event"), to);
        g.addRow(2, new Label("frames"), frames);
        g.addRow(3, new Label("each frame (ms)"), millis);
        g.addRow(4, new Label("scale"), scale);
        g.addRow(5, new Label("format"), format);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? choice() : null);
    }

    /** The values in the fields now. */
    Choice choice() {
        int a = from.getValue();
        int b = to.getValue();
        return new Choice(Math.min(a, b), Math.max(a, b), frames.getValue(), scale.getSelectionModel().getSelectedIndex() + 1,
                format.getSelectionModel().getSelectedIndex() == 0 ? AnimationExport.Format.GIF : AnimationExport.Format.PNG_SEQUENCE,
                millis.getValue());
    }

    /** Shows the dialog and waits. */
    public Optional<Choice> ask() {
        return showAndWait();
    }
}
