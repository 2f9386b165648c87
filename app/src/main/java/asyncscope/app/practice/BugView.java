package asyncscope.app.practice;

import asyncscope.app.lesson.MarkdownView;
import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.bug.Finding;
import asyncscope.lessons.practice.bug.Verdict;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The find-the-bug part of the practice column: which challenge, its task, Check (Ctrl+Enter), Reset, the
 * verdict with every finding (its heading, line and sentence), and the hint ladder (three hints, then the
 * answer with why, which can be put into the editor). Bound to a {@link BugModel}.
 */
final class BugView extends VBox {
    private final BugModel model;
    private final ComboBox<BugChallenge> pick = new ComboBox<>();
    private final MarkdownView task = new MarkdownView();
    private final Label concept = new Label();
    private final Button check = new Button("Check my fix", new FontIcon(Feather.PLAY_CIRCLE));
    private final Button reset = new Button("Reset", new FontIcon(Feather.ROTATE_CCW));
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label verdict = new Label();
    private final VBox findings = new VBox(6);
    private final Button hint = new Button();
    private final VBox hints = new VBox(6);
    private final VBox answer = new VBox(6);

    BugView(BugModel model) {
        super(10);
        this.model = model;
        pick.getItems().addAll(model.challenges());
        pick.setButtonCell(cell());
        pick.setCellFactory(v -> cell());
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.setId("bug-pick");
        pick.setTooltip(new Tooltip("Choose a broken program to fix"));
        pick.setOnAction(e -> {
            if (pick.getValue() != null && pick.getValue() != model.challengeProperty().get()) {
                model.open(pick.getValue());
            }
        });
        task.setId("bug-task");
        check.setId("bug-check");
        check.setTooltip(new Tooltip("Run your fix on the simulated runtime and judge it: output, time, what the trace shows (Ctrl+Enter)"));
        check.setOnAction(e -> model.check());
        check.disableProperty().bind(model.checkingProperty());
        check.getStyleClass().add("accent");
        reset.setId("bug-reset");
        reset.setTooltip(new Tooltip("Put the broken program back (your edits are dropped)"));
        reset.setOnAction(e -> model.reset());
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(model.checkingProperty());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, check, reset, spinner);
        verdict.getStyleClass().add("practice-verdict");
        verdict.setWrapText(true);
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        verdict.setId("bug-verdict");
        hint.setId("bug-hint");
        hint.setTooltip(new Tooltip("Three hints, each closer to the answer, then the answer itself (hints lower a test's score)"));
        hint.setOnAction(e -> model.hint());
        Label help = new Label("Edit the program in the code view. Ctrl+R runs it as it is; Check (Ctrl+Enter) judges it.");
        help.getStyleClass().add("practice-keys");
        help.setWrapText(true);
        concept.getStyleClass().add("practice-meta");
        getChildren().addAll(pick, concept, task, help, buttons, verdict, findings, hints, hint, answer);

        model.challengeProperty().addListener((o, a, c) -> show(c));
        model.messageProperty().addListener((o, a, m) -> showVerdict());
        model.verdictProperty().addListener((o, a, v) -> showVerdict());
        model.hints().addListener((javafx.collections.ListChangeListener<String>) ch -> showHints());
        model.nextHintProperty().addListener((o, a, n) -> showHints());
        model.answerShownProperty().addListener((o, a, b) -> showAnswer());
        show(model.challengeProperty().get());
    }

    private ListCell<BugChallenge> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(BugChallenge c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                boolean solved = model.solved(c.id());
                setText(c.title() + (solved ? "  (fixed)" : ""));
                FontIcon mark = new FontIcon(solved ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
                mark.getStyleClass().add(solved ? "lesson-mark-done" : "lesson-mark");
                setGraphic(mark);
            }
        };
    }

    private void show(BugChallenge c) {
        if (c != null && pick.getValue() != c) {
            pick.setValue(c);
        }
        concept.setText(c == null ? "" : c.concept().title());
        task.setMarkdown(c == null ? "" : c.task());
        showVerdict();
        showHints();
        showAnswer();
    }

    private void showVerdict() {
        Verdict v = model.verdictProperty().get();
        verdict.getStyleClass().removeAll("right", "wrong");
        findings.getChildren().clear();
        String m = model.messageProperty().get();
        verdict.setText(m);
        verdict.setGraphic(null);
        verdict.setVisible(!m.isEmpty());
        verdict.setManaged(!m.isEmpty());
        if (v == null || model.checkingProperty().get()) {
            return;
        }
        verdict.getStyleClass().add(v.accepted() ? "right" : "wrong");
        verdict.setGraphic(new FontIcon(v.accepted() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE));
        for (Finding f : v.findings()) {
            Label head = new Label(f.heading());
            head.getStyleClass().add("practice-question");
            Label text = new Label(f.message());
            text.setWrapText(true);
            text.getStyleClass().add("practice-text");
            text.setMinHeight(Region.USE_PREF_SIZE);
            findings.getChildren().add(new VBox(2, head, text));
        }
        pick.setButtonCell(cell()); // the fixed mark
        ScrollTo.show(verdict);
    }

    private void showHints() {
        hints.getChildren().clear();
        int i = 1;
        for (String h : model.hints()) {
            Label l = new Label("Hint " + i++ + ": " + h);
            l.setWrapText(true);
            l.getStyleClass().add("practice-text");
            l.setMinHeight(Region.USE_PREF_SIZE);
            hints.getChildren().add(l);
        }
        String next = model.nextHintProperty().get();
        hint.setText(next.isEmpty() ? "" : "Show " + next);
        hint.setGraphic(new FontIcon(Feather.HELP_CIRCLE));
        hint.setVisible(!next.isEmpty());
        hint.setManaged(!next.isEmpty());
    }

    private void showAnswer() {
        answer.getChildren().clear();
        BugChallenge c = model.challengeProperty().get();
        if (c == null || !model.answerShownProperty().get()) {
            return;
        }
        Label head = new Label("The answer");
        head.getStyleClass().add("practice-question");
        MarkdownView why = new MarkdownView();
        why.setMarkdown(c.why());
        TextArea fix = new TextArea(c.fix());
        fix.setEditable(false);
        fix.getStyleClass().add("output");
        fix.setPrefRowCount(Math.min(18, (int) c.fix().lines().count() + 1));
        Button use = new Button("Put the answer in the editor", new FontIcon(Feather.EDIT));
        use.setId("bug-use-answer");
        use.setTooltip(new Tooltip("Replace your edit with the reference fix (Check it to see it accepted)"));
        use.setOnAction(e -> model.useAnswer());
        answer.getChildren().addAll(head, why, fix, use);
    }

    /** Ctrl+Enter checks (the editor has the focus while fixing); true when used. */
    boolean key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            model.check();
            return true;
        }
        return false;
    }
}
