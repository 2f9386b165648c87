package asyncscope.app.ui;

import asyncscope.app.model.TraceModel;
import asyncscope.app.stage.EventText;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.EventKind;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every event of the trace in a table, filterable by kind, task and worker, kept in step with the
 * playhead: the row of the last applied event is selected; selecting a row moves the playhead there.
 */
public final class EventLogView extends VBox {
    private final TableView<Event> table = new TableView<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField task = new TextField();
    private final TextField worker = new TextField();
    private FilteredList<Event> filtered = new FilteredList<>(FXCollections.observableArrayList());
    private TraceModel model;
    private IntConsumer onSeek = i -> { };
    private boolean syncing;

    public EventLogView() {
        super(6);
        setPadding(new Insets(6));
        kind.getItems().add("all kinds");
        for (EventKind k : EventKind.values()) {
            kind.getItems().add(k.name());
        }
        kind.getSelectionModel().select(0);
        task.setPromptText("task id");
        task.setPrefColumnCount(6);
        worker.setPromptText("worker");
        worker.setPrefColumnCount(4);
        kind.setTooltip(new javafx.scene.control.Tooltip("Show only events of this kind"));
        task.setTooltip(new javafx.scene.control.Tooltip("Show only events of the task with this id"));
        worker.setTooltip(new javafx.scene.control.Tooltip("Show only events on this worker"));
        kind.valueProperty().addListener((o, a, b) -> refilter()); // also before the view is first shown (no skin yet)
        task.textProperty().addListener((o, a, b) -> refilter());
        worker.textProperty().addListener((o, a, b) -> refilter());
        HBox filters = new HBox(8, new Label("Filter:"), kind, task, worker);
        // Numbered as the transport counts and the caption says; time on the run's clock in ms; the event in
        // the caption's words. The last column takes what is left, so none is cut.
        table.getColumns().add(col("#", e -> model == null ? "" : String.format("%,d", indexOf(e) + 1), 80));
        table.getColumns().add(col("time", e -> String.format("%,.3f ms", e.time() / 1e6), 110));
        table.getColumns().add(col("worker", e -> e.worker() < 0 ? "—" : Integer.toString(e.worker()), 64));
        table.getColumns().add(col("task", e -> e.task() < 0 ? "—" : Long.toString(e.task()), 64));
        table.getColumns().add(col("kind", e -> e.kind().name().toLowerCase().replace('_', ' '), 110));
        table.getColumns().add(col("what happened", e -> model == null ? "" : EventText.describe(model, e), 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(filtered);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncing && model != null) {
                onSeek.accept(indexOf(b) + 1);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filters, table);
    }

    private static TableColumn<Event, String> col(String name, java.util.function.Function<Event, String> f, double w) {
        TableColumn<Event, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setSortable(false);
        return c;
    }

    public void setModel(TraceModel m) {
        model = m;
        if (m != null && m.size() > 0) {
            // the numbers and times grow with the run: the columns are as wide as the run's widest value
            Event last = m.event(m.size() - 1);
            fit(table.getColumns().get(0), String.format("%,d", m.size()), 80);
            fit(table.getColumns().get(1), String.format("%,.3f ms", last.time() / 1e6), 110);
        }
        filtered = new FilteredList<>(m == null ? FXCollections.observableArrayList() : FXCollections.observableList(m.events()));
        table.setItems(filtered);
        refilter();
    }

    /** Widens {@code c} to show {@code widest} whole (in the table's font, with the cell's padding); never below {@code min}. */
    private void fit(TableColumn<Event, ?> c, String widest, double min) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(widest);
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), CELL_FONT));
        c.setPrefWidth(Math.max(min, Math.ceil(probe.getLayoutBounds().getWidth()) + 28));
    }

    /** The cells' font size in px (the window's base size, asyncscope.css). */
    private static final double CELL_FONT = 15;

    public void setOnSeek(IntConsumer c) {
        onSeek = c;
    }

    /** The index of {@code e} in the trace (events are stored in sequence order). */
    private int indexOf(Event e) {
        int lo = 0;
        int hi = model.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long s = model.event(mid).seq();
            if (s < e.seq()) {
                lo = mid + 1;
            } else if (s > e.seq()) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private void refilter() {
        String k = kind.getValue();
        Long t = parse(task.getText());
        Long w = parse(worker.getText());
        Predicate<Event> p = e -> (k == null || k.equals("all kinds") || e.kind().name().equals(k))
                && (t == null || e.task() == t) && (w == null || e.worker() == w);
        filtered.setPredicate(p);
    }

    private static Long parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Selects the last shown event at or before the playhead (position = events applied). */
    public void sync(int position) {
        if (model == null) {
            return;
        }
        syncing = true;
        try {
            int source = position - 1;
            if (source < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int view = filtered.getViewIndex(source);
            if (view < 0) {
                // filtered out: the nearest earlier visible row
                int lo = 0;
                int hi = filtered.size() - 1;
                view = -1;
                while (lo <= hi) {
                    int mid = (lo + hi) >>> 1;
                    if (filtered.getSourceIndex(mid) <= source) {
                        view = mid;
                        lo = mid + 1;
                    } else {
                        hi = mid - 1;
                    }
                }
            }
            if (view >= 0) {
                table.getSelectionModel().clearAndSelect(view);
                table.scrollTo(Math.max(0, view - 3));
            }
        } finally {
            syncing = false;
        }
    }

    public TableView<Event> table() {
        return table;
    }

    public ComboBox<String> kindFilter() {
        return kind;
    }

    public TextField taskFilter() {
        return task;
    }
}
