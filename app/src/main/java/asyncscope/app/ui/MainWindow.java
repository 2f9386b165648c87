package asyncscope.app.ui;

import asyncscope.app.chart.ResourceChart;
import asyncscope.app.lesson.LessonBrowser;
import asyncscope.app.model.StageState;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.Demos;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.stage.StageView;
import asyncscope.app.timeline.TimelineView;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The main window: it builds the views, binds them to one {@link SessionModel}, lays them out and owns
 * what only a window has: the per-frame push of the playhead's state to the drawn views, key handling,
 * presenter mode and the file dialogs. Programs and lessons on the left; the code and the runtime stage
 * in the centre with the run's tabs below; the inspector on the right; transport at the bottom.
 */
public final class MainWindow {
    private final SessionModel session = SessionModel.forWindow();
    private final Playback playback = session.playback();
    private final BorderPane root = new BorderPane();
    private final ZoomPane zoom = new ZoomPane(root);
    private final ToggleButton presentOutput = new ToggleButton("Output  (O)");
    private final ToggleButton presentResources = new ToggleButton("Resources  (C)");
    private final ToggleButton presentNotes = new ToggleButton("Teacher notes  (N)");
    private final TeacherNotesPane notes = new TeacherNotesPane();
    /** Off: the stage draws the lesson's parts ({@code stage:}); on: all of it. */
    private final ToggleButton wholeStage = new ToggleButton("Whole stage");
    /** On: → and ← step to the lesson's {@code stop-at:} events; off: one event at a time. */
    private final ToggleButton lessonStops = new ToggleButton();
    private final HBox presenterBar = new HBox(10);
    private final StageView stage = new StageView();
    private final CodePane codePane = new CodePane(session);
    private final CodeView code = codePane.code();
    private final InspectorPane inspector = new InspectorPane();
    private final RunTabs bottom = new RunTabs(session);
    private final TransportBar transport = new TransportBar(playback);
    private final MainToolBar tools;
    private final ProgramList programs = new ProgramList(session, Demos.all());
    private final LessonBrowser lessons;
    private final asyncscope.app.practice.PracticePane practice;
    private final Label status = new Label();
    private final SideColumn side;
    private final InspectorDrawer drawer;
    private final SplitPane centre;
    private final SplitPane codeAndStage;
    private boolean dirty = true;
    private long lastSlowSync;
    private int paintedPosition;

    public MainWindow() {
        root.getStyleClass().add("asyncscope");
        lessons = new LessonBrowser(LessonCatalogue.builtIn());
        tools = new MainToolBar(session, new MainToolBar.Actions(this::runCurrent, this::newProgram, this::open,
                this::openPath, this::save, this::saveAs, this::exportTrace,
                new ExportMenu.Actions(this::exportPng, this::exportAnimation), this::togglePresenter,
                this::showShortcuts, this::showAbout));
        programs.setOnPick(sc -> {
            if (mayLeave()) {
                session.openProgram(sc);
            } else {
                programs.list().getSelectionModel().clearSelection();
            }
        });

        practice = new asyncscope.app.practice.PracticePane(asyncscope.app.practice.PracticeModel.forWindow(session));
        side = new SideColumn(programs, lessons, practice);
        practice.model().cards().setOnOpenLesson(c -> LessonCatalogue.builtIn().lessons().stream()
                .filter(l -> l.order() == c.order()).findFirst().ifPresentOrElse(this::openLesson,
                        () -> session.statusProperty().set("The lesson on \"" + c.title() + "\" is not written yet.")));
        practice.setOnInterviewer(() -> {
            if (!isPresenter()) {
                togglePresenter();
            } else {
                applyPresenter(true);
            }
        });
        practice.bindProjectorWidth(root.widthProperty().multiply(PROJECTOR_SHARE));
        side.tabs().getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (a.intValue() == PRACTICE_TAB) {
                practice.left();
            }
            if (b.intValue() == PRACTICE_TAB) {
                practice.entered(); // the practice item's program comes back into the code view
            }
        });
        lessons.setOnOpen(l -> {
            if (!l.equals(session.lessonProperty().get())) {
                session.openLesson(l);
            }
        });
        lessons.setShown(l -> l.equals(session.lessonProperty().get()));
        lessons.setMayOpen(l -> l.equals(session.lessonProperty().get()) || mayLeave());
        drawer = new InspectorDrawer(session, inspector);
        // The drawer joins the scene when a task is first picked: start-up has a pane less to style and lay out.
        StackPane stageBox = new StackPane(stage, new RunProgressPane(session));
        stageBox.getStyleClass().add("stage-box");
        stageBox.setMinWidth(0);
        StackPane.setAlignment(drawer, Pos.TOP_RIGHT);
        session.selectedTaskProperty().addListener((o, a, t) -> {
            if (t.longValue() >= 0 && drawer.getParent() == null) {
                stageBox.getChildren().add(drawer);
            }
        });

        // the teacher notes (presenter mode, N) cover the code pane while shown: the stage stays where it is
        StackPane codeBox = new StackPane(codePane, notes);
        codeBox.setMinWidth(0);
        notes.setVisible(false);
        codeAndStage = new SplitPane(codeBox, stageBox);
        codeAndStage.setDividerPositions(0.4);
        centre = new SplitPane(codeAndStage, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);

        status.getStyleClass().add("status");
        status.setPadding(new Insets(0, 12, 6, 12));
        status.textProperty().bind(session.statusProperty());

        root.setTop(tools);
        root.setLeft(side);
        root.setCenter(centre);
        root.widthProperty().addListener((o, a, b) -> relayout());
        side.collapsedProperty().addListener((o, a, b) -> relayout());
        presentOutput.setId("present-output");
        presentOutput.setTooltip(new Tooltip("Show the program's output under the code and stage (O)"));
        presentResources.setId("present-resources");
        presentResources.setTooltip(new Tooltip("Show the resources chart under the code and stage (C)"));
        ToggleGroup shown = new ToggleGroup();
        presentOutput.setToggleGroup(shown);
        presentResources.setToggleGroup(shown);
        shown.selectedToggleProperty().addListener((o, a, b) -> showUnderInPresenter());
        presentNotes.setId("present-notes");
        presentNotes.setTooltip(new Tooltip("Show the lesson's teacher notes beside the code and stage (N); the room does not see them until you do"));
        presentNotes.selectedProperty().addListener((o, a, b) -> showNotesInPresenter());
        presenterBar.getChildren().addAll(presentOutput, presentResources, presentNotes);
        addOpenLessonItem();
        presenterBar.setPadding(new Insets(0, 12, 4, 12));
        presenterBar.setVisible(false);
        presenterBar.managedProperty().bind(presenterBar.visibleProperty());
        root.setBottom(new VBox(transport, presenterBar, status));
        addLessonViewControls();

        bind();
        playback.positionProperty().addListener((o, a, b) -> dirty = true);
        playback.setOnFrame(this::frame);
        playback.startClock();
    }

    /** The views follow the session's properties. */
    private void bind() {
        stage.setOnSelect(t -> session.selectedTaskProperty().set(t));
        session.selectedTaskProperty().addListener((o, a, t) -> {
            stage.select(t.longValue());
            inspector.show(playback.model(), playback.state(), t.longValue());
            dirty = true;
        });
        session.stateNamesProperty().addListener((o, a, n) -> {
            inspector.setStateNames(n);
            stage.setStateNames(n);
        });
        session.emptyMessageProperty().addListener((o, a, m) -> {
            stage.setEmptyMessage(m);
            stage.paint(System.nanoTime());
        });
        playback.modelProperty().addListener((o, a, m) -> {
            if (m == null) {
                stage.show(null, null);
                stage.paint(System.nanoTime());
                inspector.show(null, null, -1);
                return;
            }
            stage.setAnimate(m.tasks().size() <= 2000);
            presentResources.setDisable(!bottom.hasResources());
            inspector.show(m, playback.state(), session.selectedTaskProperty().get());
            dirty = true;
            frame();
        });
        session.titleProperty().addListener((o, a, b) -> fitCodePane()); // another program or lesson is open
        session.finishedRunProperty().addListener((o, a, r) -> {
            if (r != null && session.lessonProperty().get() != null) {
                lessons.runFinished(r.exitCode() == 0); // learn: the run shows the answer, so a predicted quiz is revealed
            }
        });
        session.presenterProperty().addListener((o, a, b) -> applyPresenter(b));
        session.presenterProperty().addListener((o, a, b) -> applyLessonView());
        session.lessonProperty().addListener((o, a, l) -> {
            wholeStage.setSelected(false); // each lesson opens on its own view of the stage and its own stops
            lessonStops.setSelected(true);
            applyLessonView();
        });
        playback.modelProperty().addListener((o, a, m) -> applyLessonView());
        session.lessonProperty().addListener((o, a, l) -> {
            notes.show(l);
            presentNotes.setDisable(l == null || l.teacherNotes().isBlank());
            if (presentNotes.isDisabled()) {
                presentNotes.setSelected(false);
            }
        });
        presentNotes.setDisable(true);
    }

    public Scene scene(double w, double h) {
        Scene s = new Scene(zoom, w, h);
        s.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        // On the scene, not the root: when presenter mode takes away the pane that had the focus, key
        // events go to the scene itself, and F5 must still bring the panes back.
        s.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        s.windowProperty().addListener((o, a, win) -> {
            if (win != null) {
                win.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
                    if (!mayLeave()) {
                        e.consume(); // the learner chose Cancel: the window stays
                    }
                });
            }
        });
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

    // ---------------------------------------------------------------- actions

    /** Selects and runs the program at {@code index} of the Programs list. */
    public void selectProgram(int index) {
        side.tabs().getSelectionModel().select(0);
        programs.select(session, index);
    }

    /** The interviewer's question takes this share of the window's width in presenter mode. */
    static final double PROJECTOR_SHARE = 0.30;
    /** In interviewer mode the question and the code come first: the stage gets at least this share. */
    static final double INTERVIEW_STAGE_SHARE = 0.26;

    /** The side column's Practice tab. */
    static final int PRACTICE_TAB = 2;

    /** Shows the Practice tab (and its part's program in the code view). */
    public void openPractice() {
        side.tabs().getSelectionModel().select(PRACTICE_TAB);
    }

    public asyncscope.app.practice.PracticePane practicePane() {
        return practice;
    }

    /** Opens a lesson as the lesson browser would (tests). */
    public void openLesson(Lesson l) {
        side.tabs().getSelectionModel().select(1);
        lessons.open(l);
    }

    /** What the app opens on: the Lessons tab with the first lesson not done yet (the first one if all are). */
    public void openFirstUnfinishedLesson() {
        side.tabs().getSelectionModel().select(1);
        lessons.firstUnfinished().ifPresent(lessons::select);
    }

    /** Runs the open program with the tool bar's settings (a bad seed is reported, nothing runs). */
    public void runCurrent() {
        if (session.programProperty().get() == null || session.isRunning()) {
            return;
        }
        RunSettingsBar bar = tools.settings();
        RunSettings s = bar.read();
        if (s == null) {
            session.statusProperty().set("Cannot run: " + bar.errorLabel().getText());
            return;
        }
        session.settingsProperty().set(s);
        session.run();
    }

    /** Opens and runs {@code s} as the Programs list would (tests: a program of the test's own). */
    void showProgram(asyncscope.app.scenario.Scenario s) {
        session.openProgram(s);
    }

    /** The settings the open lesson's program asks for, once compiled off the UI thread (null before). */
    RunSettings lessonSettings() {
        return session.lessonSettings();
    }

    /** Puts the lesson's program back into the code view. */
    public void resetProgram() {
        session.resetProgram();
    }

    /** Stops the running Rust-lite program. */
    public void stopRun() {
        session.stopRun();
    }

    /** Shows a finished trace (UI thread). */
    public void load(TraceModel m) {
        session.load(m);
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
        bottom.follow(playback.position());
        long now = System.nanoTime();
        if (!playback.playingProperty().get() || now - lastSlowSync > 250_000_000L) {
            lastSlowSync = now;
            syncSlowViews(m, s);
        }
    }

    private void syncSlowViews(TraceModel m, StageState s) {
        bottom.sync(playback.position(), playback.playingProperty().get());
        if (inspector.task() >= 0) {
            inspector.show(m, s, inspector.task());
        }
        if (m.tasks().size() <= TaskLines.MAX_TASKS) {
            code.highlightLines(session.liveLines(), session.runningLine());
        }
    }

    /** The task at source {@code line} at the playhead (running, else live, else the first), or -1. */
    long taskOnLine(int line) {
        return session.taskOnLine(line);
    }

    // ---------------------------------------------------------------- keys, presenter

    private void key(KeyEvent e) {
        if (e.isShortcutDown() && zoomKey(e.getCode())) { // zoom works wherever the focus is, the editor included
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.F1) {
            showShortcuts();
            e.consume();
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl || code.area().isEditable() && code.area().isFocused();
        if (isPresenter() && root.getLeft() != null && root.getLeft() == practice.projector()
                && (!typing || e.isShortcutDown()) && practice.projectorKey(e)) {
            e.consume(); // the question on the projector: A shows the answer, 1-4 answer, N/P move on
            return;
        }
        if (side.tabs().getSelectionModel().getSelectedIndex() == PRACTICE_TAB && root.getLeft() == side
                && !side.isCollapsed() && practice.key(e, typing)) {
            e.consume(); // the practice part's own keys (answer a drill, flip and grade a card, Ctrl+Enter checks a fix)
            return;
        }
        if (e.getTarget() instanceof TextInputControl && e.getCode() != KeyCode.F5) {
            return;
        }
        if (code.area().isEditable() && code.area().isFocused() && e.getCode() != KeyCode.F5
                && !(e.getCode() == KeyCode.R && e.isShortcutDown())) {
            return; // typing in the lesson's editor: space and arrows edit the program, not the playback
        }
        switch (e.getCode()) {
            case ESCAPE -> {
                if (session.selectedTaskProperty().get() >= 0) {
                    session.selectedTaskProperty().set(-1); // closes the inspector drawer
                } else if (isPresenter()) {
                    togglePresenter();
                } else {
                    return;
                }
            }
            case O -> {
                if (isPresenter() && !e.isShortcutDown()) {
                    presentOutput.setSelected(!presentOutput.isSelected());
                } else {
                    return;
                }
            }
            case C -> {
                if (isPresenter() && !e.isShortcutDown() && !presentResources.isDisabled()) {
                    presentResources.setSelected(!presentResources.isSelected());
                } else {
                    return;
                }
            }
            case N -> {
                if (isPresenter() && !e.isShortcutDown() && !presentNotes.isDisabled()) {
                    presentNotes.setSelected(!presentNotes.isSelected());
                } else {
                    return;
                }
            }
            case SPACE -> playback.togglePlay();
            case RIGHT -> {
                if (e.isShiftDown()) {
                    playback.stepToNextPoll();
                } else if (e.isAltDown()) {
                    playback.stepOneEvent();
                } else {
                    playback.stepForward();
                }
            }
            case LEFT -> {
                if (e.isShiftDown()) {
                    playback.stepToPreviousPoll();
                } else if (e.isAltDown()) {
                    playback.stepOneEventBack();
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

    /** Ctrl+= / Ctrl++ zoom in, Ctrl+- zoom out, Ctrl+0 back to 100 %; false for any other key. */
    private boolean zoomKey(KeyCode k) {
        switch (k) {
            case EQUALS, PLUS, ADD -> zoom.zoomBy(1.1);
            case MINUS, SUBTRACT -> zoom.zoomBy(1 / 1.1);
            case DIGIT0, NUMPAD0 -> zoom.zoomProperty().set(1);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** "?" shows the shortcuts, unless it is being typed into a text (the editor, the seed, a filter). */
    private void typed(KeyEvent e) {
        if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)
                && !(code.area().isEditable() && code.area().isFocused())) {
            showShortcuts();
            e.consume();
        }
    }

    private javafx.scene.control.Alert helpShown;

    /** Shows every keyboard shortcut (F1, ?, Help › Keyboard shortcuts); returns the dialog (tests). */
    public javafx.scene.control.Alert showShortcuts() {
        if (helpShown != null && helpShown.isShowing()) {
            return helpShown;
        }
        helpShown = HelpDialogs.shortcuts(window());
        return helpShown;
    }

    /** Help › About: the versions of Asyncscope, Java and JavaFX; returns the dialog (tests). */
    public javafx.scene.control.Alert showAbout() {
        return HelpDialogs.about(window());
    }

    /** In presenter mode, the run tabs come back under the code and stage with the output or the resources chart. */
    private void showUnderInPresenter() {
        if (!isPresenter()) {
            return;
        }
        boolean out = presentOutput.isSelected();
        boolean res = presentResources.isSelected() && bottom.hasResources();
        if (out || res) {
            if (!centre.getItems().contains(bottom)) {
                centre.getItems().add(bottom);
                centre.setDividerPositions(0.66);
            }
            if (out) {
                bottom.selectOutput();
            } else {
                bottom.selectResources();
            }
            dirty = true;
            refreshNow();
        } else {
            centre.getItems().remove(bottom);
        }
    }

    /** In presenter mode, the teacher notes cover the code pane while N (or the button) shows them; the stage does not move. */
    private void showNotesInPresenter() {
        notes.setVisible(isPresenter() && presentNotes.isSelected());
    }

    /** "Whole stage" and the lesson's stops, in the transport after the step buttons; shown for a lesson that names them. */
    private void addLessonViewControls() {
        wholeStage.setId("whole-stage");
        wholeStage.setTooltip(new Tooltip("Show every part of the stage, not only the parts this lesson is about"));
        lessonStops.setId("lesson-stops");
        lessonStops.setSelected(true);
        lessonStops.setMnemonicParsing(false); // event kinds have underscores (poll_start)
        for (ToggleButton b : new ToggleButton[] {wholeStage, lessonStops}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the scrub slider gives way, not these
            b.managedProperty().bind(b.visibleProperty());
            b.setVisible(false);
            b.selectedProperty().addListener((o, x, y) -> applyLessonView());
        }
        int at = transport.getChildren().indexOf(transport.lookup("#jump-end"));
        transport.getChildren().addAll(at < 0 ? transport.getChildren().size() : at + 1, java.util.List.of(lessonStops, wholeStage));
    }

    /** The stage's parts and the steps' stops follow the open lesson's {@code stage:} and {@code stop-at:} unless switched off. */
    private void applyLessonView() {
        Lesson l = session.lessonProperty().get();
        boolean parts = l != null && !l.stage().isEmpty();
        boolean stops = l != null && !l.stopAt().isEmpty();
        // not on the projector: the transport's counter and clock need the room there (the choices stay as set)
        wholeStage.setVisible(parts && !isPresenter());
        lessonStops.setVisible(stops && !isPresenter());
        stage.setFocus(!parts || wholeStage.isSelected() ? asyncscope.app.stage.StageFocus.ALL
                : asyncscope.app.stage.StageFocus.of(l.stage(), playback.model()));
        playback.setStops(stops && lessonStops.isSelected() ? l.stopAt() : null);
        if (stops) {
            String kinds = l.stopAt().stream().map(k -> k.name().toLowerCase()).collect(java.util.stream.Collectors.joining(", "));
            // short on the bar (1280 px leaves little room); the kinds are in the tooltip
            lessonStops.setText(lessonStops.isSelected() ? "→ lesson's events" : "→ every event");
            lessonStops.setTooltip(new Tooltip(lessonStops.isSelected()
                    ? "→ and ← step to the next " + kinds + " event, as this lesson asks (Alt+→ steps one event); click to step through every event"
                    : "→ and ← step one event; click to step to this lesson's events (" + kinds + ")"));
        }
        dirty = true;
    }

    public ToggleButton wholeStageButton() {
        return wholeStage;
    }

    public ToggleButton lessonStopsButton() {
        return lessonStops;
    }

    public ToggleButton presenterNotesButton() {
        return presentNotes;
    }

    public TeacherNotesPane teacherNotes() {
        return notes;
    }

    public ZoomPane zoomPane() {
        return zoom;
    }

    public ToggleButton presenterOutputButton() {
        return presentOutput;
    }

    public ToggleButton presenterResourcesButton() {
        return presentResources;
    }

    private void changeSpeed(double f) {
        playback.speedProperty().set(Math.max(0.25, Math.min(8, playback.speedProperty().get() * f)));
    }

    public void togglePresenter() {
        session.presenterProperty().set(!session.presenterProperty().get());
    }

    private void applyPresenter(boolean presenter) {
        presentNotes.setSelected(false); // the notes are the teacher's: each presentation starts without them
        root.setLeft(presenter ? practice.projector() : side); // the practice question on the projector, or nothing
        presentOutput.setSelected(false);
        presentResources.setSelected(false);
        presenterBar.setVisible(presenter);
        presentResources.setDisable(!bottom.hasResources());
        if (presenter) {
            centre.getItems().remove(bottom);
            root.getStyleClass().add("presenter");
        } else {
            if (!centre.getItems().contains(bottom)) {
                centre.getItems().add(bottom);
            }
            centre.setDividerPositions(0.7);
            root.getStyleClass().remove("presenter");
        }
        tools.setVisible(!presenter);
        tools.setManaged(!presenter);
        Application.setUserAgentStylesheet(presenter ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setDark(presenter);
        stage.setScale(presenter ? PRESENTER_SCALE : 1);
        code.setBaseFontSize(presenter ? PRESENTER_CODE_SIZE : CODE_SIZE);
        bottom.timeline().setDark(presenter);
        fitCodePane();
        dirty = true;
    }

    /** How much larger the stage draws in presenter mode: its smallest text at 20 px (see StageView). */
    static final double PRESENTER_SCALE = StageView.PRESENTER_SCALE;

    public boolean isPresenter() {
        return session.presenterProperty().get();
    }

    /** The code's font size in px, normal and presenter. */
    static final double CODE_SIZE = 15;
    static final double PRESENTER_CODE_SIZE = 21;
    /** The side column's share of the window's width (the issue allows at most 28 %). */
    static final double SIDE_SHARE = 0.22;
    /** On a small window (under {@link #SMALL_WINDOW} px wide) the side column gives the code some room. */
    static final double SMALL_SIDE_SHARE = 0.18;
    static final double SMALL_WINDOW = 1400;

    /** The side column's share at a window {@code width} px wide. */
    static double sideShare(double width) {
        return width < SMALL_WINDOW ? SMALL_SIDE_SHARE : SIDE_SHARE;
    }
    /** The stage's least share of the window's width: it is the hero. */
    static final double STAGE_SHARE = 0.505;
    /** In presenter mode the stage, drawn larger, gets more of the width. */
    static final double PRESENTER_STAGE_SHARE = 0.66;
    /** The code pane's padding, which its lines do not get. */
    private static final double CODE_PADDING = 14;

    /** Sizes the side column to its share of the window (the same for both tabs), then fits code and stage. */
    private void relayout() {
        double w = side.isCollapsed() ? SideColumn.COLLAPSED_WIDTH : Math.round(root.getWidth() * sideShare(root.getWidth()));
        side.setMinWidth(w);
        side.setPrefWidth(w);
        side.setMaxWidth(w);
        fitCodePane();
    }

    /**
     * Moves the code/stage divider: the code gets what its longest line needs at the base font size, but
     * never so much that the stage has less than {@link #STAGE_SHARE} of the window's width; code that
     * then does not fit is set smaller (down to {@link CodeView#MIN_SHARE} of its size) and wraps beyond
     * that, so no line is ever cut. Done when a program or lesson opens, the window is resized, the side
     * column collapses or presenter mode changes, after the new layout is applied; a divider the user
     * drags stays where it is put until then. Switching the Programs and Lessons tabs moves nothing.
     */
    private void fitCodePane() {
        Platform.runLater(() -> {
            root.applyCss();
            root.layout();
            double total = codeAndStage.getWidth();
            if (total <= 0) {
                return;
            }
            double divider = 8;
            double stageMin = Math.ceil(root.getWidth() * (isPresenter() && root.getLeft() != null ? INTERVIEW_STAGE_SHARE
                    : isPresenter() ? PRESENTER_STAGE_SHARE : STAGE_SHARE));
            double codeMax = Math.max(120, total - stageMin - divider);
            double need = code.widthForLongestLine(code.baseFontSize()) + CODE_PADDING;
            double codeWidth = Math.min(need, codeMax);
            codeAndStage.setDividerPositions((codeWidth + divider / 2) / total);
            code.fitTo(codeWidth - CODE_PADDING);
        });
    }

    /** The share of the code/stage split the code pane has now (for tests). */
    public double codeShare() {
        return codeAndStage.getDividerPositions()[0];
    }

    // ---------------------------------------------------------------- files

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
                    session.writeChromeTrace(f.toPath());
                    session.statusProperty().set("Trace written to " + f + " (open it in ui.perfetto.dev)");
                } else {
                    session.writeTrace(f.toPath());
                    session.statusProperty().set("Trace written to " + f + " (Open… shows it again)");
                }
            } catch (IOException | RuntimeException ex) {
                session.statusProperty().set("Could not write " + f + ": " + ex.getMessage());
            }
        }
    }

    /** Chrome trace-event JSON (the engine's exporter), for Perfetto. */
    public void writeChromeTrace(Path p) throws IOException {
        session.writeChromeTrace(p);
    }

    /** The native, versioned trace file, which {@link #openTrace(Path)} reads back. */
    public void writeTrace(Path p) throws IOException {
        session.writeTrace(p);
    }

    // ---------------------------------------------------------------- programs on disk

    /** The answer to "the program has unsaved edits": save them, drop them, or stay. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private java.util.function.Function<String, UnsavedChoice> unsavedPrompt = this::askAboutUnsaved;

    /** Replaces the question about unsaved edits (tests answer it without a dialog). */
    public void setUnsavedPrompt(java.util.function.Function<String, UnsavedChoice> p) {
        unsavedPrompt = p;
    }

    private UnsavedChoice askAboutUnsaved(String name) {
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType drop = new javafx.scene.control.ButtonType("Don't save", javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your edits to " + name + " are not saved. Save them first?",
                save, drop, javafx.scene.control.ButtonType.CANCEL);
        a.setTitle("Unsaved edits");
        a.setHeaderText(name + " has unsaved edits");
        if (window() != null) {
            a.initOwner(window());
        }
        var b = a.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        return b == save ? UnsavedChoice.SAVE : b == drop ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    /**
     * Whether the open program may be left: yes when nothing is unsaved; else the learner is asked, and Save
     * saves (Save As when it has no file yet; cancelling that dialog stays), Don't save leaves, Cancel stays.
     */
    public boolean mayLeave() {
        if (!session.unsavedProperty().get()) {
            return true;
        }
        String name = session.fileProperty().get() != null ? session.fileProperty().get().getFileName().toString() : "the new program";
        return switch (unsavedPrompt.apply(name)) {
            case SAVE -> save() && !session.unsavedProperty().get();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** File › New (after asking about unsaved edits). */
    public void newProgram() {
        if (mayLeave()) {
            session.newProgram();
        }
    }

    private void open() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Programs and traces", "*.rs", "*.trace"),
                new FileChooser.ExtensionFilter("Rust-lite program", "*.rs"),
                new FileChooser.ExtensionFilter("Asyncscope trace", "*.trace"));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            openPath(f.toPath());
        }
    }

    /** Opens a file as File › Open… does: a {@code .trace} as a trace, anything else as a program. Null when it opened. */
    public Alert openPath(Path p) {
        if (p.getFileName().toString().endsWith(".trace")) {
            if (mayLeave()) {
                openTrace(p);
            }
            return null;
        }
        if (!mayLeave()) {
            return null;
        }
        String why = session.openFile(p);
        if (why == null) {
            return null;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, why);
        a.setTitle("Cannot open program");
        a.setHeaderText("\"" + p.getFileName() + "\" cannot be opened");
        if (window() != null) {
            a.initOwner(window());
        }
        a.show();
        return a;
    }

    /** File › Open Lesson…, after Open…: a teacher's own lesson (.md), checked as the built-in ones are. */
    private void addOpenLessonItem() {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Open lesson…");
        item.setId("open-lesson");
        item.setOnAction(e -> openLessonFile());
        var items = tools.fileMenu().getItems();
        int at = items.stream().map(javafx.scene.control.MenuItem::getId).toList().indexOf("open");
        items.add(at < 0 ? items.size() : at + 1, item);
    }

    private void openLessonFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a lesson");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson (Markdown, see lessons/AUTHORING.md)", "*.md"));
        File f = fc.showOpenDialog(window());
        if (f != null) {
            openLessonFile(f.toPath());
        }
    }

    /**
     * Reads and checks a lesson file off the UI thread ({@link asyncscope.lessons.catalogue.LessonFile#open}); a good
     * one joins the end of the lesson list and opens, a bad one is listed in the problems strip as file:line:column
     * with what is wrong, and what the window showed stays. Completes on the UI thread with the problem, or null.
     */
    public java.util.concurrent.CompletableFuture<asyncscope.lessons.catalogue.LessonFormatException> openLessonFile(Path p) {
        var done = new java.util.concurrent.CompletableFuture<asyncscope.lessons.catalogue.LessonFormatException>();
        session.statusProperty().set("Checking the lesson " + p.getFileName() + " …");
        Thread t = new Thread(() -> {
            asyncscope.lessons.catalogue.LessonFormatException bad;
            Lesson ok = null;
            try {
                ok = asyncscope.lessons.catalogue.LessonFile.open(p);
                bad = null;
            } catch (asyncscope.lessons.catalogue.LessonFormatException e) {
                bad = e;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
                bad = new asyncscope.lessons.catalogue.LessonFormatException(name, 1, 1, "the lesson cannot be read: " + e);
            }
            Lesson lesson = ok;
            asyncscope.lessons.catalogue.LessonFormatException problem = bad;
            Platform.runLater(() -> {
                if (problem != null) {
                    session.problems().setAll(java.util.List.of(new asyncscope.lessons.rustlite.diag.Diagnostic(
                            p.toString(), problem.line(), problem.column(), problem.problem())));
                    session.statusProperty().set("The lesson " + p.getFileName() + " cannot be opened: " + problem.getMessage());
                } else {
                    side.tabs().getSelectionModel().select(1);
                    lessons.addFromFile(lesson);
                    if (lesson.equals(session.lessonProperty().get())) {
                        session.statusProperty().set("Lesson \"" + lesson.title() + "\" opened from " + p + ": read the narrative, answer the quiz, then Run.");
                    }
                }
                done.complete(problem);
            });
        }, "open-lesson");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** File › Save; Save As when the program has no file yet. False when nothing was saved. */
    public boolean save() {
        try {
            return session.save() || saveAs();
        } catch (IOException | RuntimeException e) {
            session.statusProperty().set("Could not save: " + e.getMessage());
            return false;
        }
    }

    private boolean saveAs() {
        FileChooser fc = new FileChooser();
        Path now = session.fileProperty().get();
        fc.setInitialFileName(now != null ? now.getFileName().toString()
                : session.lessonProperty().get() != null ? session.lessonProperty().get().id() + ".rs" : "untitled.rs");
        if (now != null && now.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(now.toAbsolutePath().getParent().toFile());
        }
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Rust-lite program", "*.rs"));
        File f = fc.showSaveDialog(window());
        return f != null && saveAs(f.toPath());
    }

    /** File › Save As to {@code p} (the dialog's choice; tests call it directly). */
    public boolean saveAs(Path p) {
        try {
            session.saveAs(p);
            return true;
        } catch (IOException | RuntimeException e) {
            session.statusProperty().set("Could not save " + p.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Loads a saved trace into the window (its program into the code view). Reading, checking and modelling
     * happen on a background thread ({@link TraceOpener}); a file that is not a trace, is truncated, corrupt
     * or hostile is reported in a dialog with the reason, and the window keeps what it showed. The future
     * completes on the UI thread with the dialog shown, or null when the trace opened (for tests).
     */
    public java.util.concurrent.CompletableFuture<Alert> openTrace(Path p) {
        return session.openTrace(p).thenApply(why -> {
            if (why == null) {
                return null;
            }
            Alert a = new Alert(Alert.AlertType.ERROR, why);
            a.setTitle("Cannot open trace");
            a.setHeaderText("\"" + p.getFileName() + "\" is not a trace Asyncscope can show");
            if (window() != null) {
                a.initOwner(window());
            }
            a.show();
            return a;
        });
    }

    /** Asks where, then writes the stage as a PNG drawn at {@code k}× its size on screen. */
    private void exportPng(int k) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(k == 1 ? "asyncscope-stage.png" : "asyncscope-stage@" + k + "x.png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = fc.showSaveDialog(window());
        if (f != null) {
            try {
                writeStagePng(f.toPath(), k);
                session.statusProperty().set("Stage saved to " + f + " (" + k + "×)");
            } catch (IOException | RuntimeException ex) {
                session.statusProperty().set("Could not write " + f + ": " + ex.getMessage());
            }
        }
    }

    /** The stage as on screen, as a PNG at 1×. */
    public void writeStagePng(Path p) throws IOException {
        writeStagePng(p, 1);
    }

    /** The stage at the playhead, drawn again at {@code k}× the pixels ({@link StageExport}), as a PNG. */
    public void writeStagePng(Path p, int k) throws IOException {
        StageExport.writePng(StageExport.toOpaque(stageExport(k).render(playback.state())), p);
    }

    private StageExport stageExport(int k) {
        return new StageExport(playback.model(), look(), stage.getWidth(), stage.getHeight(), k);
    }

    /** How the stage looks now: theme and scale (presenter mode), state names, the picked task. */
    private StageExport.Look look() {
        return new StageExport.Look(isPresenter(), isPresenter() ? PRESENTER_SCALE : 1,
                session.stateNamesProperty().get(), session.selectedTaskProperty().get());
    }

    /** Asks for the range and format, then where, then writes the animation in the background. */
    private void exportAnimation() {
        TraceModel m = playback.model();
        if (m == null) {
            session.statusProperty().set("Run a program first: there is nothing to animate yet.");
            return;
        }
        AnimationDialog d = new AnimationDialog(m.size(), playback.position());
        if (window() != null) {
            d.initOwner(window());
        }
        d.ask().ifPresent(c -> {
            Path target;
            if (c.format() == AnimationExport.Format.GIF) {
                FileChooser fc = new FileChooser();
                fc.setInitialFileName("asyncscope-run.gif");
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
                File f = fc.showSaveDialog(window());
                target = f == null ? null : f.toPath();
            } else {
                javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
                dc.setTitle("Folder for the PNG sequence");
                File f = dc.showDialog(window());
                target = f == null ? null : f.toPath();
            }
            if (target != null) {
                exportAnimation(new AnimationExport.Request(c.from(), c.to(), c.frames(), c.k(), c.format(), target, c.frameMillis()));
            }
        });
    }

    /**
     * Writes an animation of the stage over a range of the run (frames drawn one per pulse, encoded off the UI
     * thread); the status line follows it. The future completes when the files are written.
     */
    public java.util.concurrent.CompletableFuture<AnimationExport.Written> exportAnimation(AnimationExport.Request r) {
        int n = AnimationExport.positions(r.from(), r.to(), r.frames()).length;
        session.statusProperty().set("Writing the animation: 0 of " + n + " frames …");
        var done = AnimationExport.start(playback.model(), look(), stage.getWidth(), stage.getHeight(), r,
                i -> Platform.runLater(() -> session.statusProperty().set("Writing the animation: " + i + " of " + n + " frames …")));
        done.whenComplete((w, ex) -> Platform.runLater(() -> session.statusProperty().set(ex != null
                ? "Could not write the animation: " + (ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage())
                : String.format("Animation written: %d frames of %d×%d to %s", w.frames(), w.width(), w.height(),
                        r.format() == AnimationExport.Format.GIF ? r.target() : r.target().resolve("stage-0001.png") + " …"))));
        return done;
    }

    // ---------------------------------------------------------------- for tests and the benchmark

    public MainToolBar toolBar() {
        return tools;
    }

    public SessionModel session() {
        return session;
    }

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
        return bottom.timeline();
    }

    public CodeView codeView() {
        return code;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    public EventLogView eventLog() {
        return bottom.log();
    }

    public LessonBrowser lessonBrowser() {
        return lessons;
    }

    public OutputList outputView() {
        return bottom.output();
    }

    public ResourceChart resourceChart() {
        return bottom.resourceChart();
    }

    public ProblemsStrip problemsStrip() {
        return codePane.problems();
    }

    public Label statusLabel() {
        return status;
    }

    public TabPane leftTabs() {
        return side.tabs();
    }

    public SideColumn sideColumn() {
        return side;
    }

    public InspectorDrawer inspectorDrawer() {
        return drawer;
    }

    /** The stage with the inspector drawer over it (its bounds are the stage's share of the window). */
    public StackPane stageBox() {
        return (StackPane) codeAndStage.getItems().get(1);
    }

    public RunTabs bottomTabs() {
        return bottom;
    }

    public boolean isRunning() {
        return session.isRunning();
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
