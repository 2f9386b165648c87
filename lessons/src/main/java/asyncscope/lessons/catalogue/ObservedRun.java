package asyncscope.lessons.catalogue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Recorder;
import asyncscope.lessons.rustlite.RunOptions;
import asyncscope.lessons.rustlite.RunResult;
import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What one run of a lesson's program did, as quiz facts read it: the lines it printed, its stderr, exit
 * code, elapsed time on the runtime's clock (virtual in the simulator, else real and a little late), the compiler's warnings and every
 * engine event. {@link #of} compiles and runs a program on one driver; a compile error propagates as
 * {@link asyncscope.lessons.rustlite.diag.CompileError}.
 */
public record ObservedRun(List<String> lines, String stderr, int exitCode, double elapsedMillis, boolean virtualClock,
                          List<String> warnings, List<Event> events) {
    public ObservedRun {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        events = List.copyOf(events);
    }

    /** Which driver a run used: the seeded simulator, or real threads and real time. */
    public record Driver(boolean live, long seed) {
        public static Driver simulated(long seed) {
            return new Driver(false, seed);
        }

        public static Driver threads() {
            return new Driver(true, 0);
        }

        @Override
        public String toString() {
            return live ? "live" : "simulated(seed " + seed + ")";
        }
    }

    public static ObservedRun of(String file, String source, Driver d) {
        Program p = RustLite.compile(file, source);
        Recorder rec = new Recorder();
        RunOptions o = RunOptions.simulated(d.seed()).withLive(d.live()).withSink(rec)
                .withWatchdog(d.live() ? 5_000 : 2_000, 200_000_000L).withTimeout(30_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult r;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            r = RustLite.run(p, o, po, pe);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> warnings = p.warnings().stream().map(Diagnostic::headline).toList();
        return new ObservedRun(lines, err.toString(StandardCharsets.UTF_8), r.exitCode(), r.elapsedNanos() / 1e6, !d.live(), warnings,
                rec.events());
    }

    /** Everything the program printed on stdout, one line after another. */
    public String stdout() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
