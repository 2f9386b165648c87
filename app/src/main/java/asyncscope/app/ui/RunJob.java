package asyncscope.app.ui;

import asyncscope.app.scenario.RunControl;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * One run in flight, seen from the UI thread: the work (compile, run, build the model) on a daemon thread
 * with a {@link RunControl}; its progress as text and a fraction, refreshed ten times a second; and Stop.
 * Stop cancels the control; a run that has not ended {@link #abandonAfter} later (a program or native
 * operation that ignores cancellation) is <em>abandoned</em>: the window is told at once so Run comes back,
 * and whatever the thread delivers later is dropped. Every outcome, an {@link Error} thrown by the work
 * included, reaches exactly one of the callbacks on the UI thread; nothing is thrown there.
 */
public final class RunJob<T> {
    /** How long a stopped run may take to end before it is abandoned. */
    static Duration abandonAfter = Duration.seconds(5);

    /** How a job ended. */
    public enum End { DONE, FAILED, STOPPED, ABANDONED }

    private final String title;
    private final RunControl control = new RunControl();
    private final Work<T> work;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> tick()));
    private Consumer<T> onDone = v -> { };
    private Consumer<Throwable> onFailed = t -> { };
    private Consumer<End> onEnd = e -> { };
    private Runnable onAbandoned = () -> { };
    private PauseTransition grace;
    private End end;

    /** What runs on the job's thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(RunControl control) throws Exception;
    }

    public RunJob(String title, Work<T> work) {
        this.title = title;
        this.work = work;
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** The value, when the work returned (not after Stop). */
    public RunJob<T> onDone(Consumer<T> c) {
        onDone = c;
        return this;
    }

    /** The work threw (anything but the cancellation a Stop causes), Errors included. */
    public RunJob<T> onFailed(Consumer<Throwable> c) {
        onFailed = c;
        return this;
    }

    /** A stopped run did not end within {@link #abandonAfter}: it is left to finish unseen. */
    public RunJob<T> onAbandoned(Runnable r) {
        onAbandoned = r;
        return this;
    }

    /** Every job ends exactly once, after onDone/onFailed/onAbandoned (or alone when it was stopped). */
    public RunJob<T> onEnd(Consumer<End> c) {
        onEnd = c;
        return this;
    }

    /** Starts the work on a daemon thread (UI thread). */
    public RunJob<T> start() {
        Thread t = new Thread(this::runWork, "asyncscope-run");
        t.setDaemon(true);
        tick();
        ticker.play();
        t.start();
        return this;
    }

    private void runWork() {
        T value = null;
        Throwable failure = null;
        try {
            value = work.run(control);
        } catch (Throwable e) { // an Error too: it must reach the window as a message, not kill a thread unseen
            failure = e;
        }
        T v = value;
        Throwable f = failure;
        Platform.runLater(() -> finish(v, f));
    }

    private void finish(T value, Throwable failure) {
        if (end != null) {
            return; // abandoned: the window moved on
        }
        stopTimers();
        if (failure == null) { // a stopped Rust-lite run returns too (exit 124): what it did so far is shown
            end(End.DONE, () -> onDone.accept(value));
        } else if (failure instanceof CancellationException || control.isCancelled() && !(failure instanceof Error)) {
            end(End.STOPPED, () -> { });
        } else {
            end(End.FAILED, () -> onFailed.accept(failure));
        }
    }

    private void end(End how, Runnable callback) {
        end = how;
        try {
            callback.run();
        } finally {
            onEnd.accept(how);
        }
    }

    /** Asks the run to stop; if it has not ended {@link #abandonAfter} later, it is abandoned (UI thread). */
    public void stop() {
        if (end != null || control.isCancelled()) {
            return;
        }
        control.cancel();
        tick();
        grace = new PauseTransition(abandonAfter);
        grace.setOnFinished(e -> {
            if (end == null) {
                stopTimers();
                end(End.ABANDONED, onAbandoned);
            }
        });
        grace.play();
    }

    /**
     * Cancels the run and forgets it at once, calling nothing (another program was opened: the window has
     * moved on). Its thread ends when it notices the cancellation, its result unseen.
     */
    public void discard() {
        control.cancel();
        stopTimers();
        if (end == null) {
            end = End.ABANDONED;
        }
    }

    private void stopTimers() {
        ticker.stop();
        if (grace != null) {
            grace.stop();
        }
    }

    public boolean isStopping() {
        return control.isCancelled() && end == null;
    }

    /** How it ended, or null while it runs. */
    public End end() {
        return end;
    }

    public RunControl control() {
        return control;
    }

    /** What the run is doing, in words ("Running … 12,345 events recorded (1.2 s)"). */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** 0..1 while the model is built, -1 (indeterminate) before. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    private void tick() {
        progress.set(describe());
        RunControl c = control;
        fraction.set(c.phase() == RunControl.Phase.MODELLING && c.eventsToModel() > 0
                ? (double) c.eventsModelled() / c.eventsToModel() : -1);
    }

    /** The progress line for the control's state now. */
    String describe() {
        RunControl c = control;
        String secs = String.format("%.1f s", c.elapsedNanos() / 1e9);
        if (c.isCancelled()) {
            return "Stopping \"" + title + "\" … (" + secs + ")";
        }
        return switch (c.phase()) {
            case COMPILING -> "Compiling \"" + title + "\" … (" + secs + ")";
            case RUNNING -> String.format("Running \"%s\" … %,d events recorded (%s)", title, c.eventsRecorded(), secs);
            case MODELLING -> String.format("Preparing the view of \"%s\" … %,d of %,d events (%s)", title,
                    c.eventsModelled(), c.eventsToModel(), secs);
        };
    }
}
