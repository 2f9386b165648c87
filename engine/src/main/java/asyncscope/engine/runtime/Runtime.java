package asyncscope.engine.runtime;

import asyncscope.engine.event.EventSink;
import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Future;
import asyncscope.engine.task.JoinHandle;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * An async runtime: a scheduler with its workers, a blocking pool, a clock, and a driver that runs
 * them (real threads or a deterministic simulation). What {@code #[tokio::main]} builds for you.
 *
 * <pre>{@code
 * try (Runtime rt = Runtime.builder().multiThread(4).simulated(42).recorder(recorder).build()) {
 *     int v = rt.blockOn(myFuture);
 * }
 * }</pre>
 */
public final class Runtime implements AutoCloseable {
    private final RuntimeCore core;
    private final Handle handle;

    private Runtime(RuntimeCore core) {
        this.core = core;
        this.handle = core.handle();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs {@code future} to completion on this runtime, on the calling thread, and returns its value. */
    public <T> T blockOn(Future<T> future) {
        return core.blockOn(future, "main", SourceSpan.NONE);
    }

    public <T> T blockOn(Future<T> future, String name, SourceSpan span) {
        return core.blockOn(future, name, span);
    }

    /** Spawns a task; callable from any thread. */
    public <T> JoinHandle<T> spawn(Future<T> future) {
        return core.spawn(future, null, null);
    }

    public <T> JoinHandle<T> spawn(Future<T> future, String name) {
        return core.spawn(future, name, null);
    }

    /** Runs {@code body} on the blocking pool. */
    public <T> JoinHandle<T> spawnBlocking(Callable<T> body) {
        return core.spawnBlocking(body, null, null);
    }

    public Handle handle() {
        return handle;
    }

    public RuntimeCore core() {
        return core;
    }

    public RuntimeConfig config() {
        return core.config();
    }

    /** Time on the runtime's clock (virtual under simulation), in nanoseconds since it started. */
    public long nanos() {
        return core.clock().nanos();
    }

    /**
     * Tasks spawned and not yet finished: the idle ones (owned list) plus the queued ones. Exact when the
     * runtime is quiet; a racy count while workers run (a task being polled is counted nowhere).
     */
    public long liveTasks() {
        return core.ownedTasks().size() + core.scheduler().queuedCount();
    }

    /** True once every worker thread has ended (after shutdown; always true for the simulator). */
    public boolean workerThreadsEnded() {
        return core.workerThreadsEnded();
    }

    /** Blocking-pool threads alive now. */
    public int blockingThreads() {
        return core.blockingThreads();
    }

    /**
     * Shuts down: stops the workers, drops every unfinished task (its cleanup runs, awaiting it gives a
     * cancelled JoinError) and waits up to {@code blockingTimeout} for blocking jobs already running.
     */
    public void shutdown(Duration blockingTimeout) {
        core.shutdown(blockingTimeout.toMillis());
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(10));
    }

    /** Builds a {@link Runtime}. Defaults: multi-thread, one worker per core, threaded, seed 0. */
    public static final class Builder {
        private Flavor flavor = Flavor.MULTI_THREAD;
        private int workers = java.lang.Runtime.getRuntime().availableProcessors();
        private DriverKind driver = DriverKind.THREADED;
        private long seed;
        private int maxBlocking = 512;
        private Duration keepAlive = Duration.ofSeconds(10);
        private EventSink sink;

        private Builder() {}

        public Builder multiThread(int workerThreads) {
            this.flavor = Flavor.MULTI_THREAD;
            this.workers = workerThreads;
            return this;
        }

        public Builder currentThread() {
            this.flavor = Flavor.CURRENT_THREAD;
            this.workers = 1;
            return this;
        }

        public Builder flavor(Flavor f, int workerThreads) {
            return f == Flavor.CURRENT_THREAD ? currentThread() : multiThread(workerThreads);
        }

        public Builder threaded() {
            this.driver = DriverKind.THREADED;
            return this;
        }

        public Builder simulated(long seed) {
            this.driver = DriverKind.SIMULATED;
            this.seed = seed;
            return this;
        }

        public Builder driver(DriverKind kind) {
            this.driver = kind;
            return this;
        }

        /** Seeds every random choice (steal victims, select order, simulated interleaving). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder maxBlockingThreads(int n) {
            this.maxBlocking = n;
            return this;
        }

        public Builder blockingKeepAlive(Duration d) {
            this.keepAlive = d;
            return this;
        }

        /** Sends every event to {@code sink} (e.g. a {@link asyncscope.engine.event.Recorder}). */
        public Builder events(EventSink sink) {
            this.sink = sink;
            return this;
        }

        public Builder recorder(EventSink sink) {
            return events(sink);
        }

        public Runtime build() {
            RuntimeConfig cfg = new RuntimeConfig(flavor, workers, driver, seed, maxBlocking, keepAlive);
            RuntimeCore core = new RuntimeCore(cfg, sink);
            core.start();
            return new Runtime(core);
        }
    }
}
