package asyncscope.app.practice;

import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.drill.Template;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The drill part of the practice column: which templates to draw from, Next drill, the question with its
 * numbered choices, and after an answer the verdict, the explanation and Replay. Bound to a
 * {@link DrillModel}; keys 1–4 answer and N draws the next one.
 */
final class DrillView extends VBox {
    private final DrillModel model;
    private final ComboBox<Template> from = new ComboBox<>();
    private final Button next = new Button("Next drill  (N)", new FontIcon(Feather.SKIP_FORWARD));
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label question = new Label();
    private final ChoiceList choices = new ChoiceList();
    private final Label verdict = new Label();
    private final Label explanation = new Label();
    private final Button replay = new Button("Replay to the decision", new FontIcon(Feather.ROTATE_CCW));
    private final ProgressIndicator spinner = new ProgressIndicator();

    DrillView(DrillModel model) {
        super(10);
        this.model = model;
        from.getItems().add(null);
        from.getItems().addAll(model.practiceTemplates());
        from.setButtonCell(cell());
        from.setCellFactory(v -> cell());
        from.setTooltip(new Tooltip("Draw drills from every template, or practise one"));
        from.valueProperty().bindBidirectional(model.onlyProperty());
        next.setId("next-drill");
        next.setTooltip(new Tooltip("Draw another drill: a new program from a template and a seed (N)"));
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.busyProperty());
        next.setMinWidth(Region.USE_PREF_SIZE);
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(model.busyProperty());
        from.setPrefWidth(180);
        from.setMinWidth(120);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 8, from, next, spinner);
        top.setAlignment(Pos.CENTER_LEFT);

        title.getStyleClass().add("practice-title");
        title.setWrapText(true);
        meta.getStyleClass().add("practice-meta");
        meta.setWrapText(true);
        question.getStyleClass().add("practice-question");
        question.setWrapText(true);
        question.setId("drill-question");
        question.setMinHeight(Region.USE_PREF_SIZE);
        choices.setOnPick(model::answer);
        verdict.getStyleClass().add("practice-verdict");
        verdict.setWrapText(true);
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.setId("drill-verdict");
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        explanation.getStyleClass().add("practice-text");
        explanation.setWrapText(true);
        explanation.setId("drill-explanation");
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        replay.setId("drill-replay");
        replay.setTooltip(new Tooltip("Play the run again from its start to the event that decides the answer"));
        replay.setOnAction(e -> model.replay());
        Label keys = new Label("Keys: 1–4 answer · N next drill · Space plays · ←/→ step");
        keys.getStyleClass().add("practice-keys");
        keys.setWrapText(true);
        getChildren().addAll(top, title, meta, question, choices, verdict, explanation, replay, keys);

        model.drillProperty().addListener((o, a, d) -> show(d));
        model.chosenProperty().addListener((o, a, c) -> answered());
        model.explanationProperty().addListener((o, a, b) -> explanation.setText(b));
        show(null);
    }

    private static ListCell<Template> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : t == null ? "Any topic" : t.title());
            }
        };
    }

    private void show(Drill d) {
        boolean has = d != null;
        title.setText(has ? d.title() : "Prediction drills");
        meta.setText(has ? d.concept().title() + " · " + params(d) : "Each drill is a small program generated from a template and run on the "
                + "simulated runtime: the right answer is what that run did. Press Next drill.");
        question.setText(has ? d.question() : "");
        choices.show(has ? d.choices() : java.util.List.of());
        verdict.setText("");
        verdict.setGraphic(null);
        verdict.getStyleClass().removeAll("right", "wrong");
        explanation.setText(model.explanationProperty().get());
        setShown(verdict, false);
        setShown(replay, false);
    }

    private static String params(Drill d) {
        return d.params().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).reduce((x, y) -> x + ", " + y).orElse("");
    }

    private void answered() {
        Drill d = model.drillProperty().get();
        int c = model.chosenProperty().get();
        if (d == null || c < 0) {
            return;
        }
        choices.reveal(d.answer(), c);
        boolean right = c == d.answer();
        verdict.setText(model.verdictProperty().get());
        verdict.setGraphic(new FontIcon(right ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE));
        verdict.getStyleClass().add(right ? "right" : "wrong");
        setShown(verdict, true);
        setShown(replay, true);
        ScrollTo.show(verdict);
    }

    private static void setShown(javafx.scene.Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    /** 1–4 answer, N draws the next drill; true when the key was used. */
    boolean key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.N) {
            model.next();
            return true;
        }
        int digit = k.isDigitKey() ? k.getName().charAt(k.getName().length() - 1) - '1' : -1;
        if (digit >= 0 && digit < 9 && model.drillProperty().get() != null && !model.answered()) {
            model.answer(digit);
            return true;
        }
        return false;
    }

    ChoiceList choices() {
        return choices;
    }
}
