package asyncscope.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark harness: runs the workloads of Tokio's own benchmarks on our engine and the same shapes
 * on peers (ForkJoinPool, java.util.concurrent) in the same JVM, and prints one line per workload:
 *
 * <pre>name &lt;TAB&gt; median ns per unit &lt;TAB&gt; ns/unit</pre>
 *
 * Each workload is warmed up (at least a second), then timed for several rounds of at least 100 ms each,
 * the rounds interleaved across workloads; the median round is reported, so a ratio between two lines of
 * the same run compares like with like. Each round starts from a collected heap, in a JVM with a heap
 * of fixed size (see {@link #timeRound}).
 *
 * <pre>java -cp bench/target/benchmarks.jar asyncscope.bench.TokioShapes --workers 2 [--rounds 7] [--warmup 3] [--only a,b] [--heap 2g]</pre>
 *
 * Each workload and its peer run in a JVM of their own (see {@link #forkPerGroup}); {@code --in-process}
 * runs everything in this JVM instead.
 */
public final class TokioShapes {
    private static final long WARMUP_NANOS = 1_000_000_000L;
    private static final long ROUND_NANOS = 100_000_000L;
    /**
     * The heap of each forked JVM, fixed ({@code -Xms} = {@code -Xmx}) as benchmarks usually do, so
     * neither the JVM's start-up sizing nor its shrinking after a collection decides how often a
     * workload's allocations are collected. {@code --heap} changes it.
     */
    static final String HEAP = "2g";

    /** {@code --show-rounds}: also print every round (sorted) to stderr, to see how much a machine wobbles. */
    private static boolean showRounds;

    private TokioShapes() {}

    /** Every registered workload, engine first then its peer. */
    static List<Workload> all() {
        List<Workload> all = new ArrayList<>();
        all.addAll(EngineShapes.all());
        all.addAll(FjpShapes.all());
        all.addAll(SyncWorkloads.all());
        all.addAll(TimeWorkloads.all());
        return all;
    }

    public static void main(String[] args) throws Exception {
        int workers = 2;
        int rounds = 7;
        int warmup = 3;
        Set<String> only = new LinkedHashSet<>();
        boolean inProcess = false;
        String heap = HEAP;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--in-process" -> inProcess = true;
                case "--heap" -> heap = value(args, ++i);
                case "--show-rounds" -> showRounds = true;
                case "--workers" -> workers = Integer.parseInt(value(args, ++i));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--only" -> only.addAll(Arrays.asList(value(args, ++i).split(",")));
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.err.println("usage: TokioShapes [--workers N] [--rounds N] [--warmup N] [--only name,name]"
                            + " [--heap SIZE] [--show-rounds] [--in-process]");
                    System.exit(2);
                }
            }
        }
        if (inProcess) {
            run(all(), workers, rounds, warmup, only, System.out);
        } else {
            forkPerGroup(all(), workers, rounds, warmup, only, heap);
        }
        System.exit(0); // peers may leave non-daemon threads behind
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    /**
     * Runs each workload together with its peer (spawn_many with fjp_spawn_many, …) in a fresh JVM, as JMH
     * forks: in one long-lived JVM, every workload run earlier reshapes the JIT's profile of the engine's
     * shared hot paths (call sites turn megamorphic, recording branches become taken), which would make
     * a line's number depend on which lines ran before it.
     */
    private static void forkPerGroup(List<Workload> workloads, int workers, int rounds, int warmup, Set<String> only,
                                     String heap) throws Exception {
        java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (Workload w : workloads) {
            if (only.isEmpty() || only.contains(w.name())) {
                groups.computeIfAbsent(groupOf(w.name()), k -> new ArrayList<>()).add(w.name());
            }
        }
        String javaBin = java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        for (List<String> names : groups.values()) {
            ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xms" + heap, "-Xmx" + heap,
                    "-cp", System.getProperty("java.class.path"), TokioShapes.class.getName(), "--in-process", "--workers", Integer.toString(workers),
                    "--rounds", Integer.toString(rounds), "--warmup", Integer.toString(warmup),
                    "--only", String.join(",", names));
            if (showRounds) {
                pb.command().add("--show-rounds");
            }
            pb.inheritIO();
            int code = pb.start().waitFor();
            if (code != 0) {
                throw new IllegalStateException("benchmark JVM for " + names + " exited with " + code);
            }
        }
    }

    /** The group a workload is measured in: its name without the peer's prefix. */
    static String groupOf(String name) {
        for (String prefix : new String[] {"fjp_", "jdk_", "stpe_"}) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    static void run(List<Workload> workloads, int workers, int rounds, int warmup, Set<String> only, PrintStream out)
            throws Exception {
        List<Workload> shared = new ArrayList<>();
        List<Workload> isolated = new ArrayList<>();
        for (Workload w : workloads) {
            if (only.isEmpty() || only.contains(w.name())) {
                (w.isolated() ? isolated : shared).add(w);
            }
        }
        measure(shared, workers, rounds, warmup, out);
        for (Workload w : isolated) {
            measure(List.of(w), workers, rounds, warmup, out);
        }
    }

    private static void measure(List<Workload> chosen, int workers, int rounds, int warmup, PrintStream out)
            throws Exception {
        try {
            // Warm up each workload for a number of runs and at least a second, so the JIT has compiled it.
            for (Workload w : chosen) {
                long warmEnd = System.nanoTime() + WARMUP_NANOS;
                for (int i = 0; i < warmup || System.nanoTime() < warmEnd; i++) {
                    w.runOnce(workers);
                }
            }
            // Rounds go round-robin over the workloads, so a busy moment of the machine hits an engine
            // workload and its peer alike instead of skewing their ratio.
            double[][] perUnit = new double[chosen.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < chosen.size(); i++) {
                    perUnit[i][r] = timeRound(chosen.get(i), workers);
                }
            }
            for (int i = 0; i < chosen.size(); i++) {
                Arrays.sort(perUnit[i]);
                out.printf("%s\t%.1f\tns/unit%n", chosen.get(i).name(), perUnit[i][rounds / 2]);
                if (showRounds) {
                    System.err.println(chosen.get(i).name() + "\trounds\t" + Arrays.toString(perUnit[i]));
                }
            }
            out.flush();
        } finally {
            for (Workload w : chosen) {
                w.close();
            }
        }
    }

    /**
     * Repeats the workload until it has run for at least 100 ms; returns nanoseconds per unit. Starts from
     * a collected heap, so one round's garbage is not paid for by the next round (of another workload).
     * The forked JVMs have a fixed-size heap (see {@link #HEAP}): with a resizable one, G1 answers this
     * full collection by shrinking the heap to what is live, and the next round then runs in a young
     * generation of a few megabytes that taxes every allocation many times over.
     */
    private static double timeRound(Workload w, int workers) throws Exception {
        System.gc();
        long spent = 0;
        long units = 0;
        do {
            spent += w.runOnce(workers);
            units += w.units();
        } while (spent < ROUND_NANOS);
        return (double) spent / units;
    }
}
