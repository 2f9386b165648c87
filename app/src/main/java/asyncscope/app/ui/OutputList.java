package asyncscope.app.ui;

import java.util.BitSet;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * What the program printed up to the playhead, one row a line; rows the program wrote to stderr (panics,
 * errors, the watchdog's report) carry the style class {@code output-stderr} and are drawn in red.
 */
public final class OutputList extends ListView<String> {
    private BitSet stderr = new BitSet();

    public OutputList() {
        getStyleClass().add("output");
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().remove("output-stderr");
                if (!empty && isStderr(getIndex())) {
                    getStyleClass().add("output-stderr");
                }
            }
        });
    }

    /** Shows {@code lines}; {@code err} marks the rows written to stderr. */
    public void setLines(List<String> lines, BitSet err) {
        stderr = (BitSet) err.clone();
        getItems().setAll(lines);
        refresh();
    }

    public boolean isStderr(int row) {
        return row >= 0 && stderr.get(row);
    }
}
