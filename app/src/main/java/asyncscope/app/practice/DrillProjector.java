package asyncscope.app.practice;

import asyncscope.lessons.practice.drill.Drill;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A drill on the projector (presenter mode with the drills shown): the question and its numbered choices
 * at presenter size beside the code and the stage, then the verdict and the sentence from the run once the
 * class has answered (keys 1–4; N draws the next drill). Follows the {@link DrillModel}.
 */
final class DrillProjector extends ScrollPane {
    private final DrillModel model;
    private final VBox box = new VBox(16);
    private final ChoiceList choices = new ChoiceList();

    DrillProjector(DrillModel model) {
        this.model = model;
        getStyleClass().add("practice-projector");
        setId("drill-projector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        box.setPadding(new Insets(16));
        setContent(box);
        choices.setOnPick(model::answer);
        model.drillProperty().addListener((o, a, b) -> update());
        model.chosenProperty().addListener((o, a, b) -> update());
        model.explanationProperty().addListener((o, a, b) -> update());
        update();
    }

    private static Label text(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void update() {
        box.getChildren().clear();
        Drill d = model.drillProperty().get();
        if (d == null) {
            box.getChildren().add(text(model.explanationProperty().get(), "projector-answer"));
            return;
        }
        box.getChildren().addAll(text(d.title(), "projector-meta"), text(d.question(), "projector-question"));
        choices.show(d.choices());
        box.getChildren().add(choices);
        int c = model.chosenProperty().get();
        if (c >= 0) {
            choices.reveal(d.answer(), c);
            Label verdict = text(model.verdictProperty().get(), "projector-question");
            box.getChildren().addAll(verdict, text(model.explanationProperty().get(), "projector-answer"));
            ScrollTo.show(verdict);
        } else {
            box.getChildren().add(text("Keys 1–" + d.choices().size() + " answer · N the next drill · F5 leaves the projector",
                    "projector-keys"));
        }
    }
}
