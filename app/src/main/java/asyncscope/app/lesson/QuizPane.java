package asyncscope.app.lesson;

import asyncscope.lessons.catalogue.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Predict, then watch": a lesson's quiz, asked before its program runs. The learner picks an answer to
 * each question; the answers and their explanations appear when the run finishes ({@link #runFinished})
 * or when the learner presses Reveal. Revealing a quiz whose questions were all answered counts as
 * having done the lesson ({@link #setOnCompleted}). "Ask again" clears the answers. Every change of
 * the answers or of the reveal is reported ({@link #setOnAnswers}), so they can be kept and given back
 * when the lesson is opened again ({@link #show(Lesson, int[], boolean)}).
 */
public final class QuizPane extends VBox {
    private final List<QuizQuestionView> questions = new ArrayList<>();
    private final VBox list = new VBox(14);
    private final Label hint = new Label();
    private final Button reveal = new Button("Reveal answers", new FontIcon(Feather.EYE));
    private final Button again = new Button("Ask again", new FontIcon(Feather.ROTATE_CCW));
    private Lesson lesson;
    private Consumer<Lesson> onCompleted = l -> { };
    private AnswersListener onAnswers = (l, a, r) -> { };
    private boolean restoring;

    /** Told the learner's choices (-1: none) and whether they are revealed, after every change. */
    @FunctionalInterface
    public interface AnswersListener {
        void changed(Lesson lesson, int[] chosen, boolean revealed);
    }

    public QuizPane() {
        super(10);
        getStyleClass().add("quiz");
        Label title = new Label("Before you run it: predict");
        title.getStyleClass().add("section-title");
        hint.setWrapText(true);
        hint.getStyleClass().add("quiz-hint");
        reveal.setId("quiz-reveal");
        reveal.setTooltip(new Tooltip("Show the right answers and why"));
        reveal.setOnAction(e -> reveal());
        again.setId("quiz-again");
        again.setTooltip(new Tooltip("Clear your answers and try again"));
        again.setOnAction(e -> reset());
        getChildren().addAll(title, hint, list, new HBox(10, reveal, again));
        show(null);
    }

    /** Shows {@code l}'s questions, unanswered (null: nothing). */
    public void show(Lesson l) {
        show(l, new int[0], false);
    }

    /**
     * Shows {@code l}'s questions with the choices kept from an earlier visit ({@code chosen}, -1 for
     * none), revealed if they were. Kept choices that no longer match the quiz (it was edited since:
     * another number of questions, a choice out of range) are dropped rather than shown wrongly.
     */
    public void show(Lesson l, int[] chosen, boolean revealed) {
        lesson = l;
        questions.clear();
        list.getChildren().clear();
        if (l != null) {
            boolean fits = chosen.length == l.quiz().size();
            for (int i = 0; i < l.quiz().size() && fits; i++) {
                fits = chosen[i] < l.quiz().get(i).choices().size();
            }
            restoring = true;
            try {
                for (int i = 0; i < l.quiz().size(); i++) {
                    QuizQuestionView v = new QuizQuestionView(i + 1, l.quiz().get(i));
                    v.setOnChange(this::changed);
                    if (fits && chosen[i] >= 0) {
                        v.choose(chosen[i]);
                    }
                    if (fits && revealed) {
                        v.reveal();
                    }
                    questions.add(v);
                    list.getChildren().add(v);
                }
            } finally {
                restoring = false;
            }
        }
        setVisible(l != null && !l.quiz().isEmpty());
        setManaged(isVisible());
        update();
    }

    private void changed() {
        update();
        if (!restoring && lesson != null) {
            onAnswers.changed(lesson, chosen(), isRevealed());
        }
    }

    /** The choice made in each question, -1 where none. */
    public int[] chosen() {
        return questions.stream().mapToInt(QuizQuestionView::chosen).toArray();
    }

    public void setOnAnswers(AnswersListener l) {
        onAnswers = l;
    }

    /** The lesson's run finished: what it showed is the answer, so reveal (once something was answered). */
    public void runFinished() {
        if (questions.stream().anyMatch(QuizQuestionView::isAnswered)) {
            reveal();
        }
    }

    /** Reveals every answer and explanation; a fully answered quiz completes the lesson. */
    public void reveal() {
        if (questions.isEmpty() || isRevealed()) {
            return;
        }
        questions.forEach(QuizQuestionView::reveal);
        changed();
        if (isAllAnswered()) {
            onCompleted.accept(lesson);
        }
    }

    public void reset() {
        restoring = true; // one report for the whole reset, not one per question
        try {
            questions.forEach(QuizQuestionView::reset);
        } finally {
            restoring = false;
        }
        changed();
    }

    public boolean isRevealed() {
        return !questions.isEmpty() && questions.stream().allMatch(QuizQuestionView::isRevealed);
    }

    public boolean isAllAnswered() {
        return !questions.isEmpty() && questions.stream().allMatch(QuizQuestionView::isAnswered);
    }

    /** How many questions were answered correctly (counts only once revealed). */
    public int score() {
        return (int) questions.stream().filter(q -> q.verdict() == QuizQuestionView.Verdict.CORRECT).count();
    }

    private void update() {
        boolean revealed = isRevealed();
        reveal.setDisable(revealed);
        again.setDisable(!revealed);
        long answered = questions.stream().filter(QuizQuestionView::isAnswered).count();
        if (revealed) {
            hint.setText("You got " + score() + " of " + questions.size() + " right. Step through the run to see why.");
        } else if (answered < questions.size()) {
            hint.setText("Pick an answer to each question (Tab to move, arrow keys to choose), then run the program"
                    + " or press Reveal. " + answered + " of " + questions.size() + " answered.");
        } else {
            hint.setText("All answered. Run the program, or press Reveal, to see if you were right.");
        }
    }

    public void setOnCompleted(Consumer<Lesson> c) {
        onCompleted = c;
    }

    public List<QuizQuestionView> questions() {
        return List.copyOf(questions);
    }

    public Button revealButton() {
        return reveal;
    }
}
