package asyncscope.app.ui;

import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The compile problems of the last run, one row each as {@code file:line:col: message}, under the code view.
 * Hidden when there are none; clicking a row moves the editor's caret to the problem.
 */
public final class ProblemsStrip extends ListView<Diagnostic> {
    private Consumer<Diagnostic> onChoose = d -> { };

    public ProblemsStrip() {
        getStyleClass().add("problems");
        setId("problems");
        setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(Diagnostic d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : render(d));
            }
        });
        setOnMouseClicked(e -> {
            Diagnostic d = getSelectionModel().getSelectedItem();
            if (d != null) {
                onChoose.accept(d);
            }
        });
        show(List.of());
    }

    public static String render(Diagnostic d) {
        return SessionModel.where(d);
    }

    public void setOnChoose(Consumer<Diagnostic> c) {
        onChoose = c;
    }

    /** Lists {@code ds} (empty hides the strip). */
    public void show(List<Diagnostic> ds) {
        getItems().setAll(ds);
        boolean any = !ds.isEmpty();
        setVisible(any);
        setManaged(any);
        setPrefHeight(Math.min(3, ds.size()) * 46 + 8);
        setMinHeight(any ? USE_PREF_SIZE : 0);
    }

    /** Chooses row {@code i} as a click would. */
    public void choose(int i) {
        getSelectionModel().select(i);
        onChoose.accept(getItems().get(i));
    }
}
