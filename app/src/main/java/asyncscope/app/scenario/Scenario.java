package asyncscope.app.scenario;

import asyncscope.engine.event.Trace;

/**
 * A program the app can run and show: a title, the source text the code view displays, and a way to
 * run it on the engine and record a trace. Today's programs are the built-in demos ({@link Demos}),
 * written in Java against the engine; a lesson's Rust-lite program will implement the same interface
 * once the compiler exists, so the window does not care which kind it shows.
 */
public interface Scenario {
    String title();

    /** One or two sentences: what to watch for. */
    String summary();

    /** The program as the learner reads it (Rust/Tokio style). */
    String source();

    /** True for built-in demos whose real code is Java (the source is the Rust it corresponds to). */
    default boolean builtIn() {
        return true;
    }

    /** The settings this program is best watched with. */
    RunSettings defaults();

    /** Runs the program on a fresh runtime and returns what it did. Blocks: call off the UI thread. */
    default Trace run(RunSettings settings) throws Exception {
        return run(settings, RunControl.detached());
    }

    /**
     * Runs the program as {@link #run(RunSettings)} does, reporting to {@code control} and stopping (with a
     * {@link java.util.concurrent.CancellationException}, or a Rust-lite run's exit 124) when it is cancelled.
     */
    Trace run(RunSettings settings, RunControl control) throws Exception;
}
