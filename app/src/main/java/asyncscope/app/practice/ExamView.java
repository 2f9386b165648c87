package asyncscope.app.practice;

import asyncscope.app.lesson.MarkdownView;
import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.exam.ConceptScore;
import asyncscope.lessons.practice.exam.ItemResult;
import asyncscope.lessons.practice.exam.TestItem;
import asyncscope.lessons.practice.exam.TestResult;
import asyncscope.lessons.practice.progress.Attempt;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The timed-test part of the practice column: the setup (questions, minutes, interviewer mode) with the
 * history of attempts; during the test the clock, the question (a drill's choices, a card to turn over and
 * mark, a bug to fix with Check, hints and Give up) and the way between questions; at the end the score,
 * the breakdown by concept, every question with the answer given and the right one, and Export.
 * Bound to an {@link ExamModel}; a one-second timeline drives its clock.
 */
final class ExamView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);
    private final ExamModel model;
    private final PracticeModel practice;
    private final Label clock = new Label();
    private final Label message = new Label();
    private final VBox body = new VBox(10);
    private final Timeline timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tickNow()));
    private final ChoiceList choices = new ChoiceList();
    private Runnable onInterviewer = () -> { };

    ExamView(ExamModel model, PracticeModel practice) {
        super(10);
        this.model = model;
        this.practice = practice;
        timer.setCycleCount(Timeline.INDEFINITE);
        clock.getStyleClass().add("practice-clock");
        clock.setId("exam-clock");
        clock.textProperty().bind(model.clockTextProperty());
        message.getStyleClass().add("practice-text");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("exam-message");
        message.textProperty().bind(model.messageProperty());
        choices.setOnPick(model::answerDrill);
        getChildren().addAll(body);
        model.phaseProperty().addListener((o, a, b) -> rebuild());
        model.indexProperty().addListener((o, a, b) -> rebuild());
        model.answeredCountProperty().addListener((o, a, b) -> rebuild());
        model.revealedProperty().addListener((o, a, b) -> rebuild());
        model.cardTurnedProperty().addListener((o, a, b) -> rebuild());
        model.checkingProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    void setOnInterviewer(Runnable r) {
        onInterviewer = r;
    }

    private void tickNow() {
        model.tick();
    }

    private void rebuild() {
        body.getChildren().clear();
        switch (model.phaseProperty().get()) {
            case SETUP -> setup();
            case BUILDING -> {
                timer.stop();
                body.getChildren().addAll(title("Timed test"), message);
            }
            case RUNNING -> {
                if (timer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                    timer.play();
                }
                running();
            }
            case DONE -> {
                timer.stop();
                done();
            }
        }
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("practice-title");
        l.setWrapText(true);
        return l;
    }

    private static Label text(String s, String style) {
        return WrappedText.of(s, style);
    }

    private static Button button(String id, String text, Feather icon, String tip, Runnable r) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> r.run());
        return b;
    }

    private void setup() {
        Spinner<Integer> n = new Spinner<>(3, 40, model.questionsProperty().get());
        n.setId("exam-questions");
        n.setEditable(true);
        n.setPrefWidth(90);
        n.setTooltip(new Tooltip("How many questions (about half drills, a third flashcards, a fifth bugs)"));
        n.valueProperty().addListener((o, a, b) -> model.questionsProperty().set(b));
        Spinner<Integer> m = new Spinner<>(2, 180, model.minutesProperty().get());
        m.setId("exam-minutes");
        m.setEditable(true);
        m.setPrefWidth(90);
        m.setTooltip(new Tooltip("Minutes for the whole test"));
        m.valueProperty().addListener((o, a, b) -> model.minutesProperty().set(b));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Questions"), n);
        g.addRow(1, new Label("Minutes"), m);
        CheckBox iv = new CheckBox("Interviewer mode: the question on the projector, the answer on a key press (A)");
        iv.setId("exam-interviewer");
        iv.setWrapText(true);
        iv.setTooltip(new Tooltip("The test goes full screen in presenter mode; answers stay hidden until you press A"));
        iv.selectedProperty().bindBidirectional(model.interviewerProperty());
        Button go = button("exam-start", "Start the test", Feather.CLOCK, "Draw the questions and start the clock", () -> {
            model.start();
            if (model.interviewerProperty().get()) {
                onInterviewer.run();
            }
        });
        go.getStyleClass().add("accent");
        body.getChildren().addAll(title("Timed test"),
                text("Drills, flashcards and bugs to fix from across the course, against the clock. The score comes with a"
                        + " breakdown by concept; you can export it as Markdown or HTML.", "practice-meta"),
                g, iv, go, message, history());
    }

    private Node history() {
        List<Attempt> all = practice.progress().tests();
        VBox v = new VBox(4, text("Your attempts", "practice-question"));
        v.setId("exam-history");
        if (all.isEmpty()) {
            v.getChildren().add(text("None yet.", "practice-meta"));
        }
        for (int i = all.size() - 1; i >= 0 && i >= all.size() - 12; i--) {
            Attempt a = all.get(i);
            v.getChildren().add(text(WHEN.format(Instant.ofEpochMilli(a.startedMillis()).atZone(ZoneId.systemDefault()))
                    + " · " + ResultNumbers.points(a.points()) + " / " + a.questions() + " (" + a.percent() + " %) · "
                    + ResultNumbers.time(a.seconds()) + (a.timedOut() ? " · time ran out" : ""), "practice-text"));
        }
        return v;
    }

    private void running() {
        TestItem it = model.current();
        if (it == null) {
            return;
        }
        int i = model.indexProperty().get();
        int n = model.test().items().size();
        HBox head = new HBox(12, title("Question " + (i + 1) + " of " + n), clock);
        head.setAlignment(Pos.CENTER_LEFT);
        FlowPane nav = new FlowPane(4, 4);
        for (int k = 0; k < n; k++) {
            int kk = k;
            Button b = new Button(String.valueOf(k + 1));
            b.setId("exam-go-" + (k + 1));
            b.getStyleClass().add("practice-nav");
            boolean ok = model.answered(k);
            b.getStyleClass().add(ok ? "answered" : "open");
            b.setGraphic(new FontIcon(ok ? Feather.CHECK : Feather.CIRCLE)); // the same width either way: the row never moves
            if (k == i) {
                b.getStyleClass().add("current");
            }
            b.setTooltip(new Tooltip("Question " + (k + 1) + " (" + model.test().items().get(k).kind() + ")"
                    + (model.answered(k) ? ", answered" : "")));
            b.setOnAction(e -> model.go(kk));
            nav.getChildren().add(b);
        }
        body.getChildren().addAll(head, nav, text(model.answeredCountProperty().get() + " of " + n + " answered · "
                + it.kind() + " · " + it.concept().title(), "practice-meta"));
        boolean done = model.answered(i);
        boolean show = model.revealedProperty().get();
        if (it instanceof TestItem.DrillItem d) {
            body.getChildren().add(text(d.drill().question(), "practice-question"));
            choices.show(d.drill().choices());
            body.getChildren().add(choices);
            int given = model.givenChoice(i);
            if (show) {
                choices.reveal(d.drill().answer(), given);
                body.getChildren().add(text(d.drill().decision().sentence(), "practice-text"));
            } else if (done) {
                choices.buttons().forEach(b -> b.setDisable(true));
                if (given >= 0) {
                    choices.buttons().get(given).getStyleClass().add("picked");
                    choices.buttons().get(given).setGraphic(new FontIcon(Feather.CORNER_DOWN_RIGHT));
                }
                body.getChildren().add(text("The right answers are shown when the test ends.", "practice-meta"));
            }
        } else if (it instanceof TestItem.CardItem c) {
            MarkdownView front = new MarkdownView();
            front.setMarkdown(c.card().front());
            front.setId("exam-card-front");
            body.getChildren().add(front);
            if (model.cardTurnedProperty().get() || show) {
                MarkdownView back = new MarkdownView();
                back.setMarkdown(c.card().back());
                back.setId("exam-card-back");
                Label rule = text("Answer", "practice-meta");
                rule.getStyleClass().add("practice-answer-rule");
                rule.setMaxWidth(Double.MAX_VALUE);
                body.getChildren().addAll(rule, back);
                if (!done) {
                    body.getChildren().add(new FlowPane(8, 8,
                            button("exam-didnt", "1  I didn't know", Feather.X, "Score 0 for this card (1 or ←)", () -> model.markCard(false)),
                            button("exam-knew", "3  I knew it", Feather.CHECK, "Score 1 for this card (3 or →)", () -> model.markCard(true))));
                }
            } else if (!done) {
                body.getChildren().add(button("exam-turn", "Turn over  (Space)", Feather.REFRESH_CW,
                        "Show the answer, then say honestly whether you knew it", model::turnCard));
            }

        } else if (it instanceof TestItem.BugItem b) {
            MarkdownView task = new MarkdownView();
            task.setMarkdown(b.challenge().task());
            body.getChildren().addAll(text(b.challenge().title(), "practice-question"), task);
            if (!done) {
                Button check = button("exam-check", "Check my fix  (Ctrl+Enter)", Feather.PLAY_CIRCLE,
                        "Run your fix and judge it", model::checkBug);
                check.setDisable(model.checkingProperty().get());
                check.getStyleClass().add("accent");
                Button hint = button("exam-hint", "Hint (−¼ point)", Feather.HELP_CIRCLE,
                        "Each hint costs a quarter of this question's point", () -> {
                            model.hint();
                            rebuild();
                        });
                hint.setDisable(model.hints().size() >= b.challenge().hints().size());
                Button give = button("exam-give-up", "Give up", Feather.FLAG, "Leave this bug unfixed (0 points)", model::giveUpBug);
                body.getChildren().add(new FlowPane(8, 8, check, hint, give));
                int k = 1;
                for (String h : model.hints()) {
                    body.getChildren().add(text("Hint " + k++ + ": " + h, "practice-text"));
                }
            }
            if (show) {
                MarkdownView why = new MarkdownView();
                why.setMarkdown(b.challenge().why());
                body.getChildren().addAll(text("The answer", "practice-question"), why);
            }
        }
        body.getChildren().add(message);
        Button prev = button("exam-prev", "Previous  (P)", Feather.CHEVRON_LEFT, "The previous question", () -> model.go(i - 1));
        prev.setDisable(i == 0);
        Button next = button("exam-next", "Next  (N)", Feather.CHEVRON_RIGHT, "The next question", () -> model.go(i + 1));
        next.setDisable(i == n - 1);
        Button finish = button("exam-finish", "Finish the test", Feather.FLAG, "End the test now and see the score", model::finish);
        body.getChildren().addAll(new FlowPane(8, 8, prev, next, finish),
                text(model.interviewerProperty().get() ? "Keys: A shows the answer · 1–4 record a choice · N/P move · Space turns a card"
                        : "Keys: 1–4 answer · Space turns a card, then 1 or 3 · N/P move between questions", "practice-keys"));
    }

    private void done() {
        TestResult r = model.resultProperty().get();
        Label score = text(ResultNumbers.points(r.points()) + " / " + r.questions() + "  (" + r.percent() + " %)", "practice-score");
        score.setId("exam-score");
        body.getChildren().addAll(title("Your result"), score,
                text("Time " + ResultNumbers.time(r.taken().toSeconds()) + " of " + ResultNumbers.time(r.allowed().toSeconds())
                        + (r.timedOut() ? " — the time ran out" : ""), "practice-meta"));
        GridPane by = new GridPane();
        by.setId("exam-by-concept");
        by.setHgap(12);
        by.setVgap(4);
        by.addRow(0, text("Concept", "practice-question"), text("Score", "practice-question"));
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints scoreColumn = new javafx.scene.layout.ColumnConstraints();
        scoreColumn.setMinWidth(Region.USE_PREF_SIZE);
        by.getColumnConstraints().addAll(wide, scoreColumn);
        int row = 1;
        for (Map.Entry<Concept, ConceptScore> e : r.byConcept().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            by.addRow(row++, text(e.getKey().title(), "practice-text"),
                    text(ResultNumbers.points(e.getValue().points()) + " / " + e.getValue().questions(), "practice-text"));
        }
        body.getChildren().addAll(text("By concept", "practice-question"), by, text("Questions", "practice-question"));
        for (ItemResult i : r.items()) {
            boolean right = i.points() >= 1;
            Label head = text((i.index() + 1) + ". " + i.title().lines().findFirst().orElse("").replace("`", "") + "  (" + i.kind() + ", "
                    + ResultNumbers.points(i.points()) + ")", "practice-text");
            head.setGraphic(new FontIcon(right ? Feather.CHECK_CIRCLE : i.points() > 0 ? Feather.MINUS_CIRCLE : Feather.X_CIRCLE));
            VBox q = new VBox(2, head);
            if (!right) {
                q.getChildren().add(text("Your answer: " + i.given().replace("\n", " / "), "practice-meta"));
                q.getChildren().add(text("Right: " + i.right().replace("\n", " / "), "practice-meta"));
                if (!i.note().isBlank()) {
                    q.getChildren().add(text(i.note(), "practice-meta"));
                }
            }
            body.getChildren().add(q);
        }
        Button export = button("exam-export", "Export the result…", Feather.DOWNLOAD,
                "Save the result as Markdown (.md) or HTML (.html)", this::export);
        Button again = button("exam-again", "New test", Feather.ROTATE_CW, "Back to the setup", model::again);
        body.getChildren().addAll(new FlowPane(8, 8, export, again), message, history());
    }

    private void export() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("asyncscope-test.md");
        FileChooser.ExtensionFilter md = new FileChooser.ExtensionFilter("Markdown", "*.md");
        FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter("HTML page", "*.html");
        fc.getExtensionFilters().addAll(md, html);
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        java.nio.file.Path p = f.toPath();
        if (fc.getSelectedExtensionFilter() == html && !p.toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            p = p.resolveSibling(p.getFileName() + ".html");
        }
        try {
            model.export(p);
            practice.session().statusProperty().set("Result written to " + p);
        } catch (java.io.IOException | RuntimeException ex) {
            practice.session().statusProperty().set("Could not write " + p + ": " + ex.getMessage());
        }
    }

    /** The test's keys in the side column; true when used. */
    boolean key(KeyEvent e) {
        if (model.phaseProperty().get() != ExamModel.Phase.RUNNING) {
            return false;
        }
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            model.checkBug();
            return true;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        TestItem it = model.current();
        int i = model.indexProperty().get();
        KeyCode k = e.getCode();
        if (k == KeyCode.N || k == KeyCode.PAGE_DOWN) {
            model.go(i + 1);
            return true;
        }
        if (k == KeyCode.P || k == KeyCode.PAGE_UP) {
            model.go(i - 1);
            return true;
        }
        if (k == KeyCode.A && model.interviewerProperty().get()) {
            model.reveal();
            return true;
        }
        if (it instanceof TestItem.CardItem) {
            if (k == KeyCode.SPACE) {
                model.turnCard();
                return true;
            }
            if (k == KeyCode.DIGIT1 || k == KeyCode.NUMPAD1 || k == KeyCode.LEFT) {
                model.markCard(false);
                return true;
            }
            if (k == KeyCode.DIGIT3 || k == KeyCode.NUMPAD3 || k == KeyCode.RIGHT) {
                model.markCard(true);
                return true;
            }
        }
        if (it instanceof TestItem.DrillItem && k.isDigitKey()) {
            int d = k.getName().charAt(k.getName().length() - 1) - '1';
            if (d >= 0 && d < 9) {
                model.answerDrill(d);
                return true;
            }
        }
        return false;
    }
}
