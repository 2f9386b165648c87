package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test oracle: the rules of the stage written the plainest way (lists and maps, one place per task,
 * always from event 0), independent of {@link StageState}'s arrays, deques and keyframes.
 */
final class ReferenceReplay {
    final int workers;
    final List<List<Long>> local = new ArrayList<>();
    final long[] lifo;
    final long[] running;
    final boolean[] parked;
    long main = -1;
    final List<Long> mainQueue = new ArrayList<>();
    final List<Long> inject = new ArrayList<>();
    final List<Long> blockingQueue = new ArrayList<>();
    final Map<Integer, Long> blockingRunning = new HashMap<>();
    final Map<Long, String> where = new HashMap<>();    // task -> "lifo:w" "local:w" "inject" "main" "bq" "run:w" "bt:n"
    final Map<Long, TaskStatus> status = new HashMap<>();

    ReferenceReplay(int workers) {
        this.workers = workers;
        lifo = new long[workers];
        running = new long[workers];
        parked = new boolean[workers];
        java.util.Arrays.fill(lifo, -1);
        java.util.Arrays.fill(running, -1);
        for (int i = 0; i < workers; i++) {
            local.add(new ArrayList<>());
        }
    }

    private void takeOut(long t) {
        String w = where.remove(t);
        if (w == null) {
            return;
        }
        String[] p = w.split(":");
        switch (p[0]) {
            case "lifo" -> { if (lifo[Integer.parseInt(p[1])] == t) lifo[Integer.parseInt(p[1])] = -1; }
            case "local" -> local.get(Integer.parseInt(p[1])).remove(Long.valueOf(t));
            case "inject" -> inject.remove(Long.valueOf(t));
            case "main" -> mainQueue.remove(Long.valueOf(t));
            case "bq" -> blockingQueue.remove(Long.valueOf(t));
            case "run" -> {
                int w2 = Integer.parseInt(p[1]);
                if (w2 < 0) { if (main == t) main = -1; } else if (running[w2] == t) running[w2] = -1;
            }
            case "bt" -> blockingRunning.remove(Integer.parseInt(p[1]), t);
            default -> throw new AssertionError(w);
        }
    }

    private boolean busy(long t) {
        String w = where.get(t);
        TaskStatus s = status.get(t);
        return (w != null && (w.startsWith("run") || w.startsWith("bt"))) || (s != null && s.isFinished());
    }

    private void put(long t, Payload.Where to, int target) {
        if (busy(t)) {
            return;
        }
        takeOut(t);
        switch (to) {
            case LIFO -> {
                long prev = lifo[target];
                if (prev >= 0 && prev != t) {
                    local.get(target).add(prev);
                    where.put(prev, "local:" + target);
                }
                lifo[target] = t;
                where.put(t, "lifo:" + target);
            }
            case LOCAL -> { local.get(target).add(t); where.put(t, "local:" + target); }
            case INJECT -> { inject.add(t); where.put(t, "inject"); }
            case MAIN -> { mainQueue.add(t); where.put(t, "main"); }
            case BLOCKING -> { blockingQueue.add(t); where.put(t, "bq"); }
        }
        status.put(t, TaskStatus.QUEUED);
    }

    void apply(Event e) {
        long t = e.task();
        int w = e.worker();
        Payload p = e.payload();
        if (p instanceof Payload.Spawn) {
            status.putIfAbsent(t, TaskStatus.NEW);
        } else if (p instanceof Payload.Schedule s) {
            TaskStatus st = status.getOrDefault(t, TaskStatus.NEW);
            if (st != TaskStatus.RUNNING && !st.isFinished()) {
                put(t, s.where(), s.target());
            }
        } else if (p instanceof Payload.Move m) {
            if (w >= 0) parked[w] = false;
            for (long id : m.tasks()) put(id, m.to(), m.toWorker());
        } else if (p instanceof Payload.Steal s) {
            parked[w] = false;
            for (long id : s.tasks()) put(id, Payload.Where.LOCAL, w);
        } else if (p instanceof Payload.PollStart) {
            if (w >= 0) parked[w] = false;
            if (!String.valueOf(where.get(t)).startsWith("bt")) {
                takeOut(t);
                if (w >= 0) running[w] = t; else main = t;
                where.put(t, "run:" + w);
            }
            status.put(t, TaskStatus.RUNNING);
        } else if (p instanceof Payload.PollEnd pe) {
            String at = where.get(t);
            if (at != null && at.startsWith("run")) takeOut(t);
            if ((at == null || !at.startsWith("bt")) && !pe.ready()) status.put(t, TaskStatus.WAITING);
        } else if (p instanceof Payload.Park) {
            if (w >= 0) parked[w] = true;
        } else if (p instanceof Payload.Unpark u) {
            parked[u.target()] = false;
        } else if (p instanceof Payload.Complete c) {
            takeOut(t);
            status.put(t, switch (c.outcome()) {
                case OK -> TaskStatus.DONE;
                case PANIC -> TaskStatus.PANICKED;
                case CANCELLED -> TaskStatus.CANCELLED;
            });
        } else if (p instanceof Payload.BlockingStart b) {
            takeOut(t);
            blockingRunning.put(b.thread(), t);
            where.put(t, "bt:" + b.thread());
            status.put(t, TaskStatus.RUNNING);
        } else if (p instanceof Payload.BlockingEnd) {
            if (String.valueOf(where.get(t)).startsWith("bt")) takeOut(t);
        }
    }

    /** Asserts that {@code s} shows what this replay shows; {@code at} names the index in messages. */
    void assertSame(StageState s, int at) {
        for (int w = 0; w < workers; w++) {
            check(at, "running w" + w, running[w], s.running(w));
            check(at, "lifo w" + w, lifo[w], s.lifo(w));
            check(at, "local w" + w, local.get(w), box(s.localQueue(w)));
            check(at, "parked w" + w, parked[w], s.parked(w));
        }
        check(at, "main", main, s.mainRunning());
        check(at, "inject", inject, box(s.injectQueue()));
        check(at, "main queue", mainQueue, box(s.mainQueue()));
        check(at, "blocking queue", blockingQueue, box(s.blockingQueue()));
        for (int b = 0; b < s.blockingThreads(); b++) {
            check(at, "blocking thread " + b, blockingRunning.getOrDefault(b, -1L), s.blockingRunning(b));
        }
        TaskDirectory dir = s.tasks();
        for (int i = 0; i < dir.size(); i++) {
            long id = dir.get(i).id();
            if (status.containsKey(id)) {
                check(at, "status of " + id, status.get(id), s.status(i));
            }
        }
    }

    private static List<Long> box(long[] a) {
        List<Long> l = new ArrayList<>();
        for (long v : a) l.add(v);
        return l;
    }

    private static void check(int at, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError("at index " + at + ", " + what + ": expected " + expected + " but the model shows " + actual);
        }
    }
}
