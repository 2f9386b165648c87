package asyncscope.app.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Shown over the (cleared) stage while a run is in flight: what it is doing, read from the session's
 * {@link RunJob} ten times a second, a bar (indeterminate while the program runs, filling while its view
 * is built) and a reminder that Stop works. A 100,000-task run takes seconds; the stage must not keep
 * showing the previous run meanwhile.
 */
public final class RunProgressPane extends VBox {
    private final Label what = new Label();
    private final ProgressBar bar = new ProgressBar(-1);
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> tick()));
    private RunJob<?> job;

    public RunProgressPane(SessionModel session) {
        super(10);
        setId("run-progress");
        getStyleClass().add("run-progress");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(24));
        setMouseTransparent(true);
        what.setWrapText(true);
        what.setMaxWidth(520);
        what.setTextAlignment(TextAlignment.CENTER);
        what.getStyleClass().add("run-progress-text");
        what.setStyle("-fx-font-size: 16px;");
        bar.setPrefWidth(360);
        Label hint = new Label("Stop ends the run.");
        hint.getStyleClass().add("run-progress-hint");
        hint.setStyle("-fx-opacity: 0.7;");
        getChildren().addAll(what, bar, hint);
        setVisible(false);
        ticker.setCycleCount(Animation.INDEFINITE);
        session.jobProperty().addListener((o, a, j) -> follow(j));
    }

    private void follow(RunJob<?> j) {
        job = j;
        if (j == null) {
            ticker.stop();
            setVisible(false);
            return;
        }
        tick();
        setVisible(true);
        ticker.play();
    }

    private void tick() {
        if (job != null) {
            what.setText(job.describe());
            bar.setProgress(job.fraction());
        }
    }

    /** The text shown now (tests). */
    public String text() {
        return what.getText();
    }
}
