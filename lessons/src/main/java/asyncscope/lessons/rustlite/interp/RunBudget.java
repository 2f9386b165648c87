package asyncscope.lessons.rustlite.interp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one run of a program may use besides time: memory (its values, its tasks and the trace its events
 * fill, together) and output. A program that goes past either is stopped where it is — every task of the run
 * throws the same {@link Exec.OverBudget} at its next step — and the run ends with exit code
 * {@value #EXIT_CODE} and the message "program used more than N MB", never with the JVM's
 * {@link OutOfMemoryError}.
 *
 * <p>Memory is checked two ways. A native about to build one large value (a {@code vec![x; n]}, a
 * {@code repeat}, a padded format) asks {@link #reserve} first, so a single value past the budget is refused
 * before it is allocated. And as the run goes (every few thousand steps, and every 1024 polls so that many
 * short tasks count too), the heap that survived collections (all pools but the nursery, so fresh garbage
 * does not count) is compared with what those pools held when the run started (values still in the nursery
 * count once a collection promotes them); past the budget, a full collection decides (garbage does not count), so the budget is the memory the run holds live (found
 * within a quarter budget of where it is crossed). The JVM
 * is shared (the app, a test suite), so the heap the run holds is measured as growth over its start, and the
 * budget is lowered to what the heap can still give.
 */
public final class RunBudget {
    /** The exit code of a run stopped at its budget: Rust's abort on a failed allocation (SIGABRT, 128 + 6). */
    public static final int EXIT_CODE = 134;
    /** The default memory budget of a run. */
    public static final long DEFAULT_MEMORY_MB = 512;
    /** The default output budget of a run (stdout and stderr together). */
    public static final long DEFAULT_OUTPUT_MB = 16;

    private static final long MB = 1024 * 1024;

    private final long memoryBytes;
    private final long outputBytes;
    private final long baseline;
    private final boolean limited;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong printed = new AtomicLong();
    /** The heap in use above which the next check collects garbage to measure what is live. */
    private volatile long collectAbove;

    private volatile Exec.OverBudget tripped;

    /** The heap's pools that hold what survived a collection (all but the nursery, where garbage is born). */
    private static final List<MemoryPoolMXBean> SURVIVOR_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().contains("Eden") && !p.getName().contains("Nursery"))
            .toList();

    /** Bytes held in the pools where values that live go (cheap: read at every check). */
    private static long retained() {
        if (SURVIVOR_POOLS.isEmpty()) {
            java.lang.Runtime rt = java.lang.Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
        long n = 0;
        for (MemoryPoolMXBean p : SURVIVOR_POOLS) {
            n += p.getUsage().getUsed();
        }
        return n;
    }

    /** Bytes in use in the whole heap (after a full collection: what is live). */
    private static long used() {
        java.lang.Runtime rt = java.lang.Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private RunBudget(long memoryMb, long outputMb, boolean limited) {
        java.lang.Runtime rt = java.lang.Runtime.getRuntime();
        // what the JVM held before the run: the retained pools (the nursery's garbage would make a run's budget
        // depend on when the last collection happened)
        this.baseline = retained();
        long headroom = rt.maxMemory() == Long.MAX_VALUE ? Long.MAX_VALUE : (rt.maxMemory() - baseline) / 4 * 3;
        this.memoryBytes = Math.max(MB, Math.min(memoryMb * MB, headroom));
        this.outputBytes = outputMb * MB;
        this.limited = limited;
        this.collectAbove = baseline + memoryBytes;
    }

    /** A budget of {@code memoryMb} of memory (lowered to what the heap can give) and {@code outputMb} of output. */
    public static RunBudget of(long memoryMb, long outputMb) {
        return new RunBudget(memoryMb, outputMb, true);
    }

    /** No budget (limits made outside a run, such as a test's interpreter). */
    public static RunBudget unlimited() {
        return new RunBudget(Long.MAX_VALUE / MB, Long.MAX_VALUE / MB, false);
    }

    /** The memory budget in whole megabytes, as the message gives it. */
    public long memoryMegabytes() {
        return memoryBytes / MB;
    }

    /** Why the run was stopped, or null while it is within its budget. */
    public Exec.OverBudget tripped() {
        return tripped;
    }

    /** Throws if the run was already stopped at its budget (by this task or another). */
    void checkTripped() {
        Exec.OverBudget t = tripped;
        if (t != null) {
            throw t;
        }
    }

    /**
     * Refuses to build one value of about {@code bytes} if it alone is past the memory budget (checked before
     * the value is allocated).
     */
    public void reserve(long bytes) {
        checkTripped();
        if (limited && bytes > memoryBytes) {
            throw trip(new Exec.OverBudget("program used more than " + memoryMegabytes() + " MB"));
        }
    }

    /**
     * Counts {@code n} characters the program prints; past the output budget returns how many of them may still
     * go out and stops the run (the caller prints those, then throws {@link #tripped()}).
     */
    public long print(long n) {
        checkTripped();
        long after = printed.addAndGet(n);
        if (!limited || after <= outputBytes) {
            return n;
        }
        trip(new Exec.OverBudget("program printed more than " + outputBytes / MB + " MB"));
        return Math.max(0, n - (after - outputBytes));
    }

    /** Every 1024 polls: the memory check (a task that spawns the next runs only short polls). */
    void onPoll() {
        checkTripped();
        if (limited && (polls.incrementAndGet() & 0x3FF) == 0) {
            check();
        }
    }

    /** Calls of {@link #check} so far (racy on purpose: it only spaces the readings out). */
    private int checks;

    /**
     * The memory check: cheap while the heap in use is below the budget, a full collection past it. Reading the
     * heap's pools is a call into the VM (about a microsecond), so only every 16th call reads them: every 65,536
     * interpreter steps, well under a millisecond of work, in which a program cannot build more than a few MB.
     */
    void check() {
        checkTripped();
        if (!limited || (++checks & 0xF) != 0) {
            return;
        }
        if (retained() <= collectAbove) {
            return;
        }
        synchronized (this) {
            checkTripped();
            if (retained() <= collectAbove) {
                return;
            }
            System.gc();
            long live = used();
            if (live - baseline > memoryBytes) {
                throw trip(new Exec.OverBudget("program used more than " + memoryMegabytes() + " MB"));
            }
            // under budget once garbage is gone: collect again when the heap has grown by a quarter budget more
            // (a program holding just under its budget while it makes garbage does not collect at every check)
            collectAbove = Math.max(baseline + memoryBytes, live + memoryBytes / 4);
        }
    }

    /** The JVM ran out of memory under this run (a value the checks did not see coming): the run is over. */
    public Exec.OverBudget outOfMemory() {
        return trip(new Exec.OverBudget("program used more than " + memoryMegabytes() + " MB"));
    }

    private synchronized Exec.OverBudget trip(Exec.OverBudget why) {
        if (tripped == null) {
            tripped = why;
        }
        return tripped;
    }
}
