package asyncscope.app.ui;

import asyncscope.app.theme.TaskColors;
import asyncscope.app.model.StageState;
import asyncscope.app.model.StateNames;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TaskReport;
import asyncscope.app.model.TraceModel;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The selected task, at the playhead: name and id, status and place, its state machine (every state the
 * trace has seen it in, the current one lit), how many polls, each wake with what caused it and which
 * task was running, anything dropped inside it, and how its life splits into running, queued and waiting.
 */
public final class InspectorPane extends VBox {
    private final Label title = new Label("No task selected");
    private final Circle swatch = new Circle(10);
    private final Label status = new Label("Click a token on the stage or a span in the timeline.");
    private final FlowPane states = new FlowPane(6, 4);
    private final Label counts = new Label();
    private final Region runBar = new Region();
    private final Region queueBar = new Region();
    private final Region waitBar = new Region();
    private final Label split = new Label();
    private final ListView<String> wakes = new ListView<>();
    private long task = -1;
    private StateNames names = StateNames.NONE;

    public InspectorPane() {
        super(10);
        setPadding(new Insets(12));
        getStyleClass().add("inspector");
        title.getStyleClass().add("inspector-title");
        status.setWrapText(true);
        Label smLabel = new Label("State machine");
        smLabel.getStyleClass().add("section-title");
        states.getStyleClass().add("state-row");
        states.setPrefWrapLength(240);
        Label wakeLabel = new Label("Wakes (cause · by)");
        wakeLabel.getStyleClass().add("section-title");
        runBar.getStyleClass().addAll("bar", "bar-run");
        queueBar.getStyleClass().addAll("bar", "bar-queue");
        waitBar.getStyleClass().addAll("bar", "bar-wait");
        HBox bars = new HBox(runBar, queueBar, waitBar);
        bars.setMinHeight(16);
        wakes.setPrefHeight(220);
        VBox.setVgrow(wakes, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, swatch, title), status, smLabel, states, counts, bars, split, wakeLabel, wakes);
        setPrefWidth(265);
    }

    public long task() {
        return task;
    }

    /** Names for the state indexes of Rust-lite tasks ({@link StateNames#NONE} for built-in demos). */
    public void setStateNames(StateNames n) {
        names = n == null ? StateNames.NONE : n;
    }

    /**
     * For a Rust-lite task at an {@code .await}: where, by line and column — "suspended at" only while it is
     * suspended (waiting or queued); a running task is "resumed from" it, never running and suspended at once.
     */
    public static String awaitNote(int[] at, TaskStatus status) {
        if (at == null || status.isFinished() || status == TaskStatus.NEW) {
            return "";
        }
        String where = " the .await on line " + at[0] + ", column " + at[1];
        return status == TaskStatus.RUNNING ? "\nresumed from" + where : "\nsuspended at" + where;
    }

    public void show(TraceModel model, StageState s, long taskId) {
        task = taskId;
        TaskInfo info = model == null ? null : model.tasks().byId(taskId);
        if (info == null) {
            title.setText("No task selected");
            status.setText("Click a token on the stage or a span in the timeline.");
            states.getChildren().clear();
            counts.setText("");
            split.setText("");
            wakes.getItems().clear();
            return;
        }
        swatch.setFill(TaskColors.of(taskId));
        title.setText(info.name() + "  (task " + taskId + ")");
        String where = switch (s.place(info.index())) {
            case NONE -> "";
            case RUNNING -> s.lane(info.index()) < 0 ? " on the block_on thread" : " on worker " + s.lane(info.index());
            case LOCAL -> " in worker " + s.lane(info.index()) + "'s local queue";
            case LIFO -> " in worker " + s.lane(info.index()) + "'s LIFO slot";
            case INJECT -> " in the inject queue";
            case MAIN -> " (woken, waiting for block_on)";
            case BLOCKING_QUEUE -> " in the blocking queue";
            case BLOCKING_THREAD -> " on blocking thread " + s.lane(info.index());
        };
        String waitsOn = s.status(info.index()) == TaskStatus.WAITING && s.place(info.index()) == asyncscope.app.model.Place.NONE
                ? " for " + asyncscope.app.model.WaitsOn.of(model, s, taskId) : "";
        status.setText(s.status(info.index()).name().toLowerCase() + where + waitsOn
                + (info.parent() >= 0 ? "\nspawned by task " + info.parent() : info.span().isKnown() ? "\nstarted" : "")
                + (info.span().isKnown() ? " at line " + info.span().line() : "")
                + awaitNote(names.awaitPosition(info.name(), s.stateMachineState(info.index())), s.status(info.index()))
                + (info.blocking() ? "\nblocking job (spawn_blocking)" : ""));
        TaskReport r = TaskReport.of(model, info.index(), s.applied());
        TreeSet<Integer> seen = new TreeSet<>();
        for (int i : model.eventsOfTask(info.index())) {
            if (i >= s.applied()) {
                break;
            }
            var p = model.event(i).payload();
            if (p instanceof asyncscope.engine.event.Payload.PollStart ps && model.event(i).task() == taskId && ps.state() >= 0) {
                seen.add(ps.state());
            } else if (p instanceof asyncscope.engine.event.Payload.PollEnd pe && model.event(i).task() == taskId && pe.state() >= 0) {
                seen.add(pe.state());
            }
        }
        states.getChildren().clear();
        int current = s.stateMachineState(info.index());
        java.util.List<String> all = names.states(info.name());
        if (!all.isEmpty()) { // a Rust-lite task: the whole generated enum, by name
            for (int st = 0; st < all.size(); st++) {
                seen.add(st);
            }
        }
        for (int st : seen) {
            String n = names.name(info.name(), st);
            Label l = new Label(n != null ? n : st == 0 ? "Unresumed" : "S" + st);
            l.getStyleClass().add(st == current ? "state-current" : "state");
            states.getChildren().add(l);
        }
        if (seen.isEmpty()) {
            states.getChildren().add(new Label("not polled yet"));
        }
        counts.setText(r.polls() + " polls · " + r.wakes().size() + " wakes"
                + (r.drops().isEmpty() ? "" : " · dropped: " + String.join(", ", r.drops())));
        int total = Math.max(1, r.stepsRunning() + r.stepsQueued() + r.stepsWaiting());
        double w = 230;
        runBar.setPrefWidth(w * r.stepsRunning() / total);
        queueBar.setPrefWidth(w * r.stepsQueued() / total);
        waitBar.setPrefWidth(w * r.stepsWaiting() / total);
        split.setText(String.format("running %d · queued %d · waiting %d events · %s polling", r.stepsRunning(), r.stepsQueued(),
                r.stepsWaiting(), asyncscope.app.model.RunClockText.ms(r.nanosRunning())));
        wakes.getItems().setAll(r.wakes().stream().map(wr -> {
            TaskInfo by = model.tasks().byId(wr.byTask());
            return "#" + (wr.event() + 1) + "  " + asyncscope.app.model.RunClockText.clock(model.timeOfEvent(wr.event()))
                    + "  " + model.wakeSource(wr.source()) + "  · by " + (by == null ? "—" : by.name());
        }).toList());
    }
}
