package asyncscope.app.practice;

import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.bug.HintLadder;
import asyncscope.lessons.practice.bug.Verdict;
import asyncscope.lessons.practice.exam.ItemResult;
import asyncscope.lessons.practice.exam.ResultExport;
import asyncscope.lessons.practice.exam.TestItem;
import asyncscope.lessons.practice.exam.TestResult;
import asyncscope.lessons.practice.exam.TestSession;
import asyncscope.lessons.practice.exam.TestSpec;
import asyncscope.lessons.practice.exam.TimedTest;
import asyncscope.lessons.practice.progress.BugRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The timed technical test: N questions (drills, flashcards, bugs to fix) drawn from a seed, a clock that
 * runs from the start, answers recorded per question (a drill's choice; a card's self-mark after its back
 * is shown; a bug's fix accepted by the judge, less a quarter per hint), then the score with its
 * per-concept breakdown, kept in the history of attempts and exportable as Markdown or HTML. Answers are
 * not shown during the test — except in interviewer mode, where the interviewer reveals each question's
 * answer on a key press ({@link #reveal()}) while the question is on the projector.
 */
public final class ExamModel {
    /** Where the test is. */
    public enum Phase { SETUP, BUILDING, RUNNING, DONE }

    private final PracticeModel practice;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.SETUP);
    private final IntegerProperty questions = new SimpleIntegerProperty(10);
    private final IntegerProperty minutes = new SimpleIntegerProperty(20);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cardTurned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TestResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper answeredCount = new ReadOnlyIntegerWrapper();
    private final BooleanProperty interviewer = new SimpleBooleanProperty();
    private TimedTest test;
    private TestSession sitting;
    private final Map<Integer, PracticeTrace> traces = new HashMap<>();
    private final Map<Integer, HintLadder> ladders = new HashMap<>();
    private final Map<Integer, String> edits = new HashMap<>();
    private final Map<Integer, String> verdicts = new HashMap<>();
    private PlayTo playTo;
    private long serial;

    ExamModel(PracticeModel practice, Clock clock) {
        this.practice = practice;
        this.clock = clock;
    }

    /** Builds a test of {@link #questionsProperty()} questions in {@link #minutesProperty()} minutes and starts its clock. */
    public void start() {
        if (phase.get() == Phase.BUILDING || phase.get() == Phase.RUNNING) {
            return;
        }
        TestSpec spec = TestSpec.standard(Math.max(1, Math.min(100, questions.get())), Math.max(1, minutes.get()), practice.nextSeed());
        phase.set(Phase.BUILDING);
        message.set("Drawing " + spec.questions() + " questions: each drill's program is generated and run …");
        long s = ++serial;
        practice.background().execute(() -> {
            TimedTest t;
            Map<Integer, PracticeTrace> tr = new HashMap<>();
            try {
                t = TimedTest.build(spec, practice.factory(), practice.deck(), practice.bugs());
                for (int i = 0; i < t.items().size(); i++) {
                    if (t.items().get(i) instanceof TestItem.DrillItem d) {
                        tr.put(i, PracticeTrace.of(d.drill().templateId(), d.drill().run()));
                    }
                }
            } catch (RuntimeException e) {
                practice.ui().execute(() -> {
                    phase.set(Phase.SETUP);
                    message.set("The test could not be made (" + e.getMessage() + "); try again.");
                });
                return;
            }
            practice.ui().execute(() -> begin(s, t, tr));
        });
    }

    private void begin(long s, TimedTest t, Map<Integer, PracticeTrace> tr) {
        if (s != serial) {
            return;
        }
        test = t;
        traces.clear();
        traces.putAll(tr);
        ladders.clear();
        edits.clear();
        verdicts.clear();
        result.set(null);
        sitting = new TestSession(t, clock);
        sitting.start();
        phase.set(Phase.RUNNING);
        message.set("");
        answeredCount.set(0);
        index.set(-1);
        go(0);
        tick();
    }

    /** Shows question {@code i}: its program in the code view (a bug's editable, with the candidate's edit kept). */
    public void go(int i) {
        if (phase.get() != Phase.RUNNING || i < 0 || i >= test.items().size()) {
            return;
        }
        keepEdit();
        if (playTo != null) {
            playTo.cancel();
        }
        index.set(i);
        practice.session().statusProperty().set("Timed test: question " + (i + 1) + " of " + test.items().size()
                + " (" + test.items().get(i).kind() + ")" + (answered(i) ? ", answered." : "."));
        revealed.set(false);
        cardTurned.set(false);
        message.set(verdicts.getOrDefault(i, answered(i) ? "Answered." : ""));
        showProgram();
    }

    /** The part is shown again: the question on screen comes back into the code view. */
    public void enter() {
        if (phase.get() == Phase.RUNNING && index.get() >= 0) {
            if (!onScreen()) {
                showProgram();
            }
        } else if (!practice.session().titleProperty().get().equals("Timed test")) {
            practice.showNote("Timed test", """
                    // A timed technical test: drills, flashcards and bugs to fix, against the clock.
                    // Each question's program opens here once the test starts.
                    """, "Timed test: choose the number of questions and the minutes, then Start.");
        }
    }

    /** The Practice tab is being left: the candidate's edit of a bug is kept. */
    public void leaving() {
        if (onScreen()) {
            keepEdit();
        }
    }

    private String heading(int i) {
        return "Question " + (i + 1) + " of " + test.items().size() + ": ";
    }

    /** Whether the code view still shows the question on screen (no lesson or program was opened since). */
    private boolean onScreen() {
        var s = practice.session();
        return test != null && index.get() >= 0 && s.lessonProperty().get() == null
                && s.titleProperty().get().startsWith(heading(index.get()));
    }

    private void showProgram() {
        if (!practice.showing(PracticePane.Part.TEST)) {
            return; // shown when the test is on screen again (enter)
        }
        int i = index.get();
        TestItem it = test.items().get(i);
        String head = heading(i);
        var s = practice.session();
        if (it instanceof TestItem.DrillItem d) {
            s.openPractice(head + d.drill().title(), d.drill().templateId() + ".rs", d.drill().source(), false,
                    "Predict what this program does: the answer is read from its run.");
        } else if (it instanceof TestItem.BugItem b) {
            s.openPractice(head + b.challenge().title(), b.challenge().id() + ".rs", edits.getOrDefault(i, b.challenge().broken()),
                    !answered(i), "Fix the program, then press Check.");
        } else if (it instanceof TestItem.CardItem c) {
            s.openPractice(head + "flashcard", "card.rs", c.card().example() != null && revealed.get() ? c.card().example()
                    : "// A flashcard: answer it in your head or aloud, then turn it over\n// and say honestly whether you knew it.\n",
                    false, "A flashcard question: nothing runs.");
        }
    }

    private void keepEdit() {
        int i = index.get();
        if (test != null && i >= 0 && onScreen() && test.items().get(i) instanceof TestItem.BugItem && !answered(i)) {
            edits.put(i, practice.session().sourceProperty().get());
        }
    }

    public TestItem current() {
        return test == null || index.get() < 0 ? null : test.items().get(index.get());
    }

    public boolean answered(int i) {
        return sitting != null && sitting.result(i).isPresent();
    }

    /** The choice given to drill question {@code i}, -1 if none (or it is not a drill). */
    public int givenChoice(int i) {
        if (sitting == null || !(test.items().get(i) instanceof TestItem.DrillItem d)) {
            return -1;
        }
        String given = sitting.result(i).map(ItemResult::given).orElse(null);
        for (int k = 0; k < d.drill().choices().size(); k++) {
            if (d.drill().choices().get(k).text().equals(given)) {
                return k;
            }
        }
        return -1;
    }

    /** The candidate picked choice {@code choice} of the drill on screen. */
    public void answerDrill(int choice) {
        if (!open() || !(current() instanceof TestItem.DrillItem d) || choice < 0 || choice >= d.drill().choices().size()) {
            return;
        }
        sitting.answerDrill(index.get(), choice);
        answered();
    }

    /** Turns the card on screen over (its back is the answer; the candidate then marks it). */
    public void turnCard() {
        if (phase.get() == Phase.RUNNING && current() instanceof TestItem.CardItem) {
            cardTurned.set(true);
        }
    }

    /** The candidate (or the interviewer) marks the card on screen, once it is turned over. */
    public void markCard(boolean knew) {
        if (!open() || !(current() instanceof TestItem.CardItem) || !cardTurned.get()) {
            return;
        }
        sitting.markCard(index.get(), knew);
        answered();
    }

    /** Judges the code view's text as the fix of the bug on screen; accepted ends the question. */
    public void checkBug() {
        if (!open() || !(current() instanceof TestItem.BugItem b) || checking.get()) {
            return;
        }
        int i = index.get();
        BugChallenge c = b.challenge();
        String text = practice.session().sourceProperty().get();
        checking.set(true);
        message.set("Checking your fix …");
        practice.background().execute(() -> {
            Verdict v;
            try {
                v = practice.judge().judge(c, text);
            } catch (RuntimeException e) {
                practice.ui().execute(() -> {
                    checking.set(false);
                    message.set("The check could not run: " + e.getMessage());
                });
                return;
            }
            practice.ui().execute(() -> {
                checking.set(false);
                verdicts.put(i, v.summary() + (v.accepted() ? "" : "\n" + v.findings().get(0).message()));
                if (index.get() == i) {
                    message.set(verdicts.get(i));
                }
                if (v.accepted() && !answered(i) && !sitting.over()) {
                    HintLadder l = ladder(i, c);
                    sitting.recordBug(i, true, l.hintsUsed(), l.answerShown(), v.summary());
                    practice.progress().recordBug(c.id(), new BugRecord(true, l.hintsUsed(), l.answerShown()));
                    answered();
                    if (index.get() == i) {
                        keepEdit();
                        showProgram(); // read-only now: the fix is in, and N moves on instead of typing into it
                        message.set(v.summary() + " " + message.get());
                    }
                }
            });
        });
    }

    private HintLadder ladder(int i, BugChallenge c) {
        return ladders.computeIfAbsent(i, k -> new HintLadder(c));
    }

    /** The next hint of the bug on screen (each costs a quarter of its point); null when there is none. */
    public String hint() {
        if (!open() || !(current() instanceof TestItem.BugItem b)) {
            return null;
        }
        HintLadder l = ladder(index.get(), b.challenge());
        if (l.hintsUsed() >= b.challenge().hints().size()) {
            return null;
        }
        return l.next().orElse(null);
    }

    /** The hints used on the bug on screen. */
    public List<String> hints() {
        if (!(current() instanceof TestItem.BugItem b)) {
            return List.of();
        }
        return ladder(index.get(), b.challenge()).shown();
    }

    /** Gives up the bug on screen: it scores 0. */
    public void giveUpBug() {
        if (!open() || !(current() instanceof TestItem.BugItem b)) {
            return;
        }
        HintLadder l = ladder(index.get(), b.challenge());
        sitting.recordBug(index.get(), false, l.hintsUsed(), l.answerShown(), verdicts.getOrDefault(index.get(), "").lines().findFirst().orElse(""));
        answered();
    }

    private boolean open() {
        if (phase.get() != Phase.RUNNING) {
            return false;
        }
        if (sitting.over()) {
            finish();
            return false;
        }
        return !answered(index.get());
    }

    private void answered() {
        practice.save(); // a bug's record; the test itself is kept when it ends
        answeredCount.set(sitting.answered());
        // No jump to the next question: a key pressed twice must not answer a question not yet read.
        message.set(sitting.answered() == test.items().size() ? "Every question is answered: press Finish to see your score."
                : "Answered. N (or Next) goes to the next question.");
    }

    /** Interviewer mode: shows the answer of the question on screen (a drill's run plays to its deciding event). */
    public void reveal() {
        TestItem it = current();
        if (it == null || phase.get() != Phase.RUNNING) {
            return;
        }
        revealed.set(true);
        cardTurned.set(it instanceof TestItem.CardItem || cardTurned.get());
        PracticeTrace tr = traces.get(index.get());
        if (it instanceof TestItem.DrillItem d && tr != null) {
            practice.session().showPracticeRun(tr.model(), tr.stateMachines(), 0);
            if (playTo == null) {
                playTo = new PlayTo(practice.session().playback());
            }
            playTo.start(tr.positionAfter(d.drill().decision().seq()));
        } else if (it instanceof TestItem.CardItem c && c.card().example() != null) {
            showProgram();
        }
    }

    /** Called every second by the view: the clock's text, and the end when the time is up. */
    public void tick() {
        if (phase.get() != Phase.RUNNING) {
            return;
        }
        Duration left = sitting.remaining();
        long s = left.toSeconds();
        clockText.set(String.format("%d:%02d left", s / 60, s % 60));
        if (sitting.timeUp()) {
            message.set("Time is up.");
            finish();
        }
    }

    /** Ends the test (answered or not), scores it and keeps it in the history. */
    public void finish() {
        if (phase.get() != Phase.RUNNING) {
            return;
        }
        keepEdit();
        if (playTo != null) {
            playTo.cancel();
        }
        TestResult r = sitting.finish();
        practice.progress().addTest(r);
        practice.save();
        if (practice.showing(PracticePane.Part.TEST)) {
            practice.showNote("Timed test", """
                    // The test is over: your score, the breakdown by concept and every question
                    // with the right answer are in the Practice column. Export keeps them.
                    """, "Timed test finished: " + ResultNumbers.points(r.points()) + " / " + r.questions() + ".");
        }
        result.set(r);
        phase.set(Phase.DONE);
        long s = r.taken().toSeconds();
        clockText.set(String.format("took %d:%02d", s / 60, s % 60));
    }

    /** Back to the setup (after a result, or to abandon a test that is being drawn). */
    public void again() {
        serial++;
        phase.set(Phase.SETUP);
        index.set(-1);
        message.set("");
    }

    /** Writes the result as Markdown ({@code .md}) or HTML (anything else ending in {@code .htm[l]}). */
    public void export(Path file) throws IOException {
        TestResult r = result.get();
        if (r == null) {
            throw new IllegalStateException("no result to export");
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String text = name.endsWith(".html") || name.endsWith(".htm") ? ResultExport.html(r, ZoneId.systemDefault())
                : ResultExport.markdown(r, ZoneId.systemDefault());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The results of the finished test's questions. */
    public List<ItemResult> items() {
        return result.get() == null ? List.of() : new ArrayList<>(result.get().items());
    }

    public TimedTest test() {
        return test;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public IntegerProperty questionsProperty() {
        return questions;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    /** The question on screen (-1 before a test). */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty answeredCountProperty() {
        return answeredCount.getReadOnlyProperty();
    }

    /** "12:34 left", or "took 8:15" at the end. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** What is going on (drawing the test, checking a fix, a bug's verdict). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Interviewer mode: the answer of the question on screen is shown. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The card on screen is turned over. */
    public ReadOnlyBooleanProperty cardTurnedProperty() {
        return cardTurned.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TestResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Interviewer mode: the question goes to the projector, answers show only on a key press. */
    public BooleanProperty interviewerProperty() {
        return interviewer;
    }

    public PlayTo playTo() {
        return playTo;
    }
}
