package asyncscope.app.stage;

import asyncscope.app.model.Place;
import asyncscope.app.model.StageState;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything on the runtime stage goes for one state and canvas size: the boxes (inject queue,
 * one lane per worker with its running box, LIFO slot and local queue, the block-on thread, the blocking
 * pool, timers and resources) and one token per visible task with its place and slot number. Pure
 * geometry, no drawing, so tests can check that what is drawn is what the model says.
 *
 * <p>Above {@link #AGGREGATE_ABOVE} tasks, queues are drawn as bars with counts instead of tokens
 * (only running tasks and LIFO slots keep tokens), which keeps the stage readable and cheap.
 */
public final class StageLayout {
    public static final int AGGREGATE_ABOVE = 200;

    /** A task's token: where it is drawn and which place/lane/slot of the model it stands for. */
    public record Token(long task, double x, double y, Place place, int lane, int slot) {}

    /** A framed region with a title. {@code kind} tells the painter how to style it. */
    public record Box(String kind, String title, double x, double y, double w, double h, int lane) {}

    /** A queue drawn as a bar: how many tasks, how many fit visibly, where. */
    public record Bar(String title, double x, double y, double w, double h, int count) {}

    public final double scale;
    public final double tokenRadius;
    public final double slot;
    public final List<Box> boxes = new ArrayList<>();
    public final List<Token> tokens = new ArrayList<>();
    public final List<Bar> bars = new ArrayList<>();
    /** Hidden tasks per queue box (index into boxes), for "+N more" labels. */
    public final java.util.Map<Box, Integer> overflow = new java.util.HashMap<>();
    public final boolean aggregated;
    public final double width;
    public final double height;
    /** The wheel ring region if any timers are armed (x, y = centre; r = outer radius), else null. */
    public double[] wheel;

    /** False when the root future is polled by worker 0 (current-thread flavour): no separate polling box. */
    public final boolean mainThreadPolls;

    public StageLayout(StageState s, double width, double height, double scale) {
        this(s, width, height, scale, true);
    }

    public StageLayout(StageState s, double width, double height, double scale, boolean mainThreadPolls) {
        this.mainThreadPolls = mainThreadPolls;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.tokenRadius = 15 * scale;
        this.slot = 36 * scale;
        this.aggregated = s.tasks().size() > AGGREGATE_ABOVE;
        double m = 14 * scale;
        boolean extras = !s.timers().isEmpty() || !s.resources().isEmpty() || !s.sockets().isEmpty();
        double labelW = 128 * scale;
        double runW = Math.min(190 * scale, Math.max(150 * scale, width * 0.2));
        double needed = labelW + runW + slot + 14 * scale + 4 * slot + 5 * m; // lanes with room for four queued tokens
        double sideW = extras ? Math.min(330 * scale, width * 0.36) : 0;
        // Timers and resources go to the right when there is room, else in a band under the lanes.
        boolean side = extras && width - sideW - m >= needed;
        boolean below = extras && !side;
        double right = width - m - (side ? sideW + m : 0);
        // A band under the lanes (timers, resources) needs its own height: the lanes give some up rather
        // than let the band spill over the caption below it.
        double bandReserve = below ? 175 * scale : 0;
        double laneH = Math.max(44 * scale, Math.min(84 * scale,
                (height - 290 * scale - bandReserve) / Math.max(1, s.workers() + 1)));
        double y = m;

        // The inject queue, global, along the top.
        double rowH = laneH * 0.9;
        Box inject = new Box("inject", "inject queue", m, y, right - m, rowH, -1);
        boxes.add(inject);
        queueRow(inject, m + labelW, y, right, rowH, s.injectQueue(), s.injectSize(), Place.INJECT, -1);
        y += rowH + m;

        // block_on thread: the root future (main) runs here on a multi-thread runtime.
        Box main = new Box("main", "block_on", m, y, right - m, rowH, -1);
        boxes.add(main);
        double rx = m + labelW;
        if (mainThreadPolls || s.mainRunning() >= 0) {
            Box mainRun = new Box("running", "polling", rx, y, runW, rowH, -1);
            boxes.add(mainRun);
            if (s.mainRunning() >= 0) {
                tokens.add(new Token(s.mainRunning(), rx + tokenRadius + 10 * scale, y + rowH / 2 + 6 * scale, Place.RUNNING, -1, 0));
            }
        }
        long[] mq = s.mainQueue();
        double qx = mainThreadPolls || s.mainRunning() >= 0 ? rx + runW + m : rx;
        Box mainQ = new Box("queue", "woken", qx, y, Math.min(slot * 3, right - qx), rowH, -1);
        boxes.add(mainQ);
        for (int i = 0; i < mq.length && i < 2; i++) {
            tokens.add(new Token(mq[i], qx + slot * (i + 0.5) + 6 * scale, y + rowH / 2, Place.MAIN, -1, i));
        }
        y += rowH + m;

        // One lane per worker: running box, LIFO slot, local queue.
        for (int w = 0; w < s.workers(); w++) {
            Box lane = new Box("worker", "worker " + w, m, y, right - m, laneH, w);
            boxes.add(lane);
            Box run = new Box("running", "polling", rx, y, runW, laneH, w);
            boxes.add(run);
            if (s.running(w) >= 0) {
                tokens.add(new Token(s.running(w), rx + tokenRadius + 10 * scale, y + laneH / 2 + 6 * scale, Place.RUNNING, w, 0));
            }
            double lx = rx + runW + m;
            double lifoW = slot + 14 * scale;
            Box lifo = new Box("lifo", "LIFO", lx, y, lifoW, laneH, w);
            boxes.add(lifo);
            if (s.lifo(w) >= 0) {
                tokens.add(new Token(s.lifo(w), lx + lifoW / 2, y + laneH / 2 + 7 * scale, Place.LIFO, w, 0));
            }
            double qstart = lx + lifoW + m * 0.7;
            Box q = new Box("queue", "local queue", qstart, y, right - qstart, laneH, w);
            boxes.add(q);
            queueRow(q, qstart, y, right, laneH, null, s.localQueueSize(w), Place.LOCAL, w, s);
            y += laneH + m * 0.6;
        }
        y += m * 0.4;

        // The blocking pool: its queue and one box per thread.
        if (s.blockingThreads() > 0 || s.blockingQueue().length > 0) {
            Box pool = new Box("blocking", "blocking", m, y, right - m, rowH, -1);
            boxes.add(pool);
            double bx = m + labelW;
            for (int b = 0; b < s.blockingThreads(); b++) {
                double bw = slot + 50 * scale;
                Box th = new Box("thread", "thread " + b, bx, y, bw, rowH, b);
                boxes.add(th);
                if (s.blockingRunning(b) >= 0) {
                    tokens.add(new Token(s.blockingRunning(b), bx + bw / 2, y + rowH / 2 + 6 * scale, Place.BLOCKING_THREAD, b, 0));
                }
                bx += bw + 8 * scale;
            }
            long[] bq = s.blockingQueue();
            Box bqBox = new Box("queue", "queued jobs", bx + 6 * scale, y, Math.max(slot, right - bx - 6 * scale), rowH, -1);
            boxes.add(bqBox);
            queueRow(bqBox, bx + 6 * scale, y, right, rowH, bq, bq.length, Place.BLOCKING_QUEUE, -1);
            y += rowH + m;
        }

        if (below) {
            double bh = Math.max(120 * scale, height - y - 60 * scale);
            double bx = m;
            if (!s.timers().isEmpty()) {
                double r = Math.min(bh / 2 - 24 * scale, 110 * scale);
                boxes.add(new Box("wheel", "timing wheel", bx, y, 2 * r + 40 * scale, bh, -1));
                wheel = new double[] {bx + r + 20 * scale, y + 30 * scale + r, r};
                bx += 2 * r + 40 * scale + m;
            }
            if (!s.resources().isEmpty() || !s.sockets().isEmpty()) {
                boxes.add(new Box("resources", "resources & sockets", bx, y, width - m - bx, bh, -1));
            }
        }
        if (side) {
            double sx = right + m;
            double sy = m;
            if (!s.timers().isEmpty()) {
                double r = Math.min(sideW / 2 - 10 * scale, 130 * scale);
                boxes.add(new Box("wheel", "timing wheel", sx, sy, sideW, 2 * r + 50 * scale, -1));
                wheel = new double[] {sx + sideW / 2, sy + 30 * scale + r, r};
                sy += 2 * r + 50 * scale + m;
            }
            if (!s.resources().isEmpty() || !s.sockets().isEmpty()) {
                boxes.add(new Box("resources", "resources & sockets", sx, sy, sideW, Math.max(80 * scale, height - sy - m), -1));
            }
        }
    }

    private void queueRow(Box box, double x0, double y, double right, double h, long[] ids, int size, Place place, int lane) {
        queueRow(box, x0, y, right, h, ids, size, place, lane, null);
    }

    private void queueRow(Box box, double x0, double y, double right, double h, long[] ids, int size, Place place,
                          int lane, StageState s) {
        double start = x0 + 8 * scale;
        if (aggregated && place != Place.LIFO) {
            bars.add(new Bar(box.title(), start, y + h * 0.3, Math.max(slot, right - start - 10 * scale), h * 0.4, size));
            return;
        }
        int fitAll = Math.max(1, (int) ((right - start - 6 * scale) / slot));
        int fit = size <= fitAll ? fitAll : Math.max(1, (int) ((right - start - 64 * scale) / slot));
        int shown = Math.min(size, fit);
        for (int i = 0; i < shown; i++) {
            long id = ids != null ? ids[i] : s.localQueueAt(lane, i);
            tokens.add(new Token(id, start + slot * i + slot / 2, y + h / 2 + 6 * scale, place, lane, i));
        }
        if (size > shown) {
            overflow.put(box, size - shown);
        }
    }

    /** The token of {@code task}, or null if it is not drawn (idle, finished, or aggregated). */
    public Token tokenOf(long task) {
        for (Token t : tokens) {
            if (t.task() == task) {
                return t;
            }
        }
        return null;
    }

    /** The tokens drawn in one queue, in slot order. */
    public long[] queueTokens(Place place, int lane) {
        return tokens.stream().filter(t -> t.place() == place && t.lane() == lane)
                .sorted(java.util.Comparator.comparingInt(Token::slot)).mapToLong(Token::task).toArray();
    }

    /** The box of worker {@code w}'s lane. */
    public Box laneBox(int w) {
        for (Box b : boxes) {
            if (b.kind().equals("worker") && b.lane() == w) {
                return b;
            }
        }
        return null;
    }

    public Box boxOfKind(String kind) {
        for (Box b : boxes) {
            if (b.kind().equals(kind)) {
                return b;
            }
        }
        return null;
    }
}
