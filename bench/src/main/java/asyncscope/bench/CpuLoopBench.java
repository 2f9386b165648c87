package asyncscope.bench;

import asyncscope.lessons.rustlite.RunOptions;
import asyncscope.lessons.rustlite.RunResult;
import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.compile.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rust-lite's interpreter on a CPU-bound loop beside CPython on the same loop, in one run: 5,000,000 rounds of
 * integer arithmetic (a linear congruential step and a running sum) inside {@code spawn_blocking}, against the
 * same statements in {@code python3}. Both must print the same sum (the real Rust program prints it too).
 * Rust-lite is timed around {@code RustLite.run} (runtime start, the loop, shutdown; compiled once), on the
 * simulator (what {@code asyncscope run} and the app use, charging 1 ns of virtual time per instruction) and on
 * real threads ({@code --live}); CPython is timed around its loop with {@code time.perf_counter}. Reported: the
 * first run in this JVM (cold, the JIT still compiling) and the median of the next {@code --rounds} runs, and
 * CPython's median over the same rounds (interleaved with Rust-lite's), wall time and CPU time, with the ratios
 * CPython / Rust-lite (above 1: Rust-lite is faster). On a shared machine the CPU-time ratio is the steadier one.
 *
 * <pre>java -cp bench/target/benchmarks.jar asyncscope.bench.CpuLoopBench [--rounds 5] [--python python3]</pre>
 */
public final class CpuLoopBench {
    private CpuLoopBench() {}

    static final String RUST = """
            #[tokio::main]
            async fn main() {
                let handle = tokio::task::spawn_blocking(|| {
                    let mut acc: u64 = 0;
                    let mut x: u64 = 12345;
                    for i in 0..5_000_000u64 {
                        x = (x * 1103515245 + 12345) % 2147483648;
                        acc = acc + (x ^ i) % 1000;
                    }
                    acc
                });
                println!("{}", handle.await.unwrap());
            }
            """;

    static final String PYTHON = """
            import time
            c0 = time.process_time()
            t0 = time.perf_counter()
            acc = 0
            x = 12345
            for i in range(5_000_000):
                x = (x * 1103515245 + 12345) % 2147483648
                acc = acc + (x ^ i) % 1000
            t1 = time.perf_counter()
            print(acc)
            print(t1 - t0)
            print(time.process_time() - c0)
            """;

    /** The sum the real Rust program prints (tokio-oracle). */
    static final String EXPECTED = "2509934888";

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        String python = "python3";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--python" -> python = args[++i];
                default -> {
                    System.err.println("usage: CpuLoopBench [--rounds N] [--python python3]");
                    System.exit(2);
                }
            }
        }
        Program p = RustLite.compile("cpu_loop.rs", RUST);
        double[] simCold = runRustLite(p, false);
        double[] liveCold = runRustLite(p, true);
        Path script = Files.createTempFile("cpu_loop", ".py");
        List<double[]> sim = new ArrayList<>();
        List<double[]> live = new ArrayList<>();
        List<double[]> py = new ArrayList<>();
        try {
            Files.writeString(script, PYTHON);
            for (int r = 0; r < rounds; r++) { // rounds interleaved, so a busy spell of the machine hits all three
                sim.add(runRustLite(p, false));
                live.add(runRustLite(p, true));
                py.add(runPython(python, script));
            }
        } finally {
            Files.deleteIfExists(script);
        }
        double pyWall = median(py, 0);
        double pyCpu = median(py, 1);
        System.out.println("CPU-bound loop, 5,000,000 rounds of integer arithmetic in spawn_blocking; seconds, median of " + rounds
                + " interleaved rounds (CPU: the process's CPU time, JIT and GC threads included for the JVM)");
        System.out.println("| runner | first run wall | wall | CPU | CPython / this (wall) | CPython / this (CPU) |");
        System.out.println("|---|---|---|---|---|---|");
        row("Rust-lite, simulator", simCold[0], sim, pyWall, pyCpu);
        row("Rust-lite, live", liveCold[0], live, pyWall, pyCpu);
        System.out.printf("| CPython (%s) | | %.3f | %.3f | 1.00× | 1.00× |%n", python, pyWall, pyCpu);
    }

    static void row(String name, double cold, List<double[]> xs, double pyWall, double pyCpu) {
        double wall = median(xs, 0);
        double cpu = median(xs, 1);
        System.out.printf("| %s | %.3f | %.3f | %.3f | %.2f× | %.2f× |%n", name, cold, wall, cpu, pyWall / wall, pyCpu / cpu);
    }

    /** One run: {wall seconds, process CPU seconds}. */
    static double[] runRustLite(Program p, boolean live) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOptions o = RunOptions.simulated(0).withLive(live).withTimeout(600_000);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        RunResult r = RustLite.run(p, o, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - c0) / 1e9;
        String printed = out.toString(StandardCharsets.UTF_8).trim();
        if (r.exitCode() != 0 || !printed.equals(EXPECTED)) {
            throw new IllegalStateException("Rust-lite printed " + printed + " (exit " + r.exitCode() + "): "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return new double[] {s, cpu};
    }

    /** One run of the loop in CPython: {wall seconds, CPU seconds}, both around the loop only. */
    static double[] runPython(String python, Path script) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder(python, script.toString()).redirectErrorStream(true).start();
        String text = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(600, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            throw new IllegalStateException("python failed: " + text);
        }
        String[] lines = text.trim().split("\\R");
        if (!lines[0].trim().equals(EXPECTED)) {
            throw new IllegalStateException("python printed " + lines[0]);
        }
        return new double[] {Double.parseDouble(lines[1].trim()), Double.parseDouble(lines[2].trim())};
    }

    static double median(List<double[]> xs, int k) {
        List<Double> s = new ArrayList<>();
        for (double[] x : xs) {
            s.add(x[k]);
        }
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
