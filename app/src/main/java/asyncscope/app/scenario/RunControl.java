package asyncscope.app.scenario;

import asyncscope.app.model.TraceModel;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.Trace;
import asyncscope.lessons.rustlite.CancelToken;
import java.util.concurrent.CancellationException;

/**
 * One run as the window follows it from another thread: how far it got (events recorded while the program
 * runs, then events modelled while the view is built) and a Stop that every stage honours. A Rust-lite
 * program stops through its {@link CancelToken} within milliseconds; a built-in demo's Java code cannot be
 * interrupted, so its run is checked when it returns and the model build, the long part of a big run,
 * stops within a few thousand events. Thread-safe; one per run.
 */
public final class RunControl {
    /** What the run is doing now. */
    public enum Phase { COMPILING, RUNNING, MODELLING }

    private final CancelToken token = new CancelToken();
    private volatile Recorder recorder;
    private volatile Phase phase = Phase.RUNNING;
    private final long started = System.nanoTime();
    private volatile int modelled;
    private volatile int total;

    /** A control nobody watches or stops (a run from a test or the command line). */
    public static RunControl detached() {
        return new RunControl();
    }

    /** Asks the run to stop; it ends with {@link CancellationException} (or a Rust-lite run with exit 124). */
    public void cancel() {
        token.cancel();
    }

    public boolean isCancelled() {
        return token.isCancelled();
    }

    /** The token a Rust-lite run polls. */
    public CancelToken token() {
        return token;
    }

    /** Throws {@link CancellationException} once {@link #cancel()} was called. */
    public void throwIfCancelled() {
        if (token.isCancelled()) {
            throw new CancellationException("the run was stopped");
        }
    }

    /** The recorder of the run, so its progress can be read while it runs. */
    public void attach(Recorder r) {
        recorder = r;
        phase = Phase.RUNNING;
    }

    public Phase phase() {
        return phase;
    }

    /** Says what the run is doing now (the window shows it). */
    public void enter(Phase p) {
        phase = p;
    }

    /** Nanoseconds since this control was made (the run's start). */
    public long elapsedNanos() {
        return System.nanoTime() - started;
    }

    /** Events recorded so far (approximate while the run goes: the recorder's buffers are read without a lock). */
    public int eventsRecorded() {
        Recorder r = recorder;
        return r == null ? 0 : r.size();
    }

    /** Events of the trace modelled so far, of {@link #eventsToModel()}. */
    public int eventsModelled() {
        return modelled;
    }

    public int eventsToModel() {
        return total;
    }

    /** Builds the model of {@code t}, reporting progress here and stopping when cancelled. */
    public TraceModel model(Trace t) {
        throwIfCancelled();
        return build(t, true);
    }

    /**
     * Builds the model of the trace of a run that may have been stopped (a Rust-lite run ends with exit 124 and
     * what it did so far, which is worth showing): progress is reported, a Stop does not interrupt it.
     */
    public TraceModel modelOfStopped(Trace t) {
        return build(t, false);
    }

    private TraceModel build(Trace t, boolean stoppable) {
        total = t.events().size();
        phase = Phase.MODELLING;
        return new TraceModel(t, (done, of) -> {
            modelled = done;
            total = of;
            if (stoppable) {
                throwIfCancelled();
            }
        });
    }
}
