package asyncscope.app.practice;

import asyncscope.lessons.practice.drill.Choice;
import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.drill.Template;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Prediction drills: draws a template and its parameters from a seed (off the UI thread: the program is
 * generated and run on the simulated engine), shows the program read-only in the code view and asks; once
 * answered, says right or wrong with the misconception's explanation, keeps the answer in the progress
 * and plays the very run the answer was read from on the stage, stopping at the event that decides it,
 * where the sentence built from the run's events says why. {@link #next()} draws another.
 */
public final class DrillModel {
    private final PracticeModel practice;
    private final ReadOnlyObjectWrapper<Drill> drill = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper chosen = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    /** The template drills are drawn from; null: any. */
    private final ObjectProperty<Template> only = new SimpleObjectProperty<>();
    private PracticeTrace trace;
    private PlayTo playTo;
    private long asked;

    DrillModel(PracticeModel practice) {
        this.practice = practice;
    }

    /** Draws the next drill (from the chosen template, or any); its program opens once it is ready. */
    public void next() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        long seed = practice.nextSeed();
        Template t = only.get();
        long serial = ++asked;
        verdict.set("");
        explanation.set("Drawing a drill: its program is generated and run on the simulated runtime …");
        practice.background().execute(() -> {
            Drill d;
            PracticeTrace tr;
            try {
                d = t == null ? practice.factory().next(seed) : practice.factory().next(t.id(), seed);
                tr = PracticeTrace.of(d.templateId(), d.run());
            } catch (RuntimeException e) { // every template failed for these seeds: logged by the factory
                practice.ui().execute(() -> {
                    busy.set(false);
                    explanation.set("No drill could be made this time (" + e.getMessage() + "); press Next drill again.");
                });
                return;
            }
            practice.ui().execute(() -> show(serial, d, tr));
        });
    }

    private void show(long serial, Drill d, PracticeTrace tr) {
        busy.set(false);
        if (serial != asked) {
            return;
        }
        trace = tr;
        chosen.set(-1);
        verdict.set("");
        explanation.set("");
        drill.set(d);
        if (!practice.showing(PracticePane.Part.DRILLS)) {
            return; // the learner went elsewhere meanwhile: the program opens when the drills are shown again
        }
        practice.session().openPractice("Drill: " + d.title(), d.templateId() + ".rs", d.source(), false,
                "Answer the question first: then the run plays here and stops at the event that decides it.");
        practice.session().statusProperty().set("Drill: " + d.title() + " (seed " + d.seed() + "). Pick an answer (1–"
                + d.choices().size() + ").");
    }

    /** The drills are shown: the first drill is drawn, or the shown drill's program (and run) come back. */
    public void enter() {
        Drill d = drill.get();
        if (d == null) {
            if (!busy.get()) {
                next();
            }
            return;
        }
        var s = practice.session();
        if (s.lessonProperty().get() == null && s.sourceProperty().get().equals(d.source()) && !s.editableProperty().get()) {
            return; // still on screen
        }
        s.openPractice("Drill: " + d.title(), d.templateId() + ".rs", d.source(), false,
                "Answer the question first: then the run plays here and stops at the event that decides it.");
        if (chosen.get() >= 0 && trace != null) {
            s.showPracticeRun(trace.model(), trace.stateMachines(), decisionPosition());
        }
    }

    /** The learner picks choice {@code i} (once per drill); the run then plays to the deciding event. */
    public void answer(int i) {
        Drill d = drill.get();
        if (d == null || chosen.get() >= 0 || i < 0 || i >= d.choices().size()) {
            return;
        }
        Choice c = d.choices().get(i);
        practice.progress().recordDrill(d.templateId(), c.right(), c.right() ? null : c.misconception().id());
        practice.save();
        if (c.right()) {
            verdict.set("Right.");
            explanation.set(d.decision().sentence());
        } else {
            verdict.set("Not quite: the run did what choice " + (d.answer() + 1) + " says.");
            explanation.set("You reasoned: " + c.misconception().belief() + ". " + c.misconception().explanation()
                    + "\n\nWhat happened: " + d.decision().sentence());
        }
        chosen.set(i); // last: the view reads the verdict when the choice changes
        replay();
        practice.session().statusProperty().set((c.right() ? "Right. " : "Not quite. ")
                + "The run plays to the event that decides it; N draws the next drill.");
    }

    /** Plays the drill's run again from its start to the deciding event. */
    public void replay() {
        Drill d = drill.get();
        if (d == null || trace == null || chosen.get() < 0) {
            return;
        }
        practice.session().showPracticeRun(trace.model(), trace.stateMachines(), 0);
        if (playTo == null) {
            playTo = new PlayTo(practice.session().playback());
        }
        playTo.start(decisionPosition());
    }

    /** The playhead position just after the deciding event of the shown drill (-1 without one). */
    public int decisionPosition() {
        return drill.get() == null || trace == null ? -1 : trace.positionAfter(drill.get().decision().seq());
    }

    public ReadOnlyObjectProperty<Drill> drillProperty() {
        return drill.getReadOnlyProperty();
    }

    /** The choice picked, -1 before an answer. */
    public ReadOnlyIntegerProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public boolean answered() {
        return chosen.get() >= 0;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Right." or what the run shows instead; empty before an answer. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The misconception's explanation and the sentence from the run's events (or what is going on). */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The templates drills can be drawn from. */
    public java.util.List<Template> practiceTemplates() {
        return practice.factory().templates();
    }

    /** The template to draw from (null: any). */
    public ObjectProperty<Template> onlyProperty() {
        return only;
    }

    /** The trip to the deciding event (for tests and the view's Replay). */
    public PlayTo playTo() {
        return playTo;
    }
}
