package asyncscope.app.ui;

import asyncscope.app.model.StateNames;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.Compilation;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.app.scenario.Scenario;
import asyncscope.engine.event.ChromeTrace;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Trace;
import asyncscope.engine.event.TraceFile;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session the window shows, as observable properties and nothing drawn: the open program (a built-in
 * demo, a lesson's Rust-lite program, or a trace opened from a file), its text with the learner's edits,
 * the run settings, whether a run is going, the finished run's trace under a {@link Playback} playhead,
 * the picked task, compile problems, presenter mode and the status line. Views bind to these properties
 * and call the actions here; nothing in this class needs a window, so it is tested with plain JUnit.
 * Programs run on {@code background}; their results are applied on {@code ui} (the FX thread in the app).
 */
public final class SessionModel {
    /** What a finished run reports to the views that care (the quiz reveals, a failure shows the output). */
    public record FinishedRun(long serial, Scenario program, int exitCode) {}

    private final Playback playback = new Playback();
    private final ReadOnlyObjectWrapper<Scenario> program = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RunSettings> settings = new SimpleObjectProperty<>(RunSettings.simulated(1, 4));
    private final LongProperty selectedTask = new SimpleLongProperty(-1);
    private final BooleanProperty presenter = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<StateNames> stateNames = new ReadOnlyObjectWrapper<>(StateNames.NONE);
    private final ReadOnlyObjectWrapper<RustLiteScenario.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FinishedRun> finished = new ReadOnlyObjectWrapper<>();
    private final Executor background;
    private final Executor ui;
    /** The text Reset puts back: the lesson's program, or an opened file's saved text; null when there is none. */
    private String resetText;
    /** The learner's edits of each lesson (by id), kept while they switch between lessons and across restarts, until Reset. */
    private final LessonEdits lessonEdits;
    /** The .rs file the open program was read from or saved to (null for lessons, demos, traces, a new program). */
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    /** For a program from File › New or Open…: the text as last saved (or as created); null otherwise. */
    private String savedText;
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper();
    /** What the open program's own {@code #[tokio::main]} asks for (the tool bar marks settings that differ). */
    private final ReadOnlyObjectWrapper<RunSettings> programDefaults = new ReadOnlyObjectWrapper<>();
    private final RecentFiles recent;
    /** The settings the lesson was opened with: while the learner leaves them, runs follow the program's #[tokio::main]. */
    private RunSettings lessonSettings;
    /** The run in flight, or null. */
    private final ReadOnlyObjectWrapper<RunJob<?>> job = new ReadOnlyObjectWrapper<>();
    private int[] outputIndexes = new int[0];
    private long runs;

    /** Runs programs on {@code background} and applies their results on {@code ui}. */
    public SessionModel(Executor background, Executor ui) {
        this(background, ui, new RecentFiles(null));
    }

    /** As above, remembering opened and saved programs in {@code recent}. */
    public SessionModel(Executor background, Executor ui, RecentFiles recent) {
        this(background, ui, recent, new LessonEdits(null));
    }

    /** As above, keeping the learner's lesson edits in {@code edits}. */
    public SessionModel(Executor background, Executor ui, RecentFiles recent, LessonEdits edits) {
        this.lessonEdits = edits;
        this.background = background;
        this.ui = ui;
        this.recent = recent;
        playback.modelProperty().addListener((o, a, m) -> outputIndexes = m == null ? new int[0] : outputIndexesOf(m));
        source.addListener((o, a, text) -> {
            Lesson l = lesson.get();
            if (l != null) {
                if (text.equals(l.program())) {
                    lessonEdits.remove(l.id());
                } else {
                    lessonEdits.put(l.id(), text);
                }
            }
            unsaved.set(savedText != null && !text.equals(savedText));
        });
    }



    /** A daemon thread per run, results on the FX thread: what the window uses. */
    public static SessionModel forWindow() {
        return new SessionModel(r -> {
            Thread t = new Thread(r, "asyncscope-run");
            t.setDaemon(true);
            t.start();
        }, javafx.application.Platform::runLater,
                new RecentFiles(asyncscope.app.lesson.LessonProgress.defaultFile().resolveSibling("recent-files.txt")),
                LessonEdits.forWindow());
    }

    /** Forgets what belongs to the program being left (its file, its saved text). */
    private void leave() {
        dropRun(); // a run still going belongs to the program being left: its result is dropped
        lesson.set(null);
        resetText = null;
        lessonSettings = null;
        savedText = null;
        file.set(null);
        unsaved.set(false);
    }

    /** Keeps the chosen mode (simulated with its seed, or live) and takes flavour and workers from {@code d}. */
    private RunSettings keepMode(RunSettings d) {
        RunSettings now = settings.get();
        return new RunSettings(now.live(), now.seed(), d.workers(), d.flavor());
    }

    // ---------------------------------------------------------------- opening programs

    /** Opens a built-in demo (or any scenario) read-only and runs it. */
    public void openProgram(Scenario s) {
        leave(); // a lesson run still going is dropped
        program.set(s);
        editable.set(false);
        problems.clear();
        programDefaults.set(s.defaults());
        settings.set(s.defaults());
        title.set(titleOf(s));
        source.set(s.source());
        run();
    }

    /** Opens a lesson: its program becomes the editable text; nothing runs until {@link #run()} (the quiz comes first). */
    public void openLesson(Lesson l) {
        leave(); // a run still going belongs to the previous program: its result is dropped
        RustLiteScenario sc = RustLiteScenario.of(l);
        program.set(sc);
        resetText = l.program();
        clearRun();
        emptyMessage.set("Press Run (Ctrl+R) to run this program on the runtime; edit it freely, Reset restores it.");
        title.set(l.title() + "  ·  editable");
        String kept = lessonEdits.get(l.id());
        source.set(kept != null ? kept : l.program()); // before the lesson is set: the edits stay
        editable.set(true);
        problems.clear();
        lessonSettings = null; // until the program is compiled (off the UI thread), a run follows its #[tokio::main]
        lesson.set(l);
        String text = source.get(); // the lesson's program, or the learner's kept edits
        background.execute(() -> {
            RunSettings d = RustLiteScenario.defaultsOf(Compilation.of(sc.file(), text));
            ui.execute(() -> {
                if (program.get() == sc && !running.get()) {
                    programDefaults.set(d);
                    lessonSettings = keepMode(d); // the chosen mode (simulated or live) stays
                    settings.set(lessonSettings);
                }
            });
        });
        status.set("Lesson \"" + l.title() + "\": " + (kept != null ? "your edits of its program are kept (Reset restores it); " : "")
                + "read the narrative, answer the quiz, then Run.");
    }

    private static String titleOf(Scenario s) {
        return s.title() + (s.builtIn() ? "   ·   built-in demo (engine run from Java)" : "");
    }

    private void clearRun() {
        playback.clear();
        outcome.set(null);
        stateNames.set(StateNames.NONE);
        selectedTask.set(-1);
    }

    /** Puts the lesson's program (or an opened file's saved text) back in place of the learner's edits. */
    public void resetProgram() {
        if (resetText != null) {
            source.set(resetText);
            problems.clear();
            status.set(lesson.get() != null ? "The lesson's program is back." : "The program is back as it was saved.");
        }
    }

    // ---------------------------------------------------------------- practice

    /**
     * Opens a practice program (a drill's generated program, a bug challenge's broken program) as the code
     * view's text, editable or not; nothing runs until asked, and leaving it asks nothing (it has no file).
     */
    public void openPractice(String heading, String file, String text, boolean canEdit, String hint) {
        leave();
        clearRun();
        RustLiteScenario sc = new RustLiteScenario(heading, "", file, text);
        program.set(sc);
        emptyMessage.set(hint);
        title.set(heading + (canEdit ? "  ·  editable" : ""));
        source.set(text);
        editable.set(canEdit);
        problems.clear();
        programDefaults.set(null); // until compiled off the UI thread; Run follows the program's own #[tokio::main]
        background.execute(() -> {
            RunSettings d = RustLiteScenario.defaultsOf(Compilation.of(sc.file(), text));
            ui.execute(() -> {
                if (program.get() == sc && !running.get()) { // the tool bar shows what this program's runtime is
                    programDefaults.set(d);
                    lessonSettings = keepMode(d);
                    settings.set(lessonSettings);
                }
            });
        });
    }

    /**
     * Shows a run practice made off the UI thread (a drill's, a judged fix's) on the stage, the playhead
     * after event index {@code at} (its events' count or more: the end). Its async state names come along.
     */
    public void showPracticeRun(TraceModel m, Map<String, java.util.List<String>> stateMachines, int at) {
        outcome.set(null);
        stateNames.set(new StateNames(stateMachines));
        selectedTask.set(-1);
        playback.load(m);
        playback.seek(Math.max(0, Math.min(m.size(), at)));
    }

    // ---------------------------------------------------------------- .rs files

    /** A program file is larger than this: it is refused (a Rust-lite program is a few kilobytes). */
    public static final long MAX_FILE_BYTES = 1 << 20;

    static final String NEW_PROGRAM = """
            use tokio::time::{sleep, Duration};

            #[tokio::main]
            async fn main() {
                let task = tokio::spawn(async {
                    sleep(Duration::from_millis(100)).await;
                    println!("hello from a task");
                });
                task.await.unwrap();
            }
            """;

    /** File › New: an editable, unsaved program from a small template. */
    public void newProgram() {
        leave();
        clearRun();
        openText("untitled.rs", NEW_PROGRAM, null);
        status.set("A new program: edit it, Run it (Ctrl+R), Save it (Ctrl+S).");
    }

    /** File › Open… for a program: reads the file; returns null, or why it cannot be opened (nothing changes then). */
    public String openFile(Path p) {
        String text;
        try {
            if (java.nio.file.Files.size(p) > MAX_FILE_BYTES) {
                return p.getFileName() + " is larger than 1 MB: not a Rust-lite program";
            }
            text = java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            String why = "cannot read " + p.getFileName() + ": " + e.getMessage();
            status.set("Cannot open " + p.getFileName() + ": " + why);
            return why;
        }
        leave();
        clearRun();
        openText(p.getFileName().toString(), text, p);
        recent.add(p);
        status.set("Opened " + p.getFileName() + ": Run it with Ctrl+R.");
        return null;
    }

    private void openText(String name, String text, Path from) {
        RustLiteScenario sc = new RustLiteScenario(name, "", name, text);
        program.set(sc);
        emptyMessage.set("Press Run (Ctrl+R) to run this program on the runtime.");
        savedText = text;
        resetText = text;
        file.set(from);
        title.set(name + (from == null ? "  ·  not saved yet" : "  ·  " + from.toAbsolutePath().getParent()));
        source.set(text);
        unsaved.set(false);
        editable.set(true);
        problems.clear();
        RunSettings own = sc.defaults();
        programDefaults.set(own);
        lessonSettings = keepMode(own);
        settings.set(lessonSettings);
    }

    /** File › Save: writes the text to the program's file; false when it has none yet (Save As is needed). */
    public boolean save() throws IOException {
        Path p = file.get();
        if (p == null) {
            return false;
        }
        saveAs(p);
        return true;
    }

    /** File › Save As: writes the text to {@code p}, which becomes the program's file. */
    public void saveAs(Path p) throws IOException {
        java.nio.file.Files.writeString(p, source.get(), java.nio.charset.StandardCharsets.UTF_8);
        if (lesson.get() == null && program.get() instanceof RustLiteScenario) {
            String name = p.getFileName().toString();
            RustLiteScenario sc = new RustLiteScenario(name, "", name, source.get());
            file.set(p);
            savedText = source.get();
            resetText = savedText;
            program.set(sc);
            title.set(name + "  ·  " + p.toAbsolutePath().getParent());
        }
        unsaved.set(false);
        recent.add(p);
        status.set("Saved " + p.getFileName() + ".");
    }

    // ---------------------------------------------------------------- running

    /** Runs the open program with {@link #settingsProperty()}; a lesson runs the edited text. */
    public void run() {
        Scenario current = program.get();
        if (current == null || running.get()) {
            return;
        }
        RunSettings s = settings.get();
        if (current instanceof RustLiteScenario rl) {
            runRustLite(rl, s);
        } else {
            runDemo(current, s);
        }
    }

    /** "1 task", "2 tasks", "1,000 tasks". */
    static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String how(RunSettings s) {
        return s.live() ? "live" : "simulated, seed " + s.seed();
    }

    private void runDemo(Scenario sc, RunSettings s) {
        RunJob<TraceModel> j = new RunJob<>(sc.title(), c -> c.model(sc.run(s, c)), background, ui);
        j.onDone(m -> {
            outcome.set(null);
            stateNames.set(StateNames.NONE);
            load(m);
            int w = m.workers();
            status.set(noted(String.format("\"%s\": %s, %s, %d worker%s (%s). Space plays, ←/→ step.",
                    sc.title(), count(m.size(), "event"), count(m.tasks().size(), "task"), w, w == 1 ? "" : "s", how(s)), m));
            finished.set(new FinishedRun(++runs, sc, 0));
        }).onFailed(t -> status.set("The run failed: " + t));
        startRun(j, sc.title(), s);
    }

    /** The old stage is cleared and the job's progress shown instead; Run waits, Stop works. */
    private <T> void startRun(RunJob<T> j, String name, RunSettings s) {
        clearRun();
        emptyMessage.set("");
        running.set(true);
        status.set("Running \"" + name + "\" (" + how(s) + ") …");
        j.onAbandoned(() -> status.set("\"" + name + "\" did not stop within " + RunJob.abandonAfterMillis / 1000
                        + " s of Stop (it ignores cancellation): it was abandoned and finishes unseen. Run is available again."))
                .onEnd(how -> endRun(j, how, name));
        job.set(j);
        j.start();
    }

    private void endRun(RunJob<?> j, RunJob.End how, String name) {
        if (job.get() != j) {
            return;
        }
        job.set(null);
        running.set(false);
        if (how == RunJob.End.STOPPED) {
            status.set("\"" + name + "\" was stopped before it finished; press Run to run it again.");
        }
        if (how == RunJob.End.STOPPED || how == RunJob.End.ABANDONED) {
            emptyMessage.set("The run was stopped. Press Run (Ctrl+R) to run the program again.");
        }
    }

    /** Forgets the run in flight (another program is being opened): its result will not be shown. */
    private void dropRun() {
        RunJob<?> j = job.get();
        if (j != null) {
            j.discard();
            job.set(null);
            running.set(false);
        }
    }

    /** file:line:col: message, as the problems strip lists a diagnostic. */
    static String where(Diagnostic d) {
        return d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message();
    }

    /** Runs the edited text off the UI thread ({@link LessonRun}); every failure is a problem in the strip. */
    private void runRustLite(RustLiteScenario base, RunSettings chosen) {
        RustLiteScenario sc = base.withSource(source.get());
        // while the learner leaves flavour and workers as the lesson set them, an edited #[tokio::main] decides them
        boolean follow = lessonSettings == null
                || chosen.flavor() == lessonSettings.flavor() && chosen.workers() == lessonSettings.workers();
        problems.clear();
        RunJob<LessonRun> j = new RunJob<>(sc.title(), c -> LessonRun.perform(sc, chosen, follow, c), background, ui);
        j.onDone(r -> {
            if (program.get() != base) {
                return;
            }
            if (r instanceof LessonRun.NotCompiled nc) {
                showProblems(nc.problems(), "The program does not compile: ");
                return;
            }
            LessonRun.Ran d = (LessonRun.Ran) r;
            RunSettings used = d.settings();
            if (follow && !used.equals(chosen)) {
                lessonSettings = used;
                settings.set(used);
            }
            if (follow) {
                programDefaults.set(used); // the edited #[tokio::main] decided them
            }
            RustLiteScenario.Outcome o = d.outcome();
            outcome.set(o);
            stateNames.set(new StateNames(o.stateMachines()));
            load(d.model());
            String end = switch (o.exitCode()) {
                case 0 -> "finished";
                case 124 -> "was STOPPED (cancelled)";
                case 101 -> "PANICKED (exit 101; see Output)";
                default -> "exited with code " + o.exitCode();
            };
            status.set(noted(String.format("\"%s\" %s in %,d ms %s: %s, %s (%s). Space plays, ←/→ step.",
                    sc.title(), end, o.elapsedNanos() / 1_000_000, used.live() ? "real" : "virtual",
                    count(d.model().size(), "event"), count(d.model().tasks().size(), "task"), how(used)), d.model()));
            if (o.exitCode() != 0) {
                playback.jumpToEnd();
            }
            finished.set(new FinishedRun(++runs, base, o.exitCode()));
        }).onFailed(t -> {
            if (program.get() == base) { // settings that contradict the program, or the run failed (an Error included)
                String why = t instanceof IllegalArgumentException ? "cannot run with these settings: " + t.getMessage()
                        : "the run failed: " + t;
                showProblems(List.of(new Diagnostic(sc.file(), 1, 1, why)), "Cannot run: ");
            }
        });
        startRun(j, sc.title(), chosen);
    }

    private void showProblems(List<Diagnostic> ds, String lead) {
        problems.setAll(ds);
        int n = ds.size();
        status.set(lead + n + " problem" + (n == 1 ? "" : "s") + " (click one to jump there). " + where(ds.get(0)));
    }

    /**
     * Stops the run in flight: a Rust-lite program ends with "the program was cancelled" and what it did is
     * shown; a demo's run is dropped; a run that ignores the request is abandoned after a few seconds.
     */
    public void stopRun() {
        RunJob<?> j = job.get();
        if (j != null && !j.isStopping()) {
            j.stop();
            status.set("Stopping …");
        }
    }

    /** Shows a finished trace: the playhead goes to its start and no task is picked. */
    public void load(TraceModel m) {
        Scenario current = program.get();
        if (current != null && current.builtIn() && !source.get().equals(current.source())) {
            source.set(current.source());
            title.set(titleOf(current));
        }
        selectedTask.set(-1);
        playback.load(m);
    }

    // ---------------------------------------------------------------- traces on disk

    /**
     * Opens a saved trace: read, checked and modelled on {@code background} by {@link TraceOpener} (a damaged
     * or hostile file is refused there), then shown on {@code ui} with its program as the read-only text.
     * The future completes on {@code ui} with null when the trace is shown (or a run is going and nothing
     * was done), else with what is wrong with the file; the session then keeps what it showed.
     */
    public CompletableFuture<String> openTrace(Path p) {
        if (running.get()) {
            return CompletableFuture.completedFuture(null);
        }
        status.set("Opening " + p.getFileName() + " …");
        CompletableFuture<String> done = new CompletableFuture<>();
        background.execute(() -> {
            TraceOpener.Result r = TraceOpener.open(p);
            ui.execute(() -> done.complete(showOpened(r)));
        });
        return done;
    }

    private String showOpened(TraceOpener.Result r) {
        Path p = r.file();
        String why;
        if (r instanceof TraceOpener.Refused no) {
            why = no.message();
        } else {
            try {
                showTrace((TraceOpener.Opened) r);
                return null;
            } catch (RuntimeException e) { // the views could not take it: say so, never leave "Opening …"
                why = p.getFileName() + ": cannot show this trace: " + e;
            }
        }
        status.set("Cannot open " + p.getFileName() + ": " + why);
        return why;
    }

    private void showTrace(TraceOpener.Opened ok) {
        Path p = ok.file();
        Trace t = ok.trace();
        String name = t.settings().getOrDefault("program", p.getFileName().toString());
        leave();
        program.set(null);
        programDefaults.set(null);
        editable.set(false);
        problems.clear();
        outcome.set(null);
        stateNames.set(ok.stateNames());
        source.set(t.program());
        title.set(name + "   ·   opened from " + p.getFileName());
        load(ok.model());
        status.set(noted(String.format("Opened %s: %s, %s. Space plays, ←/→ step.", p.getFileName(),
                count(playback.model().size(), "event"), count(playback.model().tasks().size(), "task")), playback.model()));
    }

    /**
     * A status line, with the recorder's note when the trace was cut at the recorder's cap: the stage then ends
     * before the run did, and the learner must be told why the last events are missing.
     */
    private static String noted(String line, TraceModel m) {
        String note = m == null ? null : m.settings().get("recording");
        return note == null || note.isBlank() ? line : line + "  ⚠ Note: " + note + ".";
    }

    private Trace currentTrace() {
        TraceModel m = playback.model();
        return new Trace(m.settings(), m.program(), m.events());
    }

    /** The native, versioned trace file (the engine's format), which {@link #openTrace(Path)} reads back. */
    public void writeTrace(Path p) throws IOException {
        TraceFile.write(currentTrace(), p);
    }

    /** Chrome trace-event JSON (the engine's exporter), for Perfetto. */
    public void writeChromeTrace(Path p) throws IOException {
        ChromeTrace.write(currentTrace(), p);
    }

    // ---------------------------------------------------------------- what the views derive at the playhead

    /** The program output printed up to the playhead, each line with the task that printed it; stderr rows set in {@code err}. */
    public List<String> outputAt(int position, BitSet err) {
        TraceModel m = playback.model();
        List<String> lines = new ArrayList<>();
        if (m == null) {
            return lines;
        }
        for (int i : outputIndexes) {
            if (i >= position) {
                break;
            }
            Event e = m.event(i);
            TaskInfo t = m.tasks().byId(e.task());
            Payload.Output o = (Payload.Output) e.payload();
            if (o.stderr()) {
                err.set(lines.size());
            }
            lines.add(o.text().stripTrailing() + "      ← " + (t == null ? "?" : t.name()) + (o.stderr() ? " (stderr)" : ""));
        }
        if (position >= m.size()) {
            for (String x : trailingOutput(m)) {
                err.set(lines.size());
                lines.add(x);
            }
        }
        return lines;
    }

    /** How many lines {@link #outputAt} gives at {@code position} (cheap: no text is built). */
    public int outputCountAt(int position) {
        TraceModel m = playback.model();
        if (m == null) {
            return 0;
        }
        int shown = 0;
        while (shown < outputIndexes.length && outputIndexes[shown] < position) {
            shown++;
        }
        return shown + (position >= m.size() ? trailingOutput(m).size() : 0);
    }

    /** What the runner printed on stderr after the runtime was gone (cancellation, deadlock): no event carries it. */
    private List<String> trailingOutput(TraceModel m) {
        RustLiteScenario.Outcome o = outcome.get();
        if (o == null || o.trace().events() != m.events() && o.trace().events().size() != m.size()) {
            return List.of();
        }
        StringBuilder inEvents = new StringBuilder();
        for (int i : outputIndexes) {
            if (((Payload.Output) m.event(i).payload()).stderr()) {
                inEvents.append(((Payload.Output) m.event(i).payload()).text());
            }
        }
        String all = o.stderr();
        String rest = all.startsWith(inEvents.toString()) ? all.substring(inEvents.length()) : "";
        return rest.isBlank() ? List.of() : rest.strip().lines().map(x -> x + "      (stderr, after the runtime stopped)").toList();
    }

    private static int[] outputIndexesOf(TraceModel m) {
        List<Integer> outs = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.Output) {
                outs.add(i);
            }
        }
        return outs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Source line to task for every live task at the playhead (the code view's highlight). */
    public Map<Integer, Long> liveLines() {
        TraceModel m = playback.model();
        return m == null || playback.state() == null ? Map.of() : TaskLines.liveLines(stateNames.get(), m, playback.state());
    }

    /** The line of the task running at the playhead, or 0. */
    public int runningLine() {
        TraceModel m = playback.model();
        return m == null || playback.state() == null ? 0 : TaskLines.runningLine(stateNames.get(), m, playback.state());
    }

    /** The task at source {@code line} at the playhead (running, else live, else the first), or -1. */
    public long taskOnLine(int line) {
        return TaskLines.taskOnLine(stateNames.get(), playback.model(), playback.state(), line);
    }

    /** Picks the task at source {@code line}, if there is one. */
    public void pickTaskOnLine(int line) {
        long t = taskOnLine(line);
        if (t >= 0) {
            selectedTask.set(t);
        }
    }

    // ---------------------------------------------------------------- properties

    public Playback playback() {
        return playback;
    }

    public ReadOnlyObjectProperty<Scenario> programProperty() {
        return program.getReadOnlyProperty();
    }

    /** The .rs file of the open program, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True while a program from File › New or Open… has edits that are not saved. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** What the open program's {@code #[tokio::main]} asks for (null for an opened trace). */
    public ReadOnlyObjectProperty<RunSettings> programDefaultsProperty() {
        return programDefaults.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The program's text as shown and edited. */
    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ObservableList<Diagnostic> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The run in flight (its progress, its Stop), or null. */
    public ReadOnlyObjectProperty<RunJob<?>> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** The settings the open lesson's program asks for, once compiled (null before, or for a demo). */
    RunSettings lessonSettings() {
        return lessonSettings;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** What the stage says while there is no run to show. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ObjectProperty<RunSettings> settingsProperty() {
        return settings;
    }

    /** The picked task (the inspector shows it, the stage rings it), -1 for none. */
    public LongProperty selectedTaskProperty() {
        return selectedTask;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public ReadOnlyObjectProperty<StateNames> stateNamesProperty() {
        return stateNames.getReadOnlyProperty();
    }

    /** The Rust-lite run's outcome behind the loaded trace (null for demos and opened traces). */
    public ReadOnlyObjectProperty<RustLiteScenario.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Set after each run that finished and was loaded. */
    public ReadOnlyObjectProperty<FinishedRun> finishedRunProperty() {
        return finished.getReadOnlyProperty();
    }
}
