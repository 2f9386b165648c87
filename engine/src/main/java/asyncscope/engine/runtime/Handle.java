package asyncscope.engine.runtime;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Future;
import asyncscope.engine.task.JoinHandle;
import java.util.concurrent.Callable;

/**
 * A way to spawn onto a runtime from anywhere, like {@code tokio::runtime::Handle}. Inside a task,
 * {@link #current()} finds the runtime the task runs on, which is what {@code tokio::spawn} does.
 */
public final class Handle {
    private final RuntimeCore core;

    Handle(RuntimeCore core) {
        this.core = core;
    }

    /** The runtime of the task (or worker) running on this thread. */
    public static Handle current() {
        RuntimeCore core = Current.get().core;
        if (core == null) {
            throw new IllegalStateException("there is no reactor running, must be called from the context of a runtime");
        }
        return core.handle();
    }

    public <T> JoinHandle<T> spawn(Future<T> future) {
        return core.spawn(future, null, null);
    }

    public <T> JoinHandle<T> spawn(Future<T> future, String name, SourceSpan span) {
        return core.spawn(future, name, span);
    }

    public <T> JoinHandle<T> spawnBlocking(Callable<T> body) {
        return core.spawnBlocking(body, null, null);
    }

    public <T> JoinHandle<T> spawnBlocking(Callable<T> body, String name, SourceSpan span) {
        return core.spawnBlocking(body, name, span);
    }

    public RuntimeCore core() {
        return core;
    }
}
