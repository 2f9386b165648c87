package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.event.Payload;
import asyncscope.engine.runtime.Current;
import asyncscope.lessons.rustlite.interp.RunBudget;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where a program's output goes: the runner's stdout and stderr and, when a recorder listens, an
 * {@link Payload.Output} event so the app can show the output at the moment it happened. Also prints panics
 * the way Rust's default panic hook does. What a run prints is counted against its output budget
 * ({@link RunBudget}): a program that prints without end is stopped, not left to fill a disk.
 */
public final class ProgramIO {
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicBoolean notePrinted = new AtomicBoolean();
    private final Object lock = new Object();

    private final RunBudget budget;

    public ProgramIO(PrintStream out, PrintStream err) {
        this(out, err, RunBudget.unlimited());
    }

    /** Output counted against {@code budget}: past its output budget the rest is dropped and the run is stopped. */
    public ProgramIO(PrintStream out, PrintStream err, RunBudget budget) {
        this.out = out;
        this.err = err;
        this.budget = budget;
    }

    public void print(String text, boolean stderr) {
        long allowed = budget.print(text.length());
        String shown = allowed < text.length() ? text.substring(0, (int) allowed) : text;
        synchronized (lock) {
            (stderr ? err : out).print(shown);
        }
        Current.get().emit(new Payload.Output(shown, stderr));
        if (budget.tripped() != null) {
            throw budget.tripped(); // the rest of the output is dropped and the run ends
        }
    }

    /** The runner's own last word (why the run was stopped): on stderr, past the output budget. */
    public void printUnbudgeted(String text) {
        synchronized (lock) {
            err.print(text);
        }
        Current.get().emit(new Payload.Output(text, true));
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
