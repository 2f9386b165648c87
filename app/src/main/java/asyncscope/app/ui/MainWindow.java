package asyncscope.app.ui;

import asyncscope.app.chart.ResourceChart;
import asyncscope.app.export.ChromeTraceExporter;
import asyncscope.app.lesson.LessonBrowser;
import asyncscope.app.model.StageState;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.Demos;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.Scenario;
import asyncscope.app.stage.StageView;
import asyncscope.app.timeline.TimelineView;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
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
    private final ListView<String> output = new ListView<>();
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
        VBox codeBox = new VBox(4, codeTitle, code);
        VBox.setVgrow(code, Priority.ALWAYS);
        codeBox.setPadding(new Insets(6));
        codeAndStage = new SplitPane(codeBox, stage);
        codeAndStage.setDividerPositions(0.42);
        // learn: a lesson is read on the left, so the Lessons tab gets room for its narrative and quiz
        // (and the code beside it more of the centre than the stage)
        left.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            boolean lessonsTab = b.intValue() == 1;
            left.setPrefWidth(lessonsTab ? 470 : 265);
            codeAndStage.setDividerPositions(lessonsTab ? 0.5 : 0.42);
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
        exportTrace.setTooltip(new Tooltip("Export the trace as Chrome trace-event JSON (opens in Perfetto)"));
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
        tools = new ToolBar(brand, settings, run, grow, exportTrace, exportPng, present);

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
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    public Scene scene(double w, double h) {
        Scene s = new Scene(root, w, h);
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
        current = s;
        settings.show(s.defaults());
        codeTitle.setText(s.title() + (s.builtIn() ? "   ·   built-in demo (engine run from Java)" : ""));
        code.setText(s.source());
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

    private void showLesson(Lesson l) {
        playback.clear();
        timeline.setModel(null);
        log.setModel(null);
        showResourceChart(null);
        output.getItems().clear();
        inspector.show(null, null, -1);
        stage.setEmptyMessage("This lesson's program is Rust-lite: it will run here once the compiler lands. "
                + "The Programs tab has built-in demos that run now.");
        stage.show(null, null);
        stage.paint(System.nanoTime());
        codeTitle.setText(l.title() + "   ·   Rust-lite (runs once the compiler lands)");
        code.setText(l.program());
        status.setText("Lesson \"" + l.title() + "\": read the narrative and the quiz; running lessons needs Rust-lite.");
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
        if (current != null && !code.area().getText().equals(current.source())) {
            code.setText(current.source());
            codeTitle.setText(current.title() + (current.builtIn() ? "   ·   built-in demo (engine run from Java)" : ""));
        }
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
        if (output.getItems().size() != shown) {
            List<String> lines = new ArrayList<>(shown);
            for (int i = 0; i < shown; i++) {
                Event e = m.event(outputIndexes[i]);
                TaskInfo t = m.tasks().byId(e.task());
                lines.add(((Payload.Output) e.payload()).text() + "      ← " + (t == null ? "?" : t.name()));
            }
            output.getItems().setAll(lines);
        }
        if (m.tasks().size() <= 2000) {
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
            if (t.span().line() != line) {
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
        stage.setScale(presenter ? 1.35 : 1);
        timeline.setDark(presenter);
        codeAndStage.setDividerPositions(presenter ? 0.42 : 0.42);
        dirty = true;
    }

    public boolean isPresenter() {
        return presenter;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void exportTrace() {
        if (playback.model() == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("asyncscope-trace.json");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Chrome trace JSON", "*.json"));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            try {
                writeChromeTrace(f.toPath());
                status.setText("Trace written to " + f + " (open it in ui.perfetto.dev)");
            } catch (IOException ex) {
                status.setText("Could not write " + f + ": " + ex.getMessage());
            }
        }
    }

    public void writeChromeTrace(Path p) throws IOException {
        try (OutputStream out = Files.newOutputStream(p)) {
            ChromeTraceExporter.write(playback.model(), out);
        }
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

    public ListView<String> outputView() {
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
