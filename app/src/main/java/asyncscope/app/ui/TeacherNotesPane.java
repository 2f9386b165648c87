package asyncscope.app.ui;

import asyncscope.app.lesson.MarkdownView;
import asyncscope.lessons.catalogue.Lesson;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The open lesson's teacher notes (its {@code ## Teacher notes} section: what to ask the room, common
 * misconceptions), rendered as Markdown. Presenter mode shows it beside the code and stage on N; learners
 * do not see it unless the teacher opens it.
 */
public final class TeacherNotesPane extends VBox {
    private final Label title = new Label("Teacher notes");
    private final MarkdownView text = new MarkdownView();

    public TeacherNotesPane() {
        super(8);
        setId("teacher-notes");
        getStyleClass().add("teacher-notes");
        setPadding(new Insets(12));
        title.getStyleClass().add("teacher-notes-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        text.maxWidthProperty().bind(widthProperty().subtract(48));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        setMinWidth(0);
    }

    /** Shows {@code l}'s notes (a lesson without notes says so). */
    public void show(Lesson l) {
        title.setText(l == null ? "Teacher notes" : "Teacher notes · " + l.title());
        text.setMarkdown(l == null || l.teacherNotes().isBlank() ? "This lesson has no teacher notes." : l.teacherNotes());
    }

    /** The notes as rendered text (tests). */
    public String plainText() {
        StringBuilder b = new StringBuilder();
        for (var n : text.getChildren()) {
            if (n instanceof javafx.scene.text.Text t) {
                b.append(t.getText());
            }
        }
        return b.toString();
    }

    public Label titleLabel() {
        return title;
    }
}
