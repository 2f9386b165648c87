package asyncscope.app.practice;

import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.bug.Finding;
import asyncscope.lessons.practice.bug.HintLadder;
import asyncscope.lessons.practice.bug.Verdict;
import asyncscope.lessons.practice.progress.BugRecord;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find the bug: the challenge's broken program opens editable in the code view; Check runs the
 * candidate's text off the UI thread under the challenge's scheduler seeds and the core's judge decides
 * (output, time, and a diagnosis read from the trace). A refused fix says why in the app's words and
 * points at the line (the problems strip under the code lists each finding; a click jumps there), and its
 * run is on the stage at the event the first finding shows. A hint ladder gives three hints, then the
 * answer. The best result per challenge is kept in the progress; the candidate's edits are kept per
 * challenge while the app runs.
 */
public final class BugModel {
    private final PracticeModel practice;
    private final ReadOnlyObjectWrapper<BugChallenge> challenge = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper answerShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper nextHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final Map<String, String> edits = new HashMap<>();
    private HintLadder ladder;
    private PlayTo playTo;
    private long checks;

    BugModel(PracticeModel practice) {
        this.practice = practice;
    }

    /** Whether the learner fixed challenge {@code id} without being shown the answer (kept in the progress). */
    public boolean solved(String id) {
        return practice.progress().bug(id).map(r -> r.solved() && !r.answerShown()).orElse(false);
    }

    public List<BugChallenge> challenges() {
        return practice.bugs();
    }

    /** Opens a challenge: its broken program (or the candidate's kept edit of it) editable in the code view. */
    public void open(BugChallenge c) {
        keepEdit();
        challenge.set(c);
        ladder = new HintLadder(c);
        hints.clear();
        answerShown.set(false);
        verdict.set(null);
        message.set("");
        checking.set(false);
        checks++;
        nextHint.set(ladder.nextLabel().orElse(""));
        if (practice.showing(PracticePane.Part.BUGS)) {
            showProgram();
        }
    }

    private void showProgram() {
        BugChallenge c = challenge.get();
        practice.session().openPractice("Find the bug: " + c.title(), c.id() + ".rs", edits.getOrDefault(c.id(), c.broken()),
                true, "Fix the program in the editor, then press Check: your fix runs on the simulated runtime and is judged.");
        practice.session().statusProperty().set("Find the bug: " + c.title() + ". Edit the program, then Check (Ctrl+Enter).");
    }

    private void keepEdit() {
        BugChallenge c = challenge.get();
        if (c != null && isOnScreen()) {
            String now = practice.session().sourceProperty().get();
            if (now.equals(c.broken())) {
                edits.remove(c.id());
            } else {
                edits.put(c.id(), now);
            }
        }
    }

    /** Whether the code view still shows this challenge's program (not a lesson opened since). */
    boolean isOnScreen() {
        BugChallenge c = challenge.get();
        var s = practice.session();
        return c != null && s.lessonProperty().get() == null && s.editableProperty().get()
                && s.titleProperty().get().startsWith("Find the bug: " + c.title());
    }

    /** The part is shown again: the first challenge opens, or the open one comes back into the code view. */
    public void enter() {
        if (challenge.get() == null) {
            open(challenges().get(0));
        } else if (!isOnScreen()) {
            showProgram();
        }
    }

    /** The Practice tab is being left: the candidate's edit is kept. */
    public void leaving() {
        keepEdit();
    }

    /** Puts the broken program back (the candidate's edit is dropped). */
    public void reset() {
        BugChallenge c = challenge.get();
        if (c != null) {
            edits.remove(c.id());
            practice.session().sourceProperty().set(c.broken());
            practice.session().problems().clear();
        }
    }

    /** Judges the code view's text; the verdict (and its run on the stage) arrives when the runs are done. */
    public void check() {
        BugChallenge c = challenge.get();
        if (c == null || checking.get()) {
            return;
        }
        String text = practice.session().sourceProperty().get();
        checking.set(true);
        long serial = ++checks;
        message.set("Checking: your program runs under " + c.checks().schedules() + " schedules on the simulated runtime …");
        practice.session().problems().clear();
        practice.background().execute(() -> {
            Verdict v;
            PracticeTrace tr;
            try {
                v = practice.judge().judge(c, text);
                tr = v.run() == null ? null : PracticeTrace.of(c.id(), v.run());
            } catch (RuntimeException e) {
                practice.ui().execute(() -> {
                    if (serial == checks) {
                        checking.set(false);
                        message.set("The check could not run: " + e.getMessage());
                    }
                });
                return;
            }
            practice.ui().execute(() -> judged(serial, c, v, tr));
        });
    }

    private void judged(long serial, BugChallenge c, Verdict v, PracticeTrace tr) {
        if (serial != checks) {
            return; // another challenge was opened meanwhile
        }
        checking.set(false);
        verdict.set(v);
        message.set(v.summary());
        if (v.accepted()) {
            practice.progress().recordBug(c.id(), new BugRecord(true, ladder.hintsUsed(), ladder.answerShown()));
            practice.save();
        }
        List<Diagnostic> where = v.findings().stream().filter(f -> f.line() > 0)
                .map(f -> new Diagnostic(c.id() + ".rs", f.line(), 1, f.kind().title() + ": " + firstSentence(f.message())))
                .toList();
        if (isOnScreen() && tr != null) {
            Finding first = v.findings().isEmpty() ? null : v.findings().get(0);
            int at = first != null && first.seq() >= 0 ? tr.positionAfter(first.seq()) : tr.model().size();
            practice.session().showPracticeRun(tr.model(), tr.stateMachines(), 0);
            if (playTo == null) {
                playTo = new PlayTo(practice.session().playback());
            }
            playTo.start(at);
        }
        if (isOnScreen()) {
            practice.session().problems().setAll(where);
        }
        practice.session().statusProperty().set(v.summary());
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return dot > 0 && dot < 160 ? s.substring(0, dot + 1) : s;
    }

    /** Climbs the ladder one step: the next hint, or after the third the answer (the reference fix and why). */
    public void hint() {
        if (ladder == null) {
            return;
        }
        boolean wasAnswer = ladder.hintsUsed() == challenge.get().hints().size();
        ladder.next().ifPresent(h -> {
            if (wasAnswer) {
                answerShown.set(true);
                practice.progress().recordBug(challenge.get().id(), new BugRecord(false, ladder.hintsUsed(), true));
                practice.save();
            } else {
                hints.add(h);
            }
        });
        nextHint.set(ladder.nextLabel().orElse(""));
    }

    /** Puts the reference fix into the editor (once the answer is shown). */
    public void useAnswer() {
        BugChallenge c = challenge.get();
        if (c != null && answerShown.get()) {
            practice.session().sourceProperty().set(c.fix());
        }
    }

    public ReadOnlyObjectProperty<BugChallenge> challengeProperty() {
        return challenge.getReadOnlyProperty();
    }

    /** The last verdict on the open challenge (null before a check). */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty answerShownProperty() {
        return answerShown.getReadOnlyProperty();
    }

    /** What the ladder gives next ("hint 2 of 3", "the answer"); empty at the top. */
    public ReadOnlyStringProperty nextHintProperty() {
        return nextHint.getReadOnlyProperty();
    }

    /** One line on the check: going, accepted, or the first finding. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The hints shown so far. */
    public ObservableList<String> hints() {
        return hints;
    }

    public int hintsUsed() {
        return ladder == null ? 0 : ladder.hintsUsed();
    }

    public PlayTo playTo() {
        return playTo;
    }
}
