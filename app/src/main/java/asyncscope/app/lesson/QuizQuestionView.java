package asyncscope.app.lesson;

import asyncscope.lessons.catalogue.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One quiz question as the learner meets it: the question, its choices as radio buttons (one toggle
 * group, so Tab reaches it and the arrow keys move between choices), and, once revealed, a verdict that
 * says right or wrong three ways (colour, icon and words) followed by the explanation. Before the reveal
 * the learner may change their mind; after it the choices are locked.
 */
public final class QuizQuestionView extends VBox {
    /** Where the question stands. */
    public enum Verdict { UNANSWERED, HIDDEN, CORRECT, WRONG, SKIPPED }

    private final QuizQuestion question;
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> choices = new ArrayList<>();
    private final Label verdict = new Label();
    private final Label explanation = new Label();
    private boolean revealed;
    private Runnable onChange = () -> { };

    public QuizQuestionView(int number, QuizQuestion q) {
        super(6);
        this.question = q;
        getStyleClass().add("quiz-question");
        Label title = new Label(number + ".  " + q.question());
        title.setWrapText(true);
        title.getStyleClass().add("quiz-question-text");
        getChildren().add(title);
        for (int i = 0; i < q.choices().size(); i++) {
            RadioButton rb = new RadioButton((char) ('A' + i) + ")  " + q.choices().get(i));
            rb.setToggleGroup(group);
            rb.setWrapText(true);
            rb.setUserData(i);
            rb.getStyleClass().add("quiz-choice");
            choices.add(rb);
            getChildren().add(rb);
        }
        verdict.setWrapText(true);
        verdict.getStyleClass().add("quiz-verdict");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("quiz-explanation");
        group.selectedToggleProperty().addListener((o, a, b) -> {
            update();
            onChange.run();
        });
        update();
    }

    void setOnChange(Runnable r) {
        onChange = r;
    }

    /** Picks choice {@code index} (as a click or the keyboard would); ignored after the reveal. */
    public void choose(int index) {
        if (!revealed) {
            choices.get(index).setSelected(true);
        }
    }

    /** The chosen choice, or -1. */
    public int chosen() {
        return group.getSelectedToggle() == null ? -1 : (int) group.getSelectedToggle().getUserData();
    }

    public boolean isAnswered() {
        return chosen() >= 0;
    }

    /** Shows the right answer and the explanation, and locks the choices. */
    public void reveal() {
        revealed = true;
        update();
    }

    /** Clears the answer and hides the explanation again. */
    public void reset() {
        revealed = false;
        group.selectToggle(null);
        update();
    }

    public boolean isRevealed() {
        return revealed;
    }

    public Verdict verdict() {
        if (!revealed) {
            return isAnswered() ? Verdict.HIDDEN : Verdict.UNANSWERED;
        }
        return !isAnswered() ? Verdict.SKIPPED : chosen() == question.answer() ? Verdict.CORRECT : Verdict.WRONG;
    }

    private void update() {
        getChildren().removeAll(verdict, explanation);
        verdict.getStyleClass().removeAll("quiz-correct", "quiz-wrong", "quiz-skipped");
        for (RadioButton rb : choices) {
            rb.setDisable(revealed);
            rb.getStyleClass().removeAll("quiz-choice-right", "quiz-choice-wrong");
        }
        if (!revealed) {
            return;
        }
        String right = (char) ('A' + question.answer()) + ") " + question.choices().get(question.answer());
        choices.get(question.answer()).getStyleClass().add("quiz-choice-right");
        switch (verdict()) {
            case CORRECT -> {
                verdict.setText("Correct: " + right);
                verdict.setGraphic(icon(Feather.CHECK_CIRCLE, "quiz-icon-correct"));
                verdict.getStyleClass().add("quiz-correct");
            }
            case WRONG -> {
                choices.get(chosen()).getStyleClass().add("quiz-choice-wrong");
                verdict.setText("Not quite. The answer is " + right);
                verdict.setGraphic(icon(Feather.X_CIRCLE, "quiz-icon-wrong"));
                verdict.getStyleClass().add("quiz-wrong");
            }
            default -> {
                verdict.setText("Not answered. The answer is " + right);
                verdict.setGraphic(icon(Feather.HELP_CIRCLE, "quiz-icon-skipped"));
                verdict.getStyleClass().add("quiz-skipped");
            }
        }
        explanation.setText(question.explanation());
        getChildren().addAll(verdict, explanation);
    }

    private static FontIcon icon(Feather f, String style) {
        FontIcon i = new FontIcon(f);
        i.getStyleClass().add(style);
        return i;
    }

    public QuizQuestion question() {
        return question;
    }

    public List<RadioButton> choiceButtons() {
        return List.copyOf(choices);
    }

    public Label verdictLabel() {
        return verdict;
    }

    public Label explanationLabel() {
        return explanation;
    }
}
