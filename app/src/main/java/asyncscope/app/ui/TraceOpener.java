package asyncscope.app.ui;

import asyncscope.app.model.StateNames;
import asyncscope.app.model.TraceCheck;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.LessonSources;
import asyncscope.engine.event.Trace;
import asyncscope.engine.event.TraceFile;
import asyncscope.engine.event.TraceFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Opening a saved trace, which may have been written by anyone: read, checked, modelled and its program
 * compiled again for state names, all on a background thread and all inside the error handling. A
 * damaged file, a well-formed but hostile one (a worker index of 10⁹, {@code workers=150000000}) or
 * anything thrown while building the model — an {@link Error} included — becomes a {@link Refused} with a
 * message for the learner; the UI thread only ever receives a finished result.
 */
public final class TraceOpener {
    private TraceOpener() {}

    /** What opening a file gave. */
    public sealed interface Result {
        Path file();
    }

    /** The trace, its model and the state names of its program (empty when it is not Rust-lite or no longer compiles). */
    public record Opened(Path file, Trace trace, TraceModel model, StateNames stateNames) implements Result {}

    /** The file cannot be shown; {@code message} says why (the reader's message for damaged files). */
    public record Refused(Path file, String message) implements Result {}

    /** Reads and models {@code file}. Never throws. Blocks: call off the UI thread. */
    public static Result open(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            Trace t = TraceFile.read(file);
            TraceModel m = new TraceModel(t);
            return new Opened(file, t, m, LessonSources.stateNamesOf(t.settings(), t.program()));
        } catch (TraceFormatException e) {
            return new Refused(file, e.getMessage());
        } catch (TraceCheck.Refused e) {
            return new Refused(file, name + ": " + e.getMessage());
        } catch (IOException e) {
            return new Refused(file, "cannot read " + name + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Refused(file, name + ": the trace is too large to show in this window's memory");
        } catch (StackOverflowError e) {
            return new Refused(file, name + ": the trace is nested too deeply to show");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new Refused(file, name + ": cannot show this trace: " + e);
        }
    }

    /** Opens {@code file} on a daemon thread; the future completes on the UI thread. */
    public static CompletableFuture<Result> openInBackground(Path file) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Result r = open(file);
            Platform.runLater(() -> done.complete(r));
        }, "asyncscope-open-trace");
        t.setDaemon(true);
        t.start();
        return done;
    }
}
