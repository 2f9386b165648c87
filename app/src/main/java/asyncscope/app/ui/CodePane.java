package asyncscope.app.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The program pane: its title, Reset (lessons only), the {@link CodeView} and the compile problems under
 * it. It binds to the {@link SessionModel}: the session's text is shown here and the learner's edits go
 * back into it; a click on a line picks the task at that line; live tasks' lines are lit by the window's
 * per-frame sync through {@link #code()}.
 */
public final class CodePane extends VBox {
    private final CodeView code = new CodeView();
    private final Label title = new Label();
    private final Button reset = new Button("Reset", new FontIcon(Feather.ROTATE_CCW));
    private final ProblemsStrip problems = new ProblemsStrip();

    public CodePane(SessionModel session) {
        super(4);
        title.getStyleClass().add("pane-title");
        title.setMinWidth(0);
        title.textProperty().bind(session.titleProperty());
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Put the lesson's program back (your edits are lost)"));
        reset.setOnAction(e -> session.resetProgram());
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.visibleProperty().bind(session.editableProperty());
        reset.managedProperty().bind(reset.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, reset);
        head.setAlignment(Pos.CENTER_LEFT);
        // a problem in a lesson file (File › Open Lesson…) is at a line of that Markdown file, not of the program shown
        problems.setOnChoose(d -> {
            if (!isLessonFile(d)) {
                code.moveCaretTo(d.line(), d.column());
            }
        });
        getChildren().addAll(head, code, problems);
        VBox.setVgrow(code, Priority.ALWAYS);
        setPadding(new Insets(6));

        code.setText(session.sourceProperty().get());
        session.sourceProperty().addListener((o, a, b) -> {
            if (!code.area().getText().equals(b)) {
                code.setText(b);
            }
        });
        code.area().textProperty().addListener((o, a, b) -> session.sourceProperty().set(b));
        code.setEditable(session.editableProperty().get());
        session.editableProperty().addListener((o, a, b) -> code.setEditable(b));
        session.problems().addListener((javafx.collections.ListChangeListener<asyncscope.lessons.rustlite.diag.Diagnostic>) c -> {
            List<asyncscope.lessons.rustlite.diag.Diagnostic> ds = List.copyOf(session.problems());
            problems.show(ds);
            List<asyncscope.lessons.rustlite.diag.Diagnostic> inProgram = ds.stream().filter(d -> !isLessonFile(d)).toList();
            if (!inProgram.isEmpty()) {
                code.showProblems(inProgram);
            }
        });
        code.area().setOnMouseClicked(e -> session.pickTaskOnLine(code.area().getCurrentParagraph() + 1));
    }

    private static boolean isLessonFile(asyncscope.lessons.rustlite.diag.Diagnostic d) {
        return d.file() != null && d.file().endsWith(".md");
    }

    public CodeView code() {
        return code;
    }

    public ProblemsStrip problems() {
        return problems;
    }
}
