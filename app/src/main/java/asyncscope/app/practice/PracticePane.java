package asyncscope.app.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Practice tab of the side column: a switch between its parts (drills, find the bug, flashcards, the
 * timed test), the part shown under it in a scroll pane, and the progress file's warning when there is one.
 * The program of a part opens in the code view and its runs play on the stage, as a lesson's do, so the
 * window's layout is the same in every mode. Keys go to the shown part first ({@link #key}).
 */
public final class PracticePane extends VBox {
    /** The parts, in the switch's order. */
    public enum Part { DRILLS, BUGS, CARDS, TEST }

    private final PracticeModel model;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Part, ToggleButton> switches = new LinkedHashMap<>();
    private final Map<Part, Node> views = new LinkedHashMap<>();
    private final ScrollPane scroll = new ScrollPane();
    private final DrillView drills;
    private final BugView bugs;
    private final CardView cards;
    private final ExamView exam;
    private final ProjectorView projector;
    private final DrillProjector drillProjector;
    private Part shown;
    /** Whether the Practice tab is the one selected (only then does a part put its program in the code view). */
    private boolean active;

    public PracticePane(PracticeModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("practice");
        var css = PracticePane.class.getResource("/assets/css/practice.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        model.windowed();
        drills = new DrillView(model.drills());
        bugs = new BugView(model.bugChallenges());
        cards = new CardView(model.cards());
        exam = new ExamView(model.exam(), model);
        projector = new ProjectorView(model.exam());
        drillProjector = new DrillProjector(model.drills());
        if (css != null) {
            projector.getStylesheets().add(css.toExternalForm());
            drillProjector.getStylesheets().add(css.toExternalForm());
        }
        views.put(Part.DRILLS, drills);
        views.put(Part.BUGS, bugs);
        views.put(Part.CARDS, cards);
        views.put(Part.TEST, exam);
        HBox bar = new HBox(0);
        bar.getStyleClass().addAll("practice-parts", "segmented");
        add(bar, Part.DRILLS, "Drills", "Predict what a generated program does; its run shows why");
        add(bar, Part.BUGS, "Bugs", "Find the bug: fix a broken program, your fix is run and judged");
        add(bar, Part.CARDS, "Cards", "Flashcards with spaced repetition (Leitner boxes), all by keyboard");
        add(bar, Part.TEST, "Test", "A timed technical test with a score by concept");
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one part is always shown
            } else {
                show((Part) b.getUserData());
            }
        });
        Label warning = new Label();
        warning.getStyleClass().add("practice-warning");
        warning.setWrapText(true);
        warning.setId("practice-warning");
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPadding(new Insets(0, 4, 0, 0));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, warning, scroll);
        switches.get(Part.DRILLS).setSelected(true);
    }

    private void add(HBox bar, Part p, String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setId("practice-" + p.name().toLowerCase());
        b.setUserData(p);
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        switches.put(p, b);
        bar.getChildren().add(b);
    }

    /** Shows a part; while the Practice tab is on screen its program comes into the code view too. */
    public void show(Part p) {
        switches.get(p).setSelected(true);
        if (p == shown) {
            return;
        }
        shown = p;
        scroll.setContent(views.get(p));
        scroll.setVvalue(0);
        if (active) {
            model.setShowing(p);
            enter(p);
        }
    }

    private void enter(Part p) {
        switch (p) {
            case DRILLS -> model.drills().enter(); // the first time: a drill is drawn
            case BUGS -> model.bugChallenges().enter();
            case CARDS -> model.cards().enter();
            case TEST -> model.exam().enter();
        }
    }

    /** The Practice tab was selected: the shown part's program comes (back) into the code view. */
    public void entered() {
        active = true;
        model.setShowing(shown);
        enter(shown);
    }

    /** Another tab was selected. */
    public void left() {
        active = false;
        model.setShowing(null);
        model.bugChallenges().leaving();
        model.exam().leaving();
    }

    public Part shown() {
        return shown;
    }

    /**
     * A key pressed while the Practice tab is on screen; {@code typing}: the focus is in a text field or the
     * editable code view (then only shortcuts such as Ctrl+Enter are taken). True if the shown part used it.
     */
    public boolean key(KeyEvent e, boolean typing) {
        if (typing && !e.isShortcutDown()) {
            return false;
        }
        return switch (shown) {
            case DRILLS -> drills.key(e);
            case BUGS -> bugs.key(e);
            case CARDS -> cards.key(e);
            case TEST -> exam.key(e);
        };
    }

    /** A key pressed while a projector view is shown (presenter mode): the test's or the drill's keys. */
    public boolean projectorKey(KeyEvent e) {
        return interviewing() ? exam.key(e) : shown == Part.DRILLS && drills.key(e);
    }

    /** Whether the timed test is in interviewer mode and running (the window shows the projector then). */
    public boolean interviewing() {
        return model.exam().interviewerProperty().get() && model.exam().phaseProperty().get() != ExamModel.Phase.SETUP;
    }

    /**
     * What presenter mode shows where the side column was, or null for nothing: the interviewer's question
     * during a test in interviewer mode, else the drill while the Practice tab shows the drills.
     */
    public javafx.scene.Node projector() {
        if (interviewing()) {
            return projector;
        }
        return active && shown == Part.DRILLS ? drillProjector : null;
    }

    /** Both projector views take {@code width} (a share of the window). */
    public void bindProjectorWidth(javafx.beans.binding.DoubleExpression width) {
        for (ScrollPane p : new ScrollPane[] {projector, drillProjector}) {
            p.prefWidthProperty().bind(width);
            p.maxWidthProperty().bind(width);
            p.setMinWidth(0);
        }
    }

    /** Told when interviewer mode starts a test (the window goes to presenter mode). */
    public void setOnInterviewer(Runnable r) {
        exam.setOnInterviewer(r);
    }

    public PracticeModel model() {
        return model;
    }
}
