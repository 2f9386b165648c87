package asyncscope.app.ui;

import asyncscope.app.scenario.Scenario;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Programs tab: the built-in demos with a title and a one-line summary each. Picking one opens and
 * runs it in the session; when the session opens something else (a lesson, a trace), the pick is cleared.
 */
public final class ProgramList extends VBox {
    private final ListView<Scenario> list = new ListView<>();
    private java.util.function.Consumer<Scenario> onPick;

    public ProgramList(SessionModel session, List<Scenario> programs) {
        super(8);
        onPick = session::openProgram;
        list.getItems().setAll(programs);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label t = new Label(s.title());
                t.getStyleClass().add("program-title");
                Label d = new Label(s.summary());
                d.setWrapText(true);
                d.getStyleClass().add("program-summary");
                VBox box = new VBox(2, t, d);
                // as wide as the list (less its padding and scroll bar), so titles use the column's width
                box.prefWidthProperty().bind(list.widthProperty().subtract(36));
                box.setMaxWidth(Double.MAX_VALUE);
                setPrefWidth(0); // a long title ends in "…" instead of scrolling the list sideways
                setGraphic(box);
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && session.programProperty().get() != b) {
                onPick.accept(b);
            }
        });
        session.programProperty().addListener((o, a, b) -> {
            if (b == null || !list.getItems().contains(b)) {
                list.getSelectionModel().clearSelection();
            }
        });
        Label note = new Label("Built-in demos: real engine runs written in Java; the code pane shows the Rust they correspond to.");
        note.setWrapText(true);
        note.getStyleClass().add("notice");
        getChildren().addAll(note, list);
        setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /** What a pick does (the window asks about unsaved edits first); by default the session opens and runs it. */
    public void setOnPick(java.util.function.Consumer<Scenario> c) {
        onPick = c;
    }

    /** Opens and runs the program at {@code index}; picking the one already open runs it again. */
    public void select(SessionModel session, int index) {
        if (list.getSelectionModel().getSelectedIndex() == index) {
            onPick.accept(list.getItems().get(index));
        } else {
            list.getSelectionModel().select(index);
        }
    }

    public ListView<Scenario> list() {
        return list;
    }
}
