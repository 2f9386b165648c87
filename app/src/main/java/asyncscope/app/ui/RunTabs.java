package asyncscope.app.ui;

import asyncscope.app.chart.ResourceChart;
import asyncscope.app.model.TraceModel;
import asyncscope.app.timeline.TimelineView;
import java.util.BitSet;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The views of a whole run under the code and stage: the timeline, the resources chart (a tab only when
 * the trace has semaphores or channels), the event log and the program's output. They follow the
 * session's loaded trace; the window moves their playhead once per frame ({@link #follow}).
 */
public final class RunTabs extends TabPane {
    private final TimelineView timeline = new TimelineView();
    /** Built when its tab is first shown (or asked for): start-up has one table less to build and style. */
    private EventLogView log;
    private final Tab logTab = new Tab("Event log");
    private TraceModel model;
    private final OutputList output = new OutputList();
    private final ResourceChart resourceChart = new ResourceChart();
    private final Tab resourceTab = new Tab("Resources over time", resourceChart);
    private final Tab outputTab = new Tab("Output", output);
    private final SessionModel session;

    public RunTabs(SessionModel session) {
        this.session = session;
        output.getStyleClass().add("output");
        getTabs().addAll(new Tab("Timeline", timeline), logTab, outputTab);
        logTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown && logTab.getContent() == null) {
                logTab.setContent(log());
            }
        });
        getTabs().forEach(t -> t.setClosable(false));
        resourceTab.setClosable(false);
        Playback pb = session.playback();
        timeline.setOnSeek(pb::seek);
        resourceChart.setOnSeek(pb::seek);
        timeline.setOnSelect(t -> session.selectedTaskProperty().set(t));
        pb.modelProperty().addListener((o, a, m) -> {
            model = m;
            timeline.setModel(m);
            if (log != null) {
                log.setModel(m);
            }
            showResourceChart(m);
            output.setLines(List.of(), new BitSet());
        });
        session.finishedRunProperty().addListener((o, a, r) -> {
            if (r != null && r.exitCode() != 0) {
                getSelectionModel().select(outputTab);
            }
        });
    }

    private void showResourceChart(TraceModel m) {
        resourceChart.setModel(m);
        if (!resourceChart.hasSeries()) {
            getTabs().remove(resourceTab);
        } else if (!getTabs().contains(resourceTab)) {
            getTabs().add(1, resourceTab);
        }
    }

    /** Selects the Output tab. */
    public void selectOutput() {
        getSelectionModel().select(outputTab);
    }

    /** Selects the event log's tab (building the log if it was not yet). */
    public void selectLog() {
        getSelectionModel().select(logTab);
    }

    /** Selects the resources chart's tab; false when this trace has none. */
    public boolean selectResources() {
        if (!getTabs().contains(resourceTab)) {
            return false;
        }
        getSelectionModel().select(resourceTab);
        return true;
    }

    public boolean hasResources() {
        return getTabs().contains(resourceTab);
    }

    public boolean isOutputSelected() {
        return getSelectionModel().getSelectedItem() == outputTab;
    }

    public boolean isResourcesSelected() {
        return getSelectionModel().getSelectedItem() == resourceTab;
    }

    /** Moves the cheap views' playhead (every frame the position changed). */
    public void follow(int position) {
        timeline.setPosition(position);
        resourceChart.setPosition(position);
    }

    /** Brings the costlier views up to the playhead (a few times a second while playing). */
    public void sync(int position, boolean playing) {
        if (log != null && (isLogVisible() || !playing)) {
            log.sync(position);
        }
        if (session.outputCountAt(position) != output.getItems().size()) {
            BitSet err = new BitSet();
            output.setLines(session.outputAt(position, err), err);
        }
    }

    private boolean isLogVisible() {
        Tab t = getSelectionModel().getSelectedItem();
        return t != null && log != null && t.getContent() == log && getScene() != null;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The event log, built now if it was not yet (at the playhead of the trace shown). */
    public EventLogView log() {
        if (log == null) {
            log = new EventLogView();
            log.setOnSeek(session.playback()::seek);
            if (model != null) {
                log.setModel(model);
                log.sync(session.playback().position());
            }
        }
        return log;
    }

    public OutputList output() {
        return output;
    }

    public ResourceChart resourceChart() {
        return resourceChart;
    }
}
