package asyncscope.app.practice;

import asyncscope.lessons.practice.drill.Answer;
import asyncscope.lessons.practice.drill.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A drill's choices as numbered buttons, one under the other (a printed-lines answer in monospace, a line
 * each), full width. Picking one reports its index; once answered, the right one and the picked wrong one
 * are marked with an icon and a word, not colour alone. Used by the drill view and the timed test.
 */
final class ChoiceList extends VBox {
    private final List<Button> buttons = new ArrayList<>();
    private IntConsumer onPick = i -> { };

    ChoiceList() {
        super(6);
    }

    void setOnPick(IntConsumer c) {
        onPick = c;
    }

    /** Shows {@code choices}, none picked. */
    void show(List<Choice> choices) {
        buttons.clear();
        getChildren().clear();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            boolean lines = c.answer() instanceof Answer.Lines;
            String text = lines ? String.join("\n", ((Answer.Lines) c.answer()).lines()) : c.text();
            Button b = new Button((i + 1) + "   " + (text.isEmpty() ? "(prints nothing)" : text.replace("\n", "\n     ")));
            b.setId("choice-" + (i + 1));
            b.setTooltip(new javafx.scene.control.Tooltip("Answer " + (i + 1) + " (key " + (i + 1) + ")"));
            b.getStyleClass().add("practice-choice");
            if (lines) {
                b.getStyleClass().add("lines");
            }
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            int at = i;
            b.setOnAction(e -> onPick.accept(at));
            buttons.add(b);
            getChildren().add(b);
        }
    }

    /** Marks the answer: {@code right} is the right choice, {@code picked} the learner's (-1: shown without a pick). */
    void reveal(int right, int picked) {
        for (int i = 0; i < buttons.size(); i++) {
            Button b = buttons.get(i);
            b.setDisable(true);
            if (i == right) {
                b.getStyleClass().add("right");
                b.setGraphic(mark(Feather.CHECK, i == picked ? "yours, right" : "right"));
            } else if (i == picked) {
                b.getStyleClass().add("wrong");
                b.setGraphic(mark(Feather.X, "yours"));
            }
        }
    }

    /** An icon with a word under it, left of the choice's text (the text itself stays as it was). */
    private static javafx.scene.Node mark(Feather icon, String word) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(word);
        l.getStyleClass().add("practice-mark");
        VBox v = new VBox(2, new FontIcon(icon), l);
        v.setAlignment(javafx.geometry.Pos.CENTER);
        v.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return v;
    }

    List<Button> buttons() {
        return List.copyOf(buttons);
    }
}
