package asyncscope.engine.scheduler;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bookkeeping of which workers are awake, searching for work, or parked: the part of the scheduler
 * that decides whom to wake when new work appears. Two counts share one atomic word (searching in the
 * low 16 bits, unparked above); the parked workers' indexes sit in a small stack under a lock.
 *
 * <p>Policies, as in Tokio:
 * <ul>
 *   <li>At most half of the workers may be searching (stealing) at once, so a burst of idleness does not
 *       turn into a stampede on the victims' queues.</li>
 *   <li>New work unparks a worker only if nobody is searching already: a searcher will find it.</li>
 *   <li>When the last searcher finds work, it unparks another worker to take over searching, so work
 *       spreads out one worker at a time.</li>
 * </ul>
 */
public final class Idle {
    private static final int SEARCH_BITS = 16;
    private static final int SEARCH_MASK = (1 << SEARCH_BITS) - 1;

    private final int workers;
    private final AtomicInteger state;
    private final int[] sleepers;
    private int sleeperCount;

    public Idle(int workers) {
        this.workers = workers;
        this.state = new AtomicInteger(workers << SEARCH_BITS); // everyone unparked, nobody searching
        this.sleepers = new int[workers];
    }

    static int searching(int s) {
        return s & SEARCH_MASK;
    }

    static int unparked(int s) {
        return s >>> SEARCH_BITS;
    }

    public int searchingCount() {
        return searching(state.get());
    }

    public int unparkedCount() {
        return unparked(state.get());
    }

    /** A worker wants to start searching; false if half the workers already are. */
    public boolean transitionToSearching() {
        int s = state.get();
        if (2 * searching(s) >= workers) {
            return false;
        }
        state.incrementAndGet();
        return true;
    }

    /** A searching worker found work. Returns true if it was the last searcher (it should wake another). */
    public boolean transitionFromSearching() {
        int prev = state.getAndDecrement();
        return searching(prev) == 1;
    }

    /**
     * A worker is about to park. Returns true if it was the last searcher, in which case the caller must
     * check for work once more and wake someone if there is any (otherwise work could be stranded).
     */
    public boolean transitionToParked(int worker, boolean isSearching) {
        synchronized (sleepers) {
            int dec = (1 << SEARCH_BITS) + (isSearching ? 1 : 0);
            int prev = state.getAndAdd(-dec);
            sleepers[sleeperCount++] = worker;
            return isSearching && searching(prev) == 1;
        }
    }

    /**
     * New work appeared: picks a parked worker to unpark (marking it unparked and searching), or -1 if
     * none should be woken because someone is searching already or nobody is parked.
     */
    public int workerToNotify() {
        if (!shouldNotify()) {
            return -1;
        }
        synchronized (sleepers) {
            if (!shouldNotify() || sleeperCount == 0) {
                return -1;
            }
            int w = sleepers[--sleeperCount];
            state.getAndAdd((1 << SEARCH_BITS) + 1);
            return w;
        }
    }

    private boolean shouldNotify() {
        int s = state.get();
        return searching(s) == 0 && unparked(s) < workers;
    }

    /**
     * After waking up: if the worker is still on the sleeper stack (it woke for another reason than
     * {@link #workerToNotify}, e.g. a timer or shutdown), takes it off and counts it as unparked and
     * searching. Returns true in that case.
     */
    public boolean unparkSelf(int worker) {
        synchronized (sleepers) {
            for (int i = 0; i < sleeperCount; i++) {
                if (sleepers[i] == worker) {
                    System.arraycopy(sleepers, i + 1, sleepers, i, sleeperCount - i - 1);
                    sleeperCount--;
                    state.getAndAdd((1 << SEARCH_BITS) + 1);
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the worker is parked (on the sleeper stack). */
    public boolean isParked(int worker) {
        synchronized (sleepers) {
            for (int i = 0; i < sleeperCount; i++) {
                if (sleepers[i] == worker) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Indexes of all parked workers (for shutdown and inspectors). */
    public int[] parked() {
        synchronized (sleepers) {
            return java.util.Arrays.copyOf(sleepers, sleeperCount);
        }
    }
}
