package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.Arrays;
import java.util.List;

/**
 * Every poll of a trace as a span on a lane, for the timeline: lanes 0..W-1 are workers, lane W the
 * block-on ("main") thread, lanes W+1.. the blocking-pool threads. Spans are stored column-wise per lane,
 * sorted by start, so the visible ones are found by binary search. Positions are event indexes (the
 * timeline's logical clock); an unfinished poll ends at the end of the trace.
 */
public final class PollSpans {
    private final int workers;
    private final int lanes;
    private final int[][] start;
    private final int[][] end;
    private final long[][] task;
    private final int[] count;

    PollSpans(List<Event> events, int workers, int blockingThreads) {
        this.workers = workers;
        this.lanes = workers + 1 + blockingThreads;
        start = new int[lanes][16];
        end = new int[lanes][16];
        task = new long[lanes][16];
        count = new int[lanes];
        int[] open = new int[lanes];
        Arrays.fill(open, -1);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Payload p = e.payload();
            if (p instanceof Payload.PollStart && e.worker() >= -1 && e.worker() < workers) {
                int l = e.worker() < 0 ? workers : e.worker();
                if (e.worker() < 0 && isInBlocking(open, e.task())) {
                    continue; // a blocking job's poll: already shown by its blocking span
                }
                open[l] = add(l, i, e.task());
            } else if (p instanceof Payload.PollEnd && e.worker() >= -1 && e.worker() < workers) {
                int l = e.worker() < 0 ? workers : e.worker();
                if (open[l] >= 0 && task[l][open[l]] == e.task()) {
                    end[l][open[l]] = i;
                    open[l] = -1;
                }
            } else if (p instanceof Payload.BlockingStart b && b.thread() < blockingThreads) {
                int l = workers + 1 + b.thread();
                open[l] = add(l, i, e.task());
            } else if (p instanceof Payload.BlockingEnd b && b.thread() < blockingThreads) {
                int l = workers + 1 + b.thread();
                if (open[l] >= 0) {
                    end[l][open[l]] = i;
                    open[l] = -1;
                }
            }
        }
        for (int l = 0; l < lanes; l++) {
            if (open[l] >= 0) {
                end[l][open[l]] = events.size();
            }
        }
    }

    private boolean isInBlocking(int[] open, long id) {
        for (int l = workers + 1; l < lanes; l++) {
            if (open[l] >= 0 && task[l][open[l]] == id) {
                return true;
            }
        }
        return false;
    }

    private int add(int l, int at, long id) {
        int n = count[l];
        if (n == start[l].length) {
            start[l] = Arrays.copyOf(start[l], n * 2);
            end[l] = Arrays.copyOf(end[l], n * 2);
            task[l] = Arrays.copyOf(task[l], n * 2);
        }
        start[l][n] = at;
        end[l][n] = at;
        task[l][n] = id;
        count[l] = n + 1;
        return n;
    }

    public int lanes() {
        return lanes;
    }

    public int workers() {
        return workers;
    }

    /** A human label for lane {@code l}. */
    public String laneName(int l) {
        if (l < workers) {
            return "worker " + l;
        }
        if (l == workers) {
            return "block_on";
        }
        return "blocking " + (l - workers - 1);
    }

    public int count(int lane) {
        return count[lane];
    }

    public int start(int lane, int i) {
        return start[lane][i];
    }

    public int end(int lane, int i) {
        return end[lane][i];
    }

    public long task(int lane, int i) {
        return task[lane][i];
    }

    /** Index of the first span on {@code lane} that ends at or after event {@code from}. */
    public int firstEndingAtOrAfter(int lane, int from) {
        int lo = 0;
        int hi = count[lane];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[lane][mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The span on {@code lane} covering event index {@code at}, or -1. */
    public int spanAt(int lane, int at) {
        int i = firstEndingAtOrAfter(lane, at);
        return i < count[lane] && start[lane][i] <= at ? i : -1;
    }
}
