package asyncscope.app.practice;

import asyncscope.app.lesson.MarkdownView;
import asyncscope.lessons.practice.exam.TestItem;
import javafx.scene.control.Label;

/**
 * Interviewer mode on the projector: the test's question at presenter size beside the code and the stage —
 * the question, a drill's numbered choices or a card's front or a bug's task — and below it the answer,
 * hidden until the interviewer presses A (then the right choice is marked and the run plays to the event
 * that decides it, or the card's back or the bug's explanation shows). Follows the {@link ExamModel}.
 */
public final class ProjectorView extends ProjectorPane {
    private final ExamModel model;

    ProjectorView(ExamModel model) {
        super("practice-projector");
        this.model = model;
        choices.setOnPick(model::answerDrill);
        model.indexProperty().addListener((o, a, b) -> update());
        model.revealedProperty().addListener((o, a, b) -> update());
        model.answeredCountProperty().addListener((o, a, b) -> update());
        model.cardTurnedProperty().addListener((o, a, b) -> update());
        model.phaseProperty().addListener((o, a, b) -> update());
        update();
    }

    private static Label text(String s, String style) {
        return WrappedText.of(s, style);
    }

    void update() {
        box.getChildren().clear();
        Label clock = text("", "projector-clock");
        clock.textProperty().bind(model.clockTextProperty());
        TestItem it = model.current();
        if (model.phaseProperty().get() != ExamModel.Phase.RUNNING || it == null) {
            box.getChildren().addAll(text(model.phaseProperty().get() == ExamModel.Phase.DONE ? "The test is over."
                    : "The test is being drawn …", "projector-question"), clock);
            return;
        }
        int i = model.indexProperty().get();
        box.getChildren().addAll(text("Question " + (i + 1) + " of " + model.test().items().size() + " · " + it.concept().title(),
                "projector-meta"), clock);
        boolean show = model.revealedProperty().get();
        if (it instanceof TestItem.DrillItem d) {
            box.getChildren().add(text(d.drill().question(), "projector-question"));
            choices.show(d.drill().choices());
            box.getChildren().add(choices);
            int given = model.givenChoice(i);
            if (show) {
                choices.reveal(d.drill().answer(), given);
                box.getChildren().add(text(d.drill().decision().sentence(), "projector-answer"));
            } else if (given >= 0) {
                choices.buttons().get(given).getStyleClass().add("picked");
            }
        } else if (it instanceof TestItem.CardItem c) {
            MarkdownView front = new MarkdownView();
            front.getStyleClass().add("projector-markdown");
            front.setMarkdown(c.card().front());
            box.getChildren().add(front);
            if (show || model.cardTurnedProperty().get()) {
                MarkdownView back = new MarkdownView();
                back.getStyleClass().addAll("projector-markdown", "projector-answer");
                back.setMarkdown(c.card().back());
                box.getChildren().add(back);
            }
        } else if (it instanceof TestItem.BugItem b) {
            MarkdownView task = new MarkdownView();
            task.getStyleClass().add("projector-markdown");
            task.setMarkdown(b.challenge().task());
            box.getChildren().addAll(text(b.challenge().title(), "projector-question"), task);
            if (show) {
                MarkdownView why = new MarkdownView();
                why.getStyleClass().addAll("projector-markdown", "projector-answer");
                why.setMarkdown(b.challenge().why());
                box.getChildren().add(why);
            }
        }
        if (!show) {
            box.getChildren().add(text("Press A to show the answer · N / P next / previous question · F5 leaves the projector",
                    "projector-keys"));
        }
    }
}
