package asyncscope.app.stage;

import asyncscope.app.layout.Rect;
import asyncscope.app.layout.TextMeasure;
import asyncscope.app.model.Place;
import asyncscope.app.model.StageState;
import asyncscope.app.model.WaitsOn;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything on the runtime stage goes for one state and canvas size: the boxes (inject queue,
 * one lane per worker with its running box, LIFO slot and local queue, the block-on thread, the blocking
 * pool, timers and resources) and one token per visible task with its place and slot number. Pure
 * geometry, no drawing, so tests can check that what is drawn is what the model says.
 *
 * <p>A task that returned Pending and sits in no queue is drawn beside what it waits on: a timer's in a
 * column of the wheel's box with its deadline (here), a resource's or socket's in that widget (placed by the
 * painter, which lays the widgets out), and one waiting on another task or an unnamed wake in the waiting row.
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
    /** Height of the band at the top of a small box that holds its title; tokens sit below it. */
    public final double titleBand;
    /** Top of the caption area along the bottom (the event in words, and in aggregate mode the counts). */
    public final double captionTop;
    /** Lowest point any box reaches. */
    public double contentBottom;
    /** Where the lanes' label column ends and their running boxes and queues begin. */
    public final double labelRight;
    /** Narrowest width the lanes need (label column, running box, LIFO, two queued tokens and "+N more"). */
    public final double minWidth;

    /** What each waiting task drawn on the stage waits on, in words ("timer 300 ms", "mpsc 1", "task 3"). */
    public final java.util.Map<Long, String> waitTags = new java.util.HashMap<>();
    /** What each waiting task waits on (every waiting task, drawn or not): where its token goes. */
    public final java.util.Map<Long, WaitsOn.Target> waitTargets = new java.util.HashMap<>();
    /** True when the waiting row has room to write what each task waits on beside its token. */
    public boolean waitTagsDrawn;
    /** A label written beside a waiting token (its deadline beside the wheel, what it waits for in the row) and its room. */
    public record Tag(String text, Rect room) {}
    /** The label beside each waiting token that has one. */
    public final java.util.Map<Long, Tag> tagBeside = new java.util.HashMap<>();
    /** Where a box's "+N more" goes when not at its right middle (the wheel's column of waiting tasks). */
    public final java.util.Map<Box, double[]> overflowAt = new java.util.HashMap<>();
    /** Waiting tasks not drawn as a token anywhere (counted in some "+N more"); the painter adds the resources' own. */
    public int waitingHidden;
    /** Which parts that waiting tasks are drawn beside are on the stage (there are some, and the focus shows them). */
    public boolean timersShown;
    public boolean resourcesShown;
    public boolean socketsShown;
    /** How many tasks belong in the waiting row (waiting on a task or an unnamed wake; all waiting ones when aggregated). */
    public int waitingRowCount;
    /** The column beside the wheel where the tasks waiting on a timer are drawn (x, y, w, h), or null. */
    public Rect timerColumn;

    /** False when the root future is polled by worker 0 (current-thread flavour): no separate polling box. */
    public final boolean mainThreadPolls;

    private final TextMeasure measure;
    /** The parts drawn (a lesson's {@code stage:}; {@link StageFocus#ALL} when none is named). */
    public final StageFocus focus;

    public StageLayout(StageState s, double width, double height, double scale) {
        this(s, width, height, scale, true, TextMeasure.shared());
    }

    /**
     * The layout at the largest scale up to {@code scale} (down to 35 % of it) at which everything fits the
     * canvas: a small stage or a presenter scale on a small window shrinks the drawing instead of spilling it.
     */
    public static StageLayout fit(StageState s, double width, double height, double scale, boolean mainThreadPolls,
                                  TextMeasure measure) {
        return fit(s, width, height, scale, mainThreadPolls, measure, null);
    }

    /** As above; {@code waitTag} says what a waiting task waits on (null: a wake), so it is drawn beside that. */
    public static StageLayout fit(StageState s, double width, double height, double scale, boolean mainThreadPolls,
                                  TextMeasure measure, java.util.function.LongFunction<WaitsOn.Target> waitTag) {
        return fit(s, width, height, scale, mainThreadPolls, measure, waitTag, StageFocus.ALL);
    }

    /** As above, drawing only the parts {@code focus} shows (a lesson's {@code stage:}). */
    public static StageLayout fit(StageState s, double width, double height, double scale, boolean mainThreadPolls,
                                  TextMeasure measure, java.util.function.LongFunction<WaitsOn.Target> waitTag, StageFocus focus) {
        StageLayout l = null;
        for (double f = 1; f >= 0.35; f -= 0.05) {
            l = new StageLayout(s, width, height, scale * f, mainThreadPolls, measure, waitTag, focus);
            if (l.fits()) {
                return l;
            }
        }
        return l;
    }

    /** True if every box lies above the caption and the lanes have the width they need. */
    public boolean fits() {
        return contentBottom <= captionTop + 0.5 && minWidth <= width;
    }

    public StageLayout(StageState s, double width, double height, double scale, boolean mainThreadPolls, TextMeasure measure) {
        this(s, width, height, scale, mainThreadPolls, measure, null);
    }

    public StageLayout(StageState s, double width, double height, double scale, boolean mainThreadPolls, TextMeasure measure,
                       java.util.function.LongFunction<WaitsOn.Target> waitTag) {
        this(s, width, height, scale, mainThreadPolls, measure, waitTag, StageFocus.ALL);
    }

    public StageLayout(StageState s, double width, double height, double scale, boolean mainThreadPolls, TextMeasure measure,
                       java.util.function.LongFunction<WaitsOn.Target> waitTag, StageFocus focus) {
        this.focus = focus;
        this.measure = measure;
        this.mainThreadPolls = mainThreadPolls;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.tokenRadius = 15 * scale;
        this.slot = 36 * scale;
        this.aggregated = s.tasks().size() > AGGREGATE_ABOVE;
        this.titleBand = 6 * scale + measure.height(12 * scale, false) + 2 * scale;
        double m = 14 * scale;
        double captionH = measure.height(19 * scale, true);
        double countsH = aggregated ? measure.height(14 * scale, false) + 6 * scale : 0;
        captionTop = height - 10 * scale - captionH - countsH - 6 * scale;
        boolean showTimers = !s.timers().isEmpty() && focus.shows(asyncscope.lessons.catalogue.StagePart.TIMERS);
        boolean showResources = !s.resources().isEmpty() && focus.shows(asyncscope.lessons.catalogue.StagePart.RESOURCES)
                || !s.sockets().isEmpty() && focus.shows(asyncscope.lessons.catalogue.StagePart.SOCKETS);
        boolean extras = showTimers || showResources;
        timersShown = showTimers;
        resourcesShown = !s.resources().isEmpty() && focus.shows(asyncscope.lessons.catalogue.StagePart.RESOURCES);
        socketsShown = !s.sockets().isEmpty() && focus.shows(asyncscope.lessons.catalogue.StagePart.SOCKETS);
        for (int i = 0; i < s.tasks().size(); i++) {
            if (s.status(i) == asyncscope.app.model.TaskStatus.WAITING && s.place(i) == Place.NONE) {
                long id = s.tasks().get(i).id();
                // aggregated, the waiting bar only counts them: asking each of 100,000 tasks what it waits on is quadratic
                WaitsOn.Target t = waitTag == null || aggregated ? null : waitTag.apply(id);
                waitTargets.put(id, t == null ? new WaitsOn.Target(WaitsOn.Target.Kind.WAKE, -1, "a wake") : t);
            }
        }
        // A task waiting on a timer is drawn in a column beside the wheel: token and deadline.
        double colW = aggregated ? 0 : 2 * tokenRadius + 14 * scale + measure.width("99,999.9 ms", 12 * scale, false);
        double labelW = 128 * scale;
        for (String t : new String[] {"inject queue", "worker " + Math.max(0, s.workers() - 1), "blocking", laneTitle(0)}) {
            labelW = Math.max(labelW, 20 * scale + measure.width(t, 17 * scale, true));
        }
        for (String t : new String[] {"parked (zzz)", "searching", "main thread"}) {
            labelW = Math.max(labelW, 20 * scale + measure.width(t, 14 * scale, false));
        }
        labelRight = m + labelW;
        double runW = Math.min(190 * scale, Math.max(150 * scale, width * 0.2));
        double lifoW = slot + 14 * scale;
        double moreW = measure.width("+" + Math.max(1, s.tasks().size()) + " more", 15 * scale, true) + 12 * scale;
        minWidth = m + labelW + runW + m + lifoW + 0.7 * m + 2 * slot + moreW + 2 * m;
        double needed = labelW + runW + lifoW + 4 * slot + 5 * m; // lanes with room for four queued tokens
        double sideW = extras ? Math.min(330 * scale, width * 0.36) : 0;
        // Timers and resources go to the right when there is room, else in a band under the lanes.
        boolean side = extras && width - sideW - m >= needed;
        boolean below = extras && !side;
        double right = width - m - (side ? sideW + m : 0);
        // A band under the lanes (timers, resources) needs its own height: the lanes give some up rather
        // than let the band spill over the caption below it.
        double bandReserve = below ? 190 * scale + m : 0;
        boolean pool = (s.blockingThreads() > 0 || s.blockingQueue().length > 0) && focus.shows(asyncscope.lessons.catalogue.StagePart.BLOCKING);
        boolean showInject = focus.shows(asyncscope.lessons.catalogue.StagePart.INJECT);
        boolean showMain = focus.shows(asyncscope.lessons.catalogue.StagePart.BLOCK_ON);
        int lanes = 0;
        for (int w = 0; w < s.workers(); w++) {
            lanes += focus.showsLane(w) ? 1 : 0;
        }
        int rows = lanes + 1 + (showInject ? 1 : 0) + (showMain ? 1 : 0) + (pool ? 1 : 0);
        // A lane holds its title and status on the left, and under each small box's title band a token.
        double minLane = Math.max(titleBand + 2 * tokenRadius + 6 * scale,
                7 * scale + measure.height(17 * scale, true) + measure.height(14 * scale, false) + 4 * scale);
        double laneH = Math.max(minLane, Math.min(84 * scale,
                (captionTop - bandReserve - m - rows * m) / Math.max(1, rows)));
        double rowH = laneH;
        double y = m;

        // The inject queue, global, along the top.
        if (showInject) {
            Box inject = new Box("inject", "inject queue", m, y, right - m, rowH, -1);
            boxes.add(inject);
            queueRow(inject, m + labelW, y, right, rowH, s.injectQueue(), s.injectSize(), Place.INJECT, -1, null);
            y += rowH + m;
        }

        // block_on thread: the root future (main) runs here on a multi-thread runtime.
        double rx = m + labelW;
        if (showMain) {
        Box main = new Box("main", blockOnLane() ? "main" : "block_on", m, y, right - m, rowH, -1);
        boxes.add(main);
        if (mainThreadPolls || s.mainRunning() >= 0) {
            Box mainRun = new Box("running", "polling", rx, y, runW, rowH, -1);
            boxes.add(mainRun);
            if (s.mainRunning() >= 0) {
                tokens.add(new Token(s.mainRunning(), rx + tokenRadius + 10 * scale, tokenY(y, rowH), Place.RUNNING, -1, 0));
            }
        }
        long[] mq = s.mainQueue();
        double qx = mainThreadPolls || s.mainRunning() >= 0 ? rx + runW + m : rx;
        Box mainQ = new Box("queue", "woken", qx, y, Math.min(slot * 3, right - qx), rowH, -1);
        boxes.add(mainQ);
        for (int i = 0; i < mq.length && i < 2; i++) {
            tokens.add(new Token(mq[i], qx + slot * (i + 0.5) + 6 * scale, tokenY(y, rowH), Place.MAIN, -1, i));
        }
        y += rowH + m;
        }

        // One lane per worker: running box, LIFO slot, local queue.
        for (int w = 0; w < s.workers(); w++) {
            if (!focus.showsLane(w)) {
                continue;
            }
            Box lane = new Box("worker", laneTitle(w), m, y, right - m, laneH, w);
            boxes.add(lane);
            Box run = new Box("running", "polling", rx, y, runW, laneH, w);
            boxes.add(run);
            if (s.running(w) >= 0) {
                tokens.add(new Token(s.running(w), rx + tokenRadius + 10 * scale, tokenY(y, laneH), Place.RUNNING, w, 0));
            }
            double lx = rx + runW + m;
            Box lifo = new Box("lifo", "LIFO", lx, y, lifoW, laneH, w);
            boxes.add(lifo);
            if (s.lifo(w) >= 0) {
                tokens.add(new Token(s.lifo(w), lx + lifoW / 2, tokenY(y, laneH), Place.LIFO, w, 0));
            }
            double qstart = lx + lifoW + m * 0.7;
            Box q = new Box("queue", "local queue", qstart, y, right - qstart, laneH, w);
            boxes.add(q);
            queueRow(q, qstart, y, right, laneH, null, s.localQueueSize(w), Place.LOCAL, w, s);
            y += laneH + m;
        }

        // The blocking pool: its queue and one box per thread.
        if (pool) {
            Box poolBox = new Box("blocking", "blocking", m, y, right - m, rowH, -1);
            boxes.add(poolBox);
            double bx = m + labelW;
            double bw = Math.max(slot + 50 * scale, measure.width("thread " + Math.max(0, s.blockingThreads() - 1), 12 * scale, false) + 16 * scale);
            for (int b = 0; b < s.blockingThreads(); b++) {
                if (bx + bw > right - slot - m) {
                    break; // no room: the rest are counted in the pool's status line
                }
                Box th = new Box("thread", "thread " + b, bx, y, bw, rowH, b);
                boxes.add(th);
                if (s.blockingRunning(b) >= 0) {
                    tokens.add(new Token(s.blockingRunning(b), bx + bw / 2, tokenY(y, rowH), Place.BLOCKING_THREAD, b, 0));
                }
                bx += bw + 8 * scale;
            }
            long[] bq = s.blockingQueue();
            Box bqBox = new Box("queue", "queued jobs", bx + 6 * scale, y, Math.max(slot, right - bx - 6 * scale), rowH, -1);
            boxes.add(bqBox);
            queueRow(bqBox, bx + 6 * scale, y, right, rowH, bq, bq.length, Place.BLOCKING_QUEUE, -1, null);
            y += rowH + m;
        }
        // Tasks that were polled, returned Pending and are in no queue are drawn beside what they wait on (the
        // wheel, a resource, a socket); those waiting on another task or an unnamed wake have a row of their
        // own, each with what it waits on, so a waiting task never vanishes; woken, it moves to a queue.
        Box waitRow = new Box("waiting", "waiting", m, y, right - m, rowH, -1);
        boxes.add(waitRow);
        waitingRow(s, waitRow, m + labelW, right);
        y += rowH + m;
        contentBottom = y - m;

        if (below) {
            double bh = captionTop - y;
            double bx = m;
            if (showTimers) {
                double r = Math.max(20 * scale, Math.min((bh - 80 * scale) / 2, 110 * scale));
                double ringsW = Math.max(2 * r + 40 * scale, wheelTextW(s) + 24 * scale);
                // Under the lanes the band is low but wide: the waiting tasks get several columns.
                boolean res = !s.resources().isEmpty() || !s.sockets().isEmpty();
                double free = width - m - bx - ringsW - (res ? 200 * scale + m : 0);
                double ww = ringsW + (colW <= 0 ? 0 : Math.max(colW, Math.min(free, colW * (res ? 2 : 4))));
                Box wb = new Box("wheel", "timing wheel", bx, y, ww, bh, -1);
                boxes.add(wb);
                wheel = new double[] {bx + ringsW / 2, y + 32 * scale + r, r};
                timerColumn(s, wb, bx + ringsW, ww - ringsW);
                bx += ww + m;
            }
            if (showResources) {
                boxes.add(new Box("resources", "resources & sockets", bx, y, width - m - bx, bh, -1));
            }
            contentBottom = Math.max(contentBottom, y + Math.max(120 * scale, bh));
        }
        if (side) {
            double sx = right + m;
            double sy = m;
            if (showTimers) {
                double ringsW = sideW - colW;
                double r = Math.min(ringsW / 2 - 10 * scale, 130 * scale);
                double wh = Math.min(2 * r + 80 * scale, (captionTop - sy) * (!showResources ? 1 : 0.6));
                r = Math.max(10 * scale, Math.min(r, (wh - 80 * scale) / 2));
                Box wb = new Box("wheel", "timing wheel", sx, sy, sideW, wh, -1);
                boxes.add(wb);
                wheel = new double[] {sx + ringsW / 2, sy + 32 * scale + r, r};
                timerColumn(s, wb, sx + ringsW, colW);
                sy += wh + m;
            }
            if (showResources) {
                boxes.add(new Box("resources", "resources & sockets", sx, sy, sideW, Math.max(80 * scale, captionTop - sy), -1));
                contentBottom = Math.max(contentBottom, sy + Math.max(80 * scale, captionTop - sy));
            }
        }
    }

    /** A worker lane's title; on a current-thread runtime shown as a lesson's focus, the one worker is the block_on thread. */
    private String laneTitle(int w) {
        return blockOnLane() ? "block_on" : "worker " + w;
    }

    /** A current-thread runtime shown as a lesson's focus: its one worker lane is the block_on thread. */
    public boolean blockOnLane() {
        return focus != null && focus.currentThread() && focus.isFiltered();
    }

    /**
     * The tasks waiting on another task or on an unnamed wake (or on a part of the stage the lesson's focus
     * hides): the waiting row, each with what it waits on.
     */
    private void waitingRow(StageState s, Box row, double x0, double right) {
        java.util.List<Long> ids = new ArrayList<>();
        for (int i = 0; i < s.tasks().size(); i++) {
            long id = s.tasks().get(i).id();
            WaitsOn.Target t = waitTargets.get(id);
            if (t != null && (aggregated || t.kind() == WaitsOn.Target.Kind.TASK || t.kind() == WaitsOn.Target.Kind.WAKE
                    || (t.kind() == WaitsOn.Target.Kind.TIMER && !timersShown)
                    || (t.kind() == WaitsOn.Target.Kind.RESOURCE && !resourcesShown)
                    || (t.kind() == WaitsOn.Target.Kind.SOCKET && !socketsShown))) {
                ids.add(id);
            }
        }
        waitingRowCount = ids.size();
        if (aggregated) {
            double start = x0 + 8 * scale;
            bars.add(new Bar("waiting", start, row.y() + titleBand, Math.max(slot, right - start - 10 * scale),
                    Math.max(measure.height(16 * scale, true) + 4 * scale, (row.h() - titleBand) * 0.7), ids.size()));
            return;
        }
        double cy = tokenY(row.y(), row.h());
        double moreW = measure.width("+" + ids.size() + " more", 15 * scale, true) + 16 * scale;
        // With what each waits on beside it while they all fit; when they do not, tokens only (more of
        // them; a tag is still known for the inspector), and "+N more" counts the rest.
        double room = right - (x0 + 8 * scale);
        double tagged = 0;
        java.util.List<String> tags = new ArrayList<>();
        for (long id : ids) {
            String tag = waitTargets.get(id).words();
            tags.add(tag);
            tagged += 2 * tokenRadius + 6 * scale + Math.min(measure.width(tag, 12 * scale, false), 120 * scale) + 12 * scale;
        }
        waitTagsDrawn = tagged <= room - 4 * scale;
        double x = x0 + 8 * scale;
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String tag = tags.get(i);
            double tagW = waitTagsDrawn ? Math.min(measure.width(tag, 12 * scale, false), 120 * scale) : 0;
            double itemW = waitTagsDrawn ? 2 * tokenRadius + 6 * scale + tagW + 12 * scale : slot;
            boolean last = i == ids.size() - 1;
            if (x + itemW > right - (last ? 4 * scale : moreW)) {
                overflow.put(row, ids.size() - i);
                waitingHidden += ids.size() - i;
                break;
            }
            tokens.add(new Token(id, x + tokenRadius, cy, Place.NONE, -1, i));
            waitTags.put(id, tag);
            if (waitTagsDrawn) {
                tagBeside.put(id, new Tag(tag, new Rect(x + 2 * tokenRadius + 5 * scale, row.y(), tagW + 4 * scale, row.h())));
            }
            x += itemW;
        }
    }

    /**
     * The tasks waiting on a timer, in a column of the wheel's box right of the rings: each token with its
     * deadline beside it, soonest first; those that do not fit are counted in "+N more" at the column's foot.
     */
    private void timerColumn(StageState s, Box wb, double x, double w) {
        if (aggregated || w <= 0) {
            return;
        }
        java.util.List<Long> ids = new ArrayList<>();
        java.util.Map<Long, Long> deadline = new java.util.HashMap<>();
        for (var t : s.timers().values()) {
            WaitsOn.Target target = waitTargets.get(t.task());
            if (target != null && target.kind() == WaitsOn.Target.Kind.TIMER && target.id() == t.timer()) {
                ids.add(t.task());
                deadline.put(t.task(), t.deadline());
            }
        }
        ids.sort(java.util.Comparator.comparingLong((Long id) -> deadline.get(id)).thenComparingLong(id -> id));
        double top = wb.y() + 32 * scale;
        double bottom = wb.y() + wb.h() - 8 * scale - measure.height(SMALL * scale, false) - 6 * scale;
        timerColumn = new Rect(x, top, w - 6 * scale, Math.max(0, bottom - top));
        double rowH = 2 * tokenRadius + 6 * scale;
        double cellW = 2 * tokenRadius + 14 * scale + measure.width("99,999.9 ms", 12 * scale, false);
        int rows = (int) Math.max(0, Math.floor((bottom - top) / rowH));
        int cols = (int) Math.max(1, Math.floor(w / cellW));
        cellW = w / cols;
        int cells = rows * cols;
        int shown = ids.size() <= cells ? ids.size() : Math.max(0, cells - 1);
        for (int i = 0; i < shown; i++) {
            long id = ids.get(i);
            double cx = x + (i / Math.max(1, rows)) * cellW;
            double cy = top + rowH * (i % Math.max(1, rows)) + rowH / 2;
            tokens.add(new Token(id, cx + tokenRadius + 4 * scale, cy, Place.NONE, -1, i));
            String text = asyncscope.app.model.RunClockText.deadline(deadline.get(id));
            waitTags.put(id, waitTargets.get(id).words());
            double tx = cx + 2 * tokenRadius + 10 * scale;
            tagBeside.put(id, new Tag(text, new Rect(tx, cy - rowH / 2, Math.max(0, cx + cellW - 6 * scale - tx), rowH)));
        }
        if (shown < ids.size()) {
            overflow.put(wb, ids.size() - shown);
            overflowAt.put(wb, new double[] {x + (shown / Math.max(1, rows)) * cellW + 4 * scale,
                    top + rowH * (shown % Math.max(1, rows)) + rowH / 2});
            waitingHidden += ids.size() - shown;
        }
    }

    /** The size of the wheel's own caption line, as the painter draws it. */
    static final double SMALL = 11;

    /** Width of the wheel's caption line ("6 levels × 64 slots · N armed"). */
    private double wheelTextW(StageState s) {
        return measure.width("rings = levels 0–5 · 64 slots · " + s.timers().size() + " armed", 11 * scale, false);
    }

    /** Centre line of the tokens in a box at {@code y} of height {@code h}: below its title band. */
    private double tokenY(double y, double h) {
        return y + titleBand + (h - titleBand) / 2;
    }

    private void queueRow(Box box, double x0, double y, double right, double h, long[] ids, int size, Place place,
                          int lane, StageState s) {
        double start = x0 + 8 * scale;
        if (aggregated && place != Place.LIFO) {
            bars.add(new Bar(box.title(), start, y + titleBand, Math.max(slot, right - start - 10 * scale),
                    Math.max(measure.height(16 * scale, true) + 4 * scale, (h - titleBand) * 0.7), size));
            return;
        }
        double cy = tokenY(y, h);
        int fitAll = Math.max(0, (int) ((right - start - 6 * scale) / slot));
        // When not all fit, keep room at the right for the "+N more" label, measured.
        double moreW = measure.width("+" + size + " more", 15 * scale, true) + 16 * scale;
        int fit = size <= fitAll ? fitAll : Math.max(0, (int) ((right - start - moreW) / slot));
        int shown = Math.min(size, fit);
        for (int i = 0; i < shown; i++) {
            long id = ids != null ? ids[i] : s.localQueueAt(lane, i);
            tokens.add(new Token(id, start + slot * i + slot / 2, cy, place, lane, i));
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
