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
        drills = new DrillView(model.drills());
        views.put(Part.DRILLS, drills);
        HBox bar = new HBox(0);
        bar.getStyleClass().addAll("practice-parts", "segmented");
        add(bar, Part.DRILLS, "Drills");
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

    private void add(HBox bar, Part p, String text) {
        ToggleButton b = new ToggleButton(text);
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
            enter(p);
        }
    }

    private void enter(Part p) {
        if (p == Part.DRILLS) {
            model.drills().enter(); // the first time: a drill is drawn
        }
    }

    /** The Practice tab was selected: the shown part's program comes (back) into the code view. */
    public void entered() {
        active = true;
        enter(shown);
    }

    /** Another tab was selected. */
    public void left() {
        active = false;
    }

    public Part shown() {
        return shown;
    }

    /** A key pressed while the Practice tab is on screen (and no text is being typed): true if the part used it. */
    public boolean key(KeyEvent e) {
        if (shown == Part.DRILLS) {
            return drills.key(e);
        }
        return false;
    }

    public PracticeModel model() {
        return model;
    }
}
