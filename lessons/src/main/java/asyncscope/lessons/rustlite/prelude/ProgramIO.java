package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.event.Payload;
import asyncscope.engine.runtime.Current;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where a program's output goes: the runner's stdout and stderr and, when a recorder listens, an
 * {@link Payload.Output} event so the app can show the output at the moment it happened. Also prints panics
 * the way Rust's default panic hook does.
 */
public final class ProgramIO {
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicBoolean notePrinted = new AtomicBoolean();
    private final Object lock = new Object();

    public ProgramIO(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void print(String text, boolean stderr) {
        synchronized (lock) {
            (stderr ? err : out).print(text);
        }
        Current.get().emit(new Payload.Output(text, stderr));
    }

    /** {@code thread 'main' panicked at src/main.rs:L:C:\nmessage} (plus Rust's backtrace note the first time). */
    public void panicked(String thread, int line, int col, String message) {
        StringBuilder b = new StringBuilder();
        b.append("thread '").append(thread).append("' panicked at src/main.rs:").append(line).append(':').append(col)
                .append(":\n").append(message).append('\n');
        if (notePrinted.compareAndSet(false, true)) {
            b.append("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
        }
        print(b.toString(), true);
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
