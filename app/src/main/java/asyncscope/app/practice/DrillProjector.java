package asyncscope.app.practice;

import asyncscope.lessons.practice.drill.Drill;
import javafx.scene.control.Label;

/**
 * A drill on the projector (presenter mode with the drills shown): the question and its numbered choices
 * at presenter size beside the code and the stage, then the verdict and the sentence from the run once the
 * class has answered (keys 1–4; N draws the next drill). Follows the {@link DrillModel}.
 */
final class DrillProjector extends ProjectorPane {
    private final DrillModel model;

    DrillProjector(DrillModel model) {
        super("drill-projector");
        this.model = model;
        choices.setOnPick(model::answer);
        model.drillProperty().addListener((o, a, b) -> update());
        model.chosenProperty().addListener((o, a, b) -> update());
        model.explanationProperty().addListener((o, a, b) -> update());
        update();
    }

    private static Label text(String s, String style) {
        return WrappedText.of(s, style);
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
