package asyncscope.app.ui;

import asyncscope.app.chart.ResourceChart;
import asyncscope.app.lesson.LessonBrowser;
import asyncscope.app.model.StageState;
import asyncscope.app.model.StateNames;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.Demos;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.Scenario;
import asyncscope.app.stage.StageView;
import asyncscope.app.timeline.TimelineView;
import asyncscope.engine.event.ChromeTrace;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Trace;
import asyncscope.engine.event.TraceFile;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.rustlite.CancelToken;
import asyncscope.lessons.rustlite.diag.CompileError;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: programs and lessons on the left; the code and the runtime stage in the centre with
 * the timeline, event log and output below; the inspector on the right; transport at the bottom; run
 * settings, export and presenter mode in the tool bar. It owns the {@link Playback} and, once per frame
 * (the playback's AnimationTimer), pushes the state at the playhead to every view. Programs run on a
 * background thread; the window only ever sees the finished trace.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final Playback playback = new Playback();
    private final StageView stage = new StageView();
    private final TimelineView timeline = new TimelineView();
    private final CodeView code = new CodeView();
    private final InspectorPane inspector = new InspectorPane();
    private final EventLogView log = new EventLogView();
    private final OutputList output = new OutputList();
    private final ResourceChart resourceChart = new ResourceChart();          // learn: semaphores/channels over time
    private final Tab resourceTab = new Tab("Resources over time", resourceChart);
    private final TransportBar transport = new TransportBar(playback);
    private final RunSettingsBar settings = new RunSettingsBar();
    private final ListView<Scenario> programs = new ListView<>();
    private final LessonBrowser lessons;
    private final Label codeTitle = new Label();
    private final Label status = new Label("Ready");
    private final Button run = new Button("Run", new FontIcon(Feather.PLAY_CIRCLE));
    private final TabPane left = new TabPane();
    private final TabPane bottom = new TabPane();
    private final SplitPane centre;
    private final SplitPane codeAndStage;
    private final ToolBar tools;
    private Scenario current;
    private boolean dirty = true;
    private boolean presenter;
    private long lastSlowSync;
    private int[] outputIndexes = new int[0];
    private int paintedPosition;
    private volatile boolean running;
    // ---- lesson runs (Rust-lite): reset, stop, problems, output, state names
    private final ProblemsStrip problems = new ProblemsStrip();
    private final Button reset = new Button("Reset", new FontIcon(Feather.ROTATE_CCW));
    private final Button stop = new Button("Stop", new FontIcon(Feather.SQUARE));
    private String lessonProgram;
    /** The settings the bar was given for this lesson: while the learner leaves them, runs follow the program's #[tokio::main]. */
    private RunSettings lessonSettings;
    private volatile CancelToken cancel;
    private RustLiteScenario.Outcome outcome;
    private StateNames stateNames = StateNames.NONE;

    public MainWindow() {
        root.getStyleClass().add("asyncscope");
        lessons = new LessonBrowser(LessonCatalogue.builtIn());

        programs.getItems().setAll(Demos.all());
        programs.setCellFactory(v -> new ListCell<>() {
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
                box.setMaxWidth(235);
                setGraphic(box);
                setText(null);
            }
        });
        programs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                choose(b);
            }
        });
        Label demoNote = new Label("Built-in demos: real engine runs written in Java; the code pane shows the Rust they correspond to.");
        demoNote.setWrapText(true);
        demoNote.getStyleClass().add("notice");
        VBox progBox = new VBox(8, demoNote, programs);
        progBox.setPadding(new Insets(8));
        VBox.setVgrow(programs, Priority.ALWAYS);
        left.getTabs().addAll(new Tab("Programs", progBox), new Tab("Lessons", lessons));
        left.getTabs().forEach(t -> t.setClosable(false));
        left.setPrefWidth(265);
        lessons.setOnOpen(this::showLesson);

        codeTitle.getStyleClass().add("pane-title");
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Put the lesson's program back (your edits are lost)"));
        reset.setOnAction(e -> resetProgram());
        stop.setId("stop");
        stop.setTooltip(new Tooltip("Stop the running program"));
        stop.setOnAction(e -> stopRun());
        stop.setDisable(true);
        Region codeGap = new Region();
        HBox.setHgrow(codeGap, Priority.ALWAYS);
        HBox codeHead = new HBox(8, codeTitle, codeGap, reset);
        codeHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        reset.setVisible(false);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.managedProperty().bind(reset.visibleProperty());
        codeTitle.setMinWidth(0);
        problems.setOnChoose(d -> code.moveCaretTo(d.line(), d.column()));
        VBox codeBox = new VBox(4, codeHead, code, problems);
        VBox.setVgrow(code, Priority.ALWAYS);
        codeBox.setPadding(new Insets(6));
        codeAndStage = new SplitPane(codeBox, stage);
        codeAndStage.setDividerPositions(0.42);
        // learn: a lesson is read on the left, so the Lessons tab gets room for its narrative and quiz
        // (and the code beside it more of the centre than the stage)
        left.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            boolean lessonsTab = b.intValue() == 1;
            left.setPrefWidth(lessonsTab ? 410 : 265);
            fitCodePane();
        });

        output.getStyleClass().add("output");
        bottom.getTabs().addAll(new Tab("Timeline", timeline), new Tab("Event log", log), new Tab("Output", output));
        bottom.getTabs().forEach(t -> t.setClosable(false));
        centre = new SplitPane(codeAndStage, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);

        run.setDefaultButton(false);
        run.setOnAction(e -> runCurrent());
        run.setTooltip(new Tooltip("Run the program with these settings (Ctrl+R)"));
        run.setId("run");
        Button exportTrace = new Button("Trace", new FontIcon(Feather.DOWNLOAD));
        exportTrace.setTooltip(new Tooltip("Save the trace: native .trace (reopens here) or Chrome trace-event JSON (opens in Perfetto)"));
        Button openTrace = new Button("Open…", new FontIcon(Feather.FOLDER));
        openTrace.setId("open-trace");
        openTrace.setTooltip(new Tooltip("Open a saved .trace file"));
        openTrace.setOnAction(e -> openTrace());
        exportTrace.setOnAction(e -> exportTrace());
        Button exportPng = new Button("PNG", new FontIcon(Feather.IMAGE));
        exportPng.setTooltip(new Tooltip("Save the stage as a PNG image"));
        exportPng.setOnAction(e -> exportPng());
        Button present = new Button("Present", new FontIcon(Feather.MONITOR));
        present.setTooltip(new Tooltip("Presenter mode: large type, high contrast, code + stage + transport only (F5)"));
        present.setOnAction(e -> togglePresenter());
        Label brand = new Label("Asyncscope");
        brand.getStyleClass().add("brand");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        tools = new ToolBar(brand, settings, run, stop, grow, openTrace, exportTrace, exportPng, present);

        status.getStyleClass().add("status");
        VBox south = new VBox(transport, status);
        status.setPadding(new Insets(0, 12, 6, 12));
        inspector.setMinWidth(240);

        root.setTop(tools);
        root.setLeft(left);
        root.setCenter(centre);
        root.setRight(inspector);
        root.setBottom(south);

        stage.setOnSelect(this::select);
        code.area().setOnMouseClicked(e -> {
            long t = taskOnLine(code.area().getCurrentParagraph() + 1);
            if (t >= 0) {
                select(t);
            }
        });
        timeline.setOnSelect(this::select);
        timeline.setOnSeek(playback::seek);
        resourceChart.setOnSeek(playback::seek);
        resourceTab.setClosable(false);
        log.setOnSeek(playback::seek);
        playback.positionProperty().addListener((o, a, b) -> dirty = true);
        playback.setOnFrame(this::frame);
    }

    public Scene scene(double w, double h) {
        Scene s = new Scene(root, w, h);
        // On the scene, not the root: when presenter mode takes away the pane that had the focus, key
        // events go to the scene itself, and F5 must still bring the panes back.
        s.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        var css = MainWindow.class.getResource("/assets/css/asyncscope.css");
        if (css != null) {
            s.getStylesheets().add(css.toExternalForm());
        }
        var learnCss = MainWindow.class.getResource("/assets/css/learn.css"); // quiz, progress, resource chart
        if (learnCss != null) {
            s.getStylesheets().add(learnCss.toExternalForm());
        }
        return s;
    }

    // ---------------------------------------------------------------- programs and runs

    private void choose(Scenario s) {
        stopRun(); // a lesson run still going is dropped
        current = s;
        lessonProgram = null;
        reset.setVisible(false);
        code.setEditable(false);
        problems.show(List.of());
        settings.show(s.defaults());
        codeTitle.setText(s.title() + (s.builtIn() ? "   ·   built-in demo (engine run from Java)" : ""));
        code.setText(s.source());
        fitCodePane();
        runCurrent();
    }

    /** Selects and runs the program at {@code index} of the Programs list. */
    public void selectProgram(int index) {
        left.getSelectionModel().select(0);
        if (programs.getSelectionModel().getSelectedIndex() == index) {
            choose(programs.getItems().get(index)); // already selected: run it again
        } else {
            programs.getSelectionModel().select(index);
        }
    }

    /** Opens a lesson: its program goes into the (editable) code view; nothing runs until Run (the quiz comes first). */
    private void showLesson(Lesson l) {
        stopRun(); // a run still going belongs to the previous program: stop it, its result is dropped
        current = RustLiteScenario.of(l);
        lessonProgram = l.program();
        programs.getSelectionModel().clearSelection();
        clearRun();
        stage.setEmptyMessage("Press Run (Ctrl+R) to run this program on the runtime; edit it freely, Reset restores it.");
        stage.show(null, null);
        stage.paint(System.nanoTime());
        codeTitle.setText(l.title() + "  ·  editable");
        code.setText(l.program());
        fitCodePane();
        code.setEditable(true);
        reset.setVisible(true);
        problems.show(List.of());
        lessonSettings = current.defaults();
        settings.show(lessonSettings);
        status.setText("Lesson \"" + l.title() + "\": read the narrative, answer the quiz, then Run.");
    }

    private void clearRun() {
        playback.clear();
        timeline.setModel(null);
        log.setModel(null);
        showResourceChart(null);
        output.setLines(List.of(), new BitSet());
        outcome = null;
        stateNames = StateNames.NONE;
        inspector.setStateNames(StateNames.NONE);
        inspector.show(null, null, -1);
    }

    /** Puts the lesson's program back into the code view. */
    public void resetProgram() {
        if (lessonProgram != null) {
            code.setText(lessonProgram);
            problems.show(List.of());
            status.setText("The lesson's program is back.");
        }
    }

    /** Stops the running Rust-lite program (it ends with "the program was cancelled"). */
    public void stopRun() {
        CancelToken c = cancel;
        if (c != null) {
            c.cancel();
            status.setText("Stopping …");
        }
    }

    /** Runs the code view's text as a Rust-lite program; compile errors go to the problems strip. */
    private void runLesson(RustLiteScenario base, RunSettings chosen) {
        RustLiteScenario sc = base.withSource(code.area().getText());
        boolean follow = lessonSettings != null && chosen.flavor() == lessonSettings.flavor() && chosen.workers() == lessonSettings.workers();
        RunSettings s;
        boolean compiles;
        try {
            sc.compile();
            compiles = true;
        } catch (CompileError e) {
            compiles = false;
        }
        if (follow && compiles) { // the learner left flavour and workers alone: an edited #[tokio::main] decides them
            RunSettings d = sc.defaults();
            s = new RunSettings(chosen.live(), chosen.seed(), d.workers(), d.flavor());
            if (!s.equals(chosen)) {
                lessonSettings = s;
                settings.show(s);
            }
        } else {
            s = chosen;
        }
        CancelToken token = new CancelToken();
        cancel = token;
        running = true;
        run.setDisable(true);
        stop.setDisable(false);
        problems.show(List.of());
        status.setText("Running \"" + sc.title() + "\" (" + (s.live() ? "live" : "simulated, seed " + s.seed()) + ") …");
        Task<Object[]> job = new Task<>() {
            @Override
            protected Object[] call() {
                RustLiteScenario.Outcome o = sc.execute(s, token);
                return new Object[] {o, new TraceModel(o.trace())};
            }
        };
        job.setOnSucceeded(e -> {
            finishRun();
            if (current != base) {
                status.setText("The run of \"" + sc.title() + "\" was stopped: another program is open.");
                return;
            }
            RustLiteScenario.Outcome o = (RustLiteScenario.Outcome) job.getValue()[0];
            TraceModel m = (TraceModel) job.getValue()[1];
            outcome = o;
            stateNames = new StateNames(o.stateMachines());
            load(m);
            lessons.runFinished(); // learn: the run shows the answer, so a predicted quiz is revealed
            String how = s.live() ? "live" : "simulated, seed " + s.seed();
            String end = switch (o.exitCode()) {
                case 0 -> "finished";
                case 124 -> "was STOPPED (cancelled)";
                case 101 -> "PANICKED (exit 101; see Output)";
                default -> "exited with code " + o.exitCode();
            };
            status.setText(String.format("\"%s\" %s in %,d ms %s: %,d events, %,d tasks (%s). Space plays, ←/→ step.",
                    sc.title(), end, o.elapsedNanos() / 1_000_000, s.live() ? "real" : "virtual", m.size(), m.tasks().size(), how));
            if (o.exitCode() != 0) {
                bottom.getSelectionModel().select(2);
                playback.jumpToEnd();
            }
        });
        job.setOnFailed(e -> {
            finishRun();
            Throwable t = job.getException();
            if (current != base) {
                return;
            }
            if (t instanceof CompileError ce) {
                problems.show(ce.diagnostics());
                code.showProblems(ce.diagnostics());
                int n = ce.diagnostics().size();
                status.setText("The program does not compile: " + n + " problem" + (n == 1 ? "" : "s")
                        + " (click one to jump there). " + ProblemsStrip.render(ce.diagnostics().get(0)));
            } else if (t instanceof IllegalArgumentException) {
                status.setText("Cannot run: " + t.getMessage());
            } else {
                status.setText("The run failed: " + t);
            }
        });
        Thread th = new Thread(job, "asyncscope-run");
        th.setDaemon(true);
        th.start();
    }

    private void finishRun() {
        running = false;
        cancel = null;
        run.setDisable(false);
        stop.setDisable(true);
    }

    /** The problems strip under the code view (tests). */
    public ProblemsStrip problemsStrip() {
        return problems;
    }

    /** Opens a lesson as the lesson browser would (tests). */
    public void openLesson(Lesson l) {
        left.getSelectionModel().select(1);
        lessons.open(l);
    }

    public void runCurrent() {
        if (current == null || running) {
            return;
        }
        RunSettings s = settings.read();
        if (s == null) {
            status.setText("Cannot run: " + settings.errorLabel().getText());
            return;
        }
        if (current instanceof RustLiteScenario rl) {
            runLesson(rl, s);
            return;
        }
        Scenario sc = current;
        running = true;
        run.setDisable(true);
        status.setText("Running \"" + sc.title() + "\" (" + (s.live() ? "live" : "simulated, seed " + s.seed()) + ") …");
        Task<TraceModel> job = new Task<>() {
            @Override
            protected TraceModel call() throws Exception {
                return new TraceModel(sc.run(s));
            }
        };
        job.setOnSucceeded(e -> {
            running = false;
            run.setDisable(false);
            outcome = null;
            stateNames = StateNames.NONE;
            load(job.getValue());
            int w = job.getValue().workers();
            status.setText(String.format("\"%s\": %,d events, %,d tasks, %d worker%s (%s). Space plays, ←/→ step.",
                    sc.title(), job.getValue().size(), job.getValue().tasks().size(), w, w == 1 ? "" : "s",
                    s.live() ? "live" : "simulated, seed " + s.seed()));
        });
        job.setOnFailed(e -> {
            running = false;
            run.setDisable(false);
            Throwable t = job.getException();
            status.setText("The run failed: " + t);
        });
        Thread th = new Thread(job, "asyncscope-run");
        th.setDaemon(true);
        th.start();
    }

    /** Shows a finished trace (UI thread). */
    public void load(TraceModel m) {
        if (current != null && current.builtIn() && !code.area().getText().equals(current.source())) {
            code.setText(current.source());
            codeTitle.setText(current.title() + (current.builtIn() ? "   ·   built-in demo (engine run from Java)" : ""));
        }
        inspector.setStateNames(stateNames);
        stage.setStateNames(stateNames);
        output.setLines(List.of(), new BitSet());
        playback.load(m);
        timeline.setModel(m);
        log.setModel(m);
        showResourceChart(m);
        List<Integer> outs = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.Output) {
                outs.add(i);
            }
        }
        outputIndexes = outs.stream().mapToInt(Integer::intValue).toArray();
        stage.setAnimate(m.tasks().size() <= 2000);
        inspector.show(m, playback.state(), -1);
        dirty = true;
        frame();
    }

    /** The resources chart gets a tab (after the timeline) only when the trace has semaphores or channels. */
    private void showResourceChart(TraceModel m) {
        resourceChart.setModel(m);
        if (!resourceChart.hasSeries()) {
            bottom.getTabs().remove(resourceTab);
        } else if (!bottom.getTabs().contains(resourceTab)) {
            bottom.getTabs().add(1, resourceTab);
        }
    }

    public ResourceChart resourceChart() {
        return resourceChart;
    }

    public boolean isRunning() {
        return running;
    }

    // ---------------------------------------------------------------- per frame

    private void frame() {
        TraceModel m = playback.model();
        if (m == null) {
            return;
        }
        if (!dirty && !stage.isBusy()) {
            return;
        }
        boolean moved = dirty;
        dirty = false;
        StageState s = playback.state();
        stage.show(m, s);
        int step = Math.abs(playback.position() - paintedPosition);
        if (step > 3 && !playback.playingProperty().get()) {
            stage.snapNextPaint(); // a jump: tokens appear in place instead of sliding
        }
        paintedPosition = playback.position();
        stage.paint(System.nanoTime());
        if (!moved) {
            return;
        }
        timeline.setPosition(playback.position());
        resourceChart.setPosition(playback.position());
        long now = System.nanoTime();
        if (!playback.playingProperty().get() || now - lastSlowSync > 250_000_000L) {
            lastSlowSync = now;
            syncSlowViews(m, s);
        }
    }

    private void syncSlowViews(TraceModel m, StageState s) {
        if (isLogVisible() || !playback.playingProperty().get()) {
            log.sync(playback.position());
        }
        if (inspector.task() >= 0) {
            inspector.show(m, s, inspector.task());
        }
        int shown = 0;
        while (shown < outputIndexes.length && outputIndexes[shown] < playback.position()) {
            shown++;
        }
        boolean atEnd = playback.position() >= m.size();
        List<String> tail = atEnd ? trailingOutput(m) : List.of();
        if (output.getItems().size() != shown + tail.size() || shown == 0 && tail.isEmpty() && !output.getItems().isEmpty()) {
            List<String> lines = new ArrayList<>(shown);
            BitSet err = new BitSet();
            for (int i = 0; i < shown; i++) {
                Event e = m.event(outputIndexes[i]);
                TaskInfo t = m.tasks().byId(e.task());
                Payload.Output o = (Payload.Output) e.payload();
                if (o.stderr()) {
                    err.set(lines.size());
                }
                lines.add(o.text().stripTrailing() + "      ← " + (t == null ? "?" : t.name()) + (o.stderr() ? " (stderr)" : ""));
            }
            for (String x : tail) {
                err.set(lines.size());
                lines.add(x);
            }
            output.setLines(lines, err);
        }
        if (!stateNames.isEmpty() && m.tasks().size() <= 2000) {
            code.highlightLines(runningLines(m, s), runningLine(m, s));
        } else if (m.tasks().size() <= 2000) {
            Map<Integer, Long> lines = new HashMap<>();
            int strong = 0;
            for (TaskInfo t : m.tasks().all()) {
                TaskStatus st = s.status(t.index());
                if (t.span().isKnown() && st != TaskStatus.NEW && !st.isFinished()) {
                    lines.putIfAbsent(t.span().line(), t.id());
                    if (st == TaskStatus.RUNNING) {
                        lines.put(t.span().line(), t.id());
                        strong = t.span().line();
                    }
                }
            }
            code.highlightLines(lines, strong);
        }
    }

    /** What the runner printed on stderr after the runtime was gone (cancellation, deadlock): no event carries it. */
    private List<String> trailingOutput(TraceModel m) {
        if (outcome == null || outcome.trace().events() != m.events() && outcome.trace().events().size() != m.size()) {
            return List.of();
        }
        StringBuilder inEvents = new StringBuilder();
        for (int i : outputIndexes) {
            if (((Payload.Output) m.event(i).payload()).stderr()) {
                inEvents.append(((Payload.Output) m.event(i).payload()).text());
            }
        }
        String all = outcome.stderr();
        String rest = all.startsWith(inEvents.toString()) ? all.substring(inEvents.length()) : "";
        return rest.isBlank() ? List.of() : rest.strip().lines().map(x -> x + "      (stderr, after the runtime stopped)").toList();
    }

    /**
     * The line each live Rust-lite task is at: the {@code .await} it is suspended at (its state machine's state
     * at the playhead), or the line it was spawned at before its first poll. Maps line to task.
     */
    private Map<Integer, Long> runningLines(TraceModel m, StageState s) {
        Map<Integer, Long> lines = new HashMap<>();
        for (TaskInfo t : m.tasks().all()) {
            TaskStatus st = s.status(t.index());
            if (st == TaskStatus.NEW || st.isFinished()) {
                continue;
            }
            int line = taskLine(t, s);
            if (line > 0 && (st == TaskStatus.RUNNING || !lines.containsKey(line))) {
                lines.put(line, t.id());
            }
        }
        return lines;
    }

    private int runningLine(TraceModel m, StageState s) {
        for (TaskInfo t : m.tasks().all()) {
            if (s.status(t.index()) == TaskStatus.RUNNING) {
                return taskLine(t, s);
            }
        }
        return 0;
    }

    /** Line of task {@code t} at the playhead: its current {@code .await}, else its spawn site. */
    int taskLine(TaskInfo t, StageState s) {
        int await = stateNames.awaitLine(t.name(), s.stateMachineState(t.index()));
        return await > 0 ? await : t.span().isKnown() ? t.span().line() : -1;
    }

    /** The task spawned at {@code line}: the one running at the playhead if any, else a live one, else the first. */
    long taskOnLine(int line) {
        TraceModel m = playback.model();
        StageState s = playback.state();
        if (m == null || s == null) {
            return -1;
        }
        long live = -1;
        long any = -1;
        for (TaskInfo t : m.tasks().all()) {
            if (t.span().line() != line && (stateNames.isEmpty() || taskLine(t, s) != line)) {
                continue;
            }
            TaskStatus st = s.status(t.index());
            if (st == TaskStatus.RUNNING) {
                return t.id();
            }
            if (live < 0 && st != TaskStatus.NEW && !st.isFinished()) {
                live = t.id();
            }
            if (any < 0) {
                any = t.id();
            }
        }
        return live >= 0 ? live : any;
    }

    private boolean isLogVisible() {
        return !presenter && bottom.getSelectionModel().getSelectedItem() != null
                && bottom.getSelectionModel().getSelectedItem().getContent() == log;
    }

    private void select(long task) {
        stage.select(task);
        inspector.show(playback.model(), playback.state(), task);
        dirty = true;
    }

    // ---------------------------------------------------------------- keys, presenter, export

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl && e.getCode() != KeyCode.F5) {
            return;
        }
        if (code.area().isEditable() && code.area().isFocused() && e.getCode() != KeyCode.F5
                && !(e.getCode() == KeyCode.R && e.isShortcutDown())) {
            return; // typing in the lesson's editor: space and arrows edit the program, not the playback
        }
        switch (e.getCode()) {
            case SPACE -> playback.togglePlay();
            case RIGHT -> {
                if (e.isShiftDown()) {
                    playback.stepToNextPoll();
                } else {
                    playback.stepForward();
                }
            }
            case LEFT -> {
                if (e.isShiftDown()) {
                    playback.stepToPreviousPoll();
                } else {
                    playback.stepBack();
                }
            }
            case HOME -> playback.jumpToStart();
            case END -> playback.jumpToEnd();
            case F5 -> togglePresenter();
            case OPEN_BRACKET -> changeSpeed(0.5);
            case CLOSE_BRACKET -> changeSpeed(2);
            case R -> {
                if (e.isShortcutDown()) {
                    runCurrent();
                } else {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void changeSpeed(double f) {
        playback.speedProperty().set(Math.max(0.25, Math.min(8, playback.speedProperty().get() * f)));
    }

    public void togglePresenter() {
        presenter = !presenter;
        root.setLeft(presenter ? null : left);
        root.setRight(presenter ? null : inspector);
        if (presenter) {
            centre.getItems().remove(bottom);
            root.getStyleClass().add("presenter");
            tools.setVisible(false);
            tools.setManaged(false);
        } else {
            centre.getItems().add(bottom);
            centre.setDividerPositions(0.7);
            root.getStyleClass().remove("presenter");
            tools.setVisible(true);
            tools.setManaged(true);
        }
        Application.setUserAgentStylesheet(presenter ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setDark(presenter);
        stage.setScale(presenter ? PRESENTER_SCALE : 1);
        timeline.setDark(presenter);
        fitCodePane();
        dirty = true;
    }

    /** How much larger the stage draws in presenter mode. */
    static final double PRESENTER_SCALE = 1.35;

    public boolean isPresenter() {
        return presenter;
    }

    /** The code pane's share of the code/stage split when the code needs no more. */
    static final double CODE_SHARE_MIN = 0.42;
    /** At most this share goes to the code, whatever the stage could spare. */
    static final double CODE_SHARE_MAX = 0.65;
    /** The width the stage needs at scale 1 to show a worker's row whole (polling, LIFO, local queue). */
    static final double STAGE_MIN_WIDTH = 460;

    /**
     * Moves the code/stage divider so the program's longest line shows without scrolling sideways (a
     * projector makes horizontal scrolling hard to follow), from {@link #CODE_SHARE_MIN} of the split up
     * to what leaves the stage {@link #STAGE_MIN_WIDTH} (scaled as the stage is) and at most
     * {@link #CODE_SHARE_MAX}. Done when a program or lesson is loaded and when the layout
     * changes (presenter mode, the lessons tab), after the new layout has been applied; a divider the
     * user drags stays where it is put until then.
     */
    private void fitCodePane() {
        javafx.application.Platform.runLater(() -> {
            root.applyCss();
            root.layout();
            double total = codeAndStage.getWidth();
            if (total <= 0) {
                return;
            }
            double need = code.widthForLongestLine() + 14; // the code box's padding
            double stageMin = STAGE_MIN_WIDTH * (presenter ? PRESENTER_SCALE : 1);
            double max = Math.min(CODE_SHARE_MAX, 1 - (stageMin + 10) / total); // 10: the divider
            double share = Math.max(CODE_SHARE_MIN, Math.min(max, need / total));
            codeAndStage.setDividerPositions(share);
        });
    }

    /** The share of the code/stage split the code pane has now (for tests). */
    public double codeShare() {
        return codeAndStage.getDividerPositions()[0];
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void exportTrace() {
        if (playback.model() == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("asyncscope.trace");
        FileChooser.ExtensionFilter nativeFormat = new FileChooser.ExtensionFilter("Asyncscope trace (reopens here)", "*.trace");
        fc.getExtensionFilters().addAll(nativeFormat, new FileChooser.ExtensionFilter("Chrome trace JSON (Perfetto)", "*.json"));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            boolean json = f.getName().endsWith(".json") || fc.getSelectedExtensionFilter() != nativeFormat && !f.getName().endsWith(".trace");
            try {
                if (json) {
                    writeChromeTrace(f.toPath());
                    status.setText("Trace written to " + f + " (open it in ui.perfetto.dev)");
                } else {
                    writeTrace(f.toPath());
                    status.setText("Trace written to " + f + " (Open… shows it again)");
                }
            } catch (IOException | RuntimeException ex) {
                status.setText("Could not write " + f + ": " + ex.getMessage());
            }
        }
    }

    private Trace currentTrace() {
        TraceModel m = playback.model();
        return new Trace(m.settings(), m.program(), m.events());
    }

    /** Chrome trace-event JSON (the engine's exporter), for Perfetto. */
    public void writeChromeTrace(Path p) throws IOException {
        ChromeTrace.write(currentTrace(), p);
    }

    /** The native, versioned trace file (the engine's format), which {@link #openTrace(Path)} reads back. */
    public void writeTrace(Path p) throws IOException {
        TraceFile.write(currentTrace(), p);
    }

    private void openTrace() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Asyncscope trace", "*.trace"));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            openTrace(f.toPath());
        }
    }

    /**
     * Loads a saved trace into the window (its program into the code view). Reading, checking and modelling
     * happen on a background thread ({@link TraceOpener}); a file that is not a trace, is truncated, corrupt
     * or hostile is reported in a dialog with the reason, and the window keeps what it showed. The future
     * completes on the UI thread with the dialog shown, or null when the trace opened (for tests).
     */
    public java.util.concurrent.CompletableFuture<Alert> openTrace(Path p) {
        if (running) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        status.setText("Opening " + p.getFileName() + " …");
        return TraceOpener.openInBackground(p).thenApply(this::showOpened);
    }

    private Alert showOpened(TraceOpener.Result r) {
        Path p = r.file();
        if (r instanceof TraceOpener.Refused no) {
            Alert a = new Alert(Alert.AlertType.ERROR, no.message());
            a.setTitle("Cannot open trace");
            a.setHeaderText("\"" + p.getFileName() + "\" is not a trace Asyncscope can show");
            if (window() != null) {
                a.initOwner(window());
            }
            a.show();
            status.setText("Cannot open " + p.getFileName() + ": " + no.message());
            return a;
        }
        try {
            showTrace((TraceOpener.Opened) r);
            return null;
        } catch (RuntimeException e) { // the views could not take it: say so, never leave "Opening …"
            return showOpened(new TraceOpener.Refused(p, p.getFileName() + ": cannot show this trace: " + e));
        }
    }

    private void showTrace(TraceOpener.Opened ok) {
        Path p = ok.file();
        Trace t = ok.trace();
        String title = t.settings().getOrDefault("program", p.getFileName().toString());
        stopRun();
        current = null;
        lessonProgram = null;
        reset.setVisible(false);
        code.setEditable(false);
        problems.show(List.of());
        outcome = null;
        stateNames = ok.stateNames();
        code.setText(t.program());
        codeTitle.setText(title + "   ·   opened from " + p.getFileName());
        load(ok.model());
        status.setText(String.format("Opened %s: %,d events, %,d tasks. Space plays, ←/→ step.", p.getFileName(),
                playback.model().size(), playback.model().tasks().size()));
    }

    private void exportPng() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("asyncscope-stage.png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            try {
                writeStagePng(f.toPath());
                status.setText("Stage saved to " + f);
            } catch (IOException ex) {
                status.setText("Could not write " + f + ": " + ex.getMessage());
            }
        }
    }

    public void writeStagePng(Path p) throws IOException {
        WritableImage img = stage.canvas().snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", p.toFile());
    }

    // ---------------------------------------------------------------- for tests and the benchmark

    public BorderPane root() {
        return root;
    }

    public Playback playback() {
        return playback;
    }

    public StageView stageView() {
        return stage;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public CodeView codeView() {
        return code;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    public EventLogView eventLog() {
        return log;
    }

    public LessonBrowser lessonBrowser() {
        return lessons;
    }

    public OutputList outputView() {
        return output;
    }

    public Label statusLabel() {
        return status;
    }

    public TabPane leftTabs() {
        return left;
    }

    public TabPane bottomTabs() {
        return bottom;
    }

    /** Forces one view refresh now (tests run with the timer but want a synchronous update). */
    public void refreshNow() {
        dirty = true;
        frame();
        TraceModel m = playback.model();
        if (m != null) {
            syncSlowViews(m, playback.state());
        }
    }
}
