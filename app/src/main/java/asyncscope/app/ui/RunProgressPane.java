package asyncscope.app.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * Shown over the (cleared) stage while a run is in flight: what it is doing, a bar (indeterminate while
 * the program runs, filling while its view is built) and a reminder that Stop works. A 100,000-task run
 * takes seconds; the stage must not keep showing the previous run meanwhile.
 */
public final class RunProgressPane extends VBox {
    private final Label what = new Label();
    private final ProgressBar bar = new ProgressBar(-1);

    public RunProgressPane() {
        super(10);
        setId("run-progress");
        getStyleClass().add("run-progress");
        setAlignment(Pos.CENTER);
        setMouseTransparent(true);
        what.setWrapText(true);
        what.setMaxWidth(520);
        what.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        setPadding(new javafx.geometry.Insets(24));
        what.getStyleClass().add("run-progress-text");
        what.setStyle("-fx-font-size: 16px;");
        bar.setPrefWidth(360);
        Label hint = new Label("Stop ends the run.");
        hint.getStyleClass().add("run-progress-hint");
        hint.setStyle("-fx-opacity: 0.7;");
        getChildren().addAll(what, bar, hint);
        setVisible(false);
    }

    /** Follows {@code job} until it ends (UI thread). */
    public void follow(RunJob<?> job) {
        what.textProperty().bind(job.progressProperty());
        bar.progressProperty().bind(job.fractionProperty());
        setVisible(true);
    }

    /** Hides the pane (the run ended). */
    public void done() {
        what.textProperty().unbind();
        bar.progressProperty().unbind();
        setVisible(false);
    }

    /** The text shown now (tests). */
    public String text() {
        return what.getText();
    }
}
