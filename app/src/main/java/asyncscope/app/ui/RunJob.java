package asyncscope.app.ui;

import asyncscope.app.scenario.RunControl;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run in flight: the work (compile, run, build the model) on the {@code background} executor with a
 * {@link RunControl}, its outcome delivered on the {@code ui} executor, and Stop. Stop cancels the control;
 * a run that has not ended {@link #abandonAfterMillis} later (a program or native operation that ignores
 * cancellation) is <em>abandoned</em>: the session is told at once so Run comes back, and whatever the
 * thread delivers later is dropped. Every outcome, an {@link Error} thrown by the work included, reaches
 * exactly one callback on {@code ui}; nothing is thrown there. Needs no JavaFX toolkit.
 */
public final class RunJob<T> {
    /** How long a stopped run may take to end before it is abandoned. */
    static volatile long abandonAfterMillis = 5_000;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "asyncscope-run-stop");
        t.setDaemon(true);
        return t;
    });

    /** How a job ended. */
    public enum End { DONE, FAILED, STOPPED, ABANDONED }

    /** What runs on the background executor. */
    @FunctionalInterface
    public interface Work<T> {
        T run(RunControl control) throws Exception;
    }

    private final String title;
    private final RunControl control = new RunControl();
    private final Work<T> work;
    private final Executor background;
    private final Executor ui;
    private Consumer<T> onDone = v -> { };
    private Consumer<Throwable> onFailed = t -> { };
    private Consumer<End> onEnd = e -> { };
    private Runnable onAbandoned = () -> { };
    private ScheduledFuture<?> grace;
    private volatile End end;

    public RunJob(String title, Work<T> work, Executor background, Executor ui) {
        this.title = title;
        this.work = work;
        this.background = background;
        this.ui = ui;
    }

    /** The value, when the work returned. */
    public RunJob<T> onDone(Consumer<T> c) {
        onDone = c;
        return this;
    }

    /** The work threw (anything but the cancellation a Stop causes), Errors included. */
    public RunJob<T> onFailed(Consumer<Throwable> c) {
        onFailed = c;
        return this;
    }

    /** A stopped run did not end within {@link #abandonAfterMillis}: it is left to finish unseen. */
    public RunJob<T> onAbandoned(Runnable r) {
        onAbandoned = r;
        return this;
    }

    /** Called once when the job ends, after onDone/onFailed/onAbandoned (alone when it was stopped). */
    public RunJob<T> onEnd(Consumer<End> c) {
        onEnd = c;
        return this;
    }

    /** Hands the work to the background executor. */
    public RunJob<T> start() {
        background.execute(this::runWork);
        return this;
    }

    private void runWork() {
        T value = null;
        Throwable failure = null;
        try {
            value = work.run(control);
        } catch (Throwable e) { // an Error too: it must reach the window as a message, not end a thread unseen
            failure = e;
        }
        T v = value;
        Throwable f = failure;
        ui.execute(() -> finish(v, f));
    }

    private void finish(T value, Throwable failure) {
        if (end != null) {
            return; // abandoned or discarded: the session moved on
        }
        cancelGrace();
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

    /** Asks the run to stop; if it has not ended {@link #abandonAfterMillis} later, it is abandoned. */
    public void stop() {
        if (end != null || control.isCancelled()) {
            return;
        }
        control.cancel();
        grace = TIMER.schedule(() -> ui.execute(() -> {
            if (end == null) {
                end(End.ABANDONED, onAbandoned);
            }
        }), abandonAfterMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Cancels the run and forgets it at once, calling nothing (another program was opened: the session has
     * moved on). Its thread ends when it notices the cancellation, its result unseen.
     */
    public void discard() {
        control.cancel();
        cancelGrace();
        if (end == null) {
            end = End.ABANDONED;
        }
    }

    private void cancelGrace() {
        if (grace != null) {
            grace.cancel(false);
        }
    }

    /** Stop was pressed and the run has not ended yet. */
    public boolean isStopping() {
        return control.isCancelled() && end == null;
    }

    /** How it ended, or null while it runs. */
    public End end() {
        return end;
    }

    public String title() {
        return title;
    }

    public RunControl control() {
        return control;
    }

    /** 0..1 while the model is built, -1 (not known) before. Any thread. */
    public double fraction() {
        RunControl c = control;
        return c.phase() == RunControl.Phase.MODELLING && c.eventsToModel() > 0 ? (double) c.eventsModelled() / c.eventsToModel() : -1;
    }

    /** What the run is doing now, in words ("Running … 12,345 events recorded (1.2 s)"). Any thread. */
    public String describe() {
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
