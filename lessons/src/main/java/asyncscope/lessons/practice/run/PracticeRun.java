package asyncscope.lessons.practice.run;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything practice needs to know about one run of a program: the source, the compiled program (null when
 * it did not compile, then {@code compileErrors} says why), every event the engine emitted, what was printed,
 * the exit code and the elapsed time on the run's clock (virtual in simulation). Drill keys, explanation
 * sentences and bug diagnoses are all read from this record, never written by hand.
 */
public record PracticeRun(String source, Program program, List<Diagnostic> compileErrors, List<Event> events,
                          String stdout, String stderr, int exitCode, long elapsedNanos, boolean live, long seed) {
    /** Exit code of a run stopped by the runner's time budget (as Rust-lite's runner reports it). */
    public static final int CANCELLED = 124;

    public PracticeRun {
        compileErrors = List.copyOf(compileErrors);
        events = List.copyOf(events);
    }

    public boolean compiled() {
        return program != null;
    }

    public long elapsedMillis() {
        return elapsedNanos / 1_000_000;
    }

    /** The lines printed to stdout, in order (a final line without a newline counts). */
    public List<String> lines() {
        if (stdout.isEmpty()) {
            return List.of();
        }
        String s = stdout.endsWith("\n") ? stdout.substring(0, stdout.length() - 1) : stdout;
        return List.of(s.split("\n", -1));
    }

    /** The stdout lines with the event that printed each one (lines assembled from the OUTPUT events). */
    public List<OutputLine> outputLines() {
        List<OutputLine> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        Event last = null;
        for (Event e : events) {
            if (e.payload() instanceof Payload.Output o && !o.stderr()) {
                String t = o.text();
                int from = 0;
                int nl;
                while ((nl = t.indexOf('\n', from)) >= 0) {
                    cur.append(t, from, nl);
                    out.add(new OutputLine(cur.toString(), e.seq(), e.time(), e.task()));
                    cur.setLength(0);
                    from = nl + 1;
                }
                cur.append(t.substring(from));
                last = e;
            }
        }
        if (cur.length() > 0 && last != null) {
            out.add(new OutputLine(cur.toString(), last.seq(), last.time(), last.task()));
        }
        return out;
    }

    /** The first stdout line equal to {@code text}, with its event. */
    public Optional<OutputLine> line(String text) {
        return outputLines().stream().filter(l -> l.text().equals(text)).findFirst();
    }

    /** The events whose payload is of type {@code type}, in order. */
    public <P extends Payload> List<Event> eventsOf(Class<P> type) {
        return events.stream().filter(e -> type.isInstance(e.payload())).toList();
    }

    /** The event with sequence number {@code seq}. */
    public Optional<Event> event(long seq) {
        return events.stream().filter(e -> e.seq() == seq).findFirst();
    }

    /** The run ended because every task was waiting with nothing to wake them (the simulator's verdict). */
    public boolean deadlocked() {
        return stderr.contains("error: deadlock:");
    }

    /** The run was stopped by the time budget or by a cancel. */
    public boolean cancelled() {
        return exitCode == CANCELLED;
    }
}
