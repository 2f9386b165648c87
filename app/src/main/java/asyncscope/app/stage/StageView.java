package asyncscope.app.stage;

import asyncscope.app.model.StageState;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TimerEntry;
import asyncscope.app.model.TraceModel;
import asyncscope.app.theme.TaskColors;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The runtime stage, painted on one Canvas from the model's state at the playhead (never from the
 * engine): lanes and queues from {@link StageLayout}, tasks as coloured tokens that glide to their new
 * place, and the last event as an arrow (a wake from its cause to the woken task, a steal between lanes,
 * a batch move between queues). Finished tasks fade out where they were, with how they ended.
 */
public final class StageView extends Region {
    private static final long ANIM_NANOS = 260_000_000L;

    private final Canvas canvas = new Canvas();
    private TraceModel model;
    private StageState state;
    private StageLayout layout;
    private boolean dark;
    private double scale = 1;
    private long selected = -1;
    private LongConsumer onSelect = id -> { };
    private boolean animate = true;

    private record Anim(double fx, double fy, double tx, double ty, long t0) {}

    private record Fade(long task, double x, double y, String label, long t0) {}

    private final Map<Long, Anim> anims = new HashMap<>();
    private final Map<Long, double[]> lastPos = new HashMap<>();
    private final List<Fade> fades = new ArrayList<>();
    private boolean busy;
    private boolean snapNext;
    private String emptyMessage = "Run a program to see the runtime at work";

    public StageView() {
        getChildren().add(canvas);
        getStyleClass().add("stage-view");
        setMinSize(200, 200);
        canvas.setOnMouseClicked(e -> {
            if (layout == null) {
                return;
            }
            for (StageLayout.Token t : layout.tokens) {
                if (Math.hypot(t.x() - e.getX(), t.y() - e.getY()) <= layout.tokenRadius + 3) {
                    select(t.task());
                    onSelect.accept(t.task());
                    return;
                }
            }
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint(System.nanoTime());
    }

    private asyncscope.app.model.StateNames stateNames = asyncscope.app.model.StateNames.NONE;

    public void show(TraceModel m, StageState s) {
        if (m != model) {
            anims.clear();
            lastPos.clear();
            fades.clear();
        }
        model = m;
        state = s;
    }

    /** What the empty stage says. */
    /** Names for the states of Rust-lite tasks' state machines, so a running token says where it is. */
    public void setStateNames(asyncscope.app.model.StateNames names) {
        this.stateNames = names == null ? asyncscope.app.model.StateNames.NONE : names;
    }

    /** "Suspend1 (.await at 16:42)" → "Suspend1 · line 16"; "state 3" when no name is known. */
    private String stateLabel(String task, int st) {
        String n = stateNames.name(task, st);
        if (n == null) {
            return "state " + st;
        }
        int line = stateNames.awaitLine(task, st);
        int cut = n.indexOf(" (");
        return line > 0 && cut > 0 ? n.substring(0, cut) + " · line " + line : n;
    }

    public void setEmptyMessage(String m) {
        emptyMessage = m;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width} in {@code font}: after each sentence, and
     * between words where a sentence is too long (rather than squeezing the letters together).
     */
    static java.util.List<String> wrap(String text, javafx.scene.text.Font font, double width) {
        java.util.List<String> out = new java.util.ArrayList<>();
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        for (String sentence : text.split("(?<=[.:;]) ")) {
            StringBuilder line = new StringBuilder();
            for (String word : sentence.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                probe.setText(candidate);
                if (line.length() > 0 && probe.getLayoutBounds().getWidth() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    public void setDark(boolean d) {
        dark = d;
        paint(System.nanoTime());
    }

    public void setScale(double s) {
        scale = s;
        paint(System.nanoTime());
    }

    /** Animations off (fast playback, tests): tokens jump straight to their place. */
    public void setAnimate(boolean a) {
        animate = a;
    }

    /** The next paint puts tokens straight in place (after a jump, sliding would mislead). */
    public void snapNextPaint() {
        snapNext = true;
    }

    public void select(long task) {
        selected = task;
    }

    public void setOnSelect(LongConsumer c) {
        onSelect = c;
    }

    /** The geometry of the last paint. */
    public StageLayout layoutNow() {
        return layout;
    }

    /** True while tokens are still moving or fading (the caller should keep painting). */
    public boolean isBusy() {
        return busy;
    }

    public Canvas canvas() {
        return canvas;
    }

    // ---------------------------------------------------------------- painting

    private Color bg() { return dark ? Color.web("#0b0f14") : Color.web("#f4f6f9"); }
    private Color panel() { return dark ? Color.web("#161b22") : Color.WHITE; }
    private Color border() { return dark ? Color.web("#9aa4b2") : Color.web("#aeb6c2"); }
    private Color ink() { return dark ? Color.WHITE : Color.web("#1b1f24"); }
    private Color muted() { return dark ? Color.web("#c9d1d9") : Color.web("#57606a"); }

    private Font font(double size, boolean bold) {
        return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size * scale);
    }

    public void paint(long now) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(bg());
        g.fillRect(0, 0, w, h);
        busy = false;
        if (state == null || w < 50 || h < 50) {
            g.setFill(muted());
            g.setFont(font(20, false));
            g.setTextAlign(TextAlignment.CENTER);
            java.util.List<String> lines = wrap(emptyMessage, g.getFont(), w - 40);
            for (int i = 0; i < lines.size(); i++) {
                g.fillText(lines.get(i), w / 2, h / 2 + (i - (lines.size() - 1) / 2.0) * 30 * scale, w - 20);
            }
            g.setTextAlign(TextAlignment.LEFT);
            layout = null;
            return;
        }
        boolean mainPolls = model.spans().count(model.spans().workers()) > 0;
        layout = new StageLayout(state, w, h, scale, mainPolls);
        g.setTextBaseline(VPos.TOP);
        for (StageLayout.Box b : layout.boxes) {
            paintBox(g, b);
        }
        for (StageLayout.Bar b : layout.bars) {
            paintBar(g, b);
        }
        for (Map.Entry<StageLayout.Box, Integer> e : layout.overflow.entrySet()) {
            StageLayout.Box b = e.getKey();
            g.setFill(muted());
            g.setFont(font(15, true));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("+" + e.getValue() + " more", b.x() + b.w() - 8 * scale, b.y() + b.h() / 2 + 6 * scale);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
        }
        if (layout.wheel != null) {
            paintWheel(g);
        }
        paintResources(g);
        if (layout.aggregated) {
            paintCounts(g);
        }
        Map<Long, double[]> now2 = new HashMap<>();
        for (StageLayout.Token t : layout.tokens) {
            double[] p = animated(t, now);
            now2.put(t.task(), p);
            paintToken(g, t, p[0], p[1]);
        }
        paintFinished(g, now2, now);
        paintLastEvent(g, now2);
        paintCaption(g);
        lastPos.clear();
        lastPos.putAll(now2);
        anims.keySet().retainAll(now2.keySet());
        snapNext = false;
    }

    private double[] animated(StageLayout.Token t, long now) {
        Anim a = anims.get(t.task());
        if (!animate || snapNext) {
            anims.put(t.task(), new Anim(t.x(), t.y(), t.x(), t.y(), 0));
            return new double[] {t.x(), t.y()};
        }
        if (a == null || a.tx() != t.x() || a.ty() != t.y()) {
            double[] from = lastPos.get(t.task());
            if (a != null) {
                from = interpolate(a, now);
            }
            if (from == null) {
                from = new double[] {t.x() - 30 * scale, t.y()}; // new arrivals slide in from the left
            }
            a = new Anim(from[0], from[1], t.x(), t.y(), now);
            anims.put(t.task(), a);
        }
        double[] p = interpolate(a, now);
        if (p[0] != t.x() || p[1] != t.y()) {
            busy = true;
        }
        return p;
    }

    private static double[] interpolate(Anim a, long now) {
        double f = Math.min(1, Math.max(0, (now - a.t0()) / (double) ANIM_NANOS));
        f = 1 - Math.pow(1 - f, 3); // ease out
        return new double[] {a.fx() + (a.tx() - a.fx()) * f, a.fy() + (a.ty() - a.fy()) * f};
    }

    private void paintBox(GraphicsContext g, StageLayout.Box b) {
        double r = 10 * scale;
        switch (b.kind()) {
            case "worker", "inject", "main", "blocking", "wheel", "resources" -> {
                boolean parked = b.kind().equals("worker") && state.parked(b.lane());
                g.setFill(parked ? (dark ? Color.web("#10151b") : Color.web("#eceff3")) : panel());
                g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), r, r);
                g.setStroke(border());
                g.setLineWidth(1.5 * scale);
                g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), r, r);
                g.setFill(ink());
                g.setFont(font(17, true));
                g.fillText(b.title(), b.x() + 10 * scale, b.y() + 7 * scale);
                if (b.kind().equals("inject")) {
                    g.setFont(font(14, false));
                    g.setFill(muted());
                    g.fillText("global", b.x() + 10 * scale, b.y() + 30 * scale);
                }
                if (b.kind().equals("blocking")) {
                    g.setFont(font(14, false));
                    g.setFill(muted());
                    g.fillText("pool", b.x() + 10 * scale, b.y() + 30 * scale);
                }
                if (b.kind().equals("main")) {
                    g.setFont(font(14, false));
                    g.setFill(muted());
                    g.fillText(layout.mainThreadPolls ? "main thread" : "= worker 0", b.x() + 10 * scale, b.y() + 30 * scale);
                }
                if (b.kind().equals("worker")) {
                    g.setFont(font(14, false));
                    g.setFill(parked ? muted() : Color.web("#1a9e5a"));
                    String st = parked ? "parked (zzz)" : state.running(b.lane()) >= 0 ? "polling" : "searching";
                    g.fillText(st, b.x() + 10 * scale, b.y() + 30 * scale);
                }
            }
            default -> {
                g.setStroke(b.kind().equals("running") ? Color.web("#1a9e5a") : border());
                g.setLineDashes(b.kind().equals("queue") ? new double[] {4 * scale, 4 * scale} : null);
                g.setLineWidth((b.kind().equals("running") ? 2 : 1) * scale);
                g.strokeRoundRect(b.x() + 2, b.y() + 4 * scale, b.w() - 4, b.h() - 8 * scale, r, r);
                g.setLineDashes((double[]) null);
                g.setFill(muted());
                g.setFont(font(12, false));
                g.fillText(b.title(), b.x() + 8 * scale, b.y() + 6 * scale);
                if (b.kind().equals("running")) {
                    long id = b.lane() >= 0 ? state.running(b.lane()) : state.mainRunning();
                    if (id >= 0) {
                        TaskInfo ti = model.tasks().byId(id);
                        g.setFill(ink());
                        g.setFont(font(16, true));
                        g.setTextBaseline(VPos.CENTER);
                        String name = ti == null ? "task " + id : ti.name().equals("task-" + id) ? "task " + id : ti.name();
                        int st = ti == null ? -1 : state.stateMachineState(ti.index());
                        double tx = b.x() + 2 * layout.tokenRadius + 18 * scale;
                        double maxW = Math.max(20, b.x() + b.w() - tx - 6 * scale);
                        g.fillText(name, tx, b.y() + b.h() / 2 + 2 * scale, maxW);
                        g.setFont(font(12, false));
                        g.setFill(muted());
                        if (st >= 0) {
                            g.fillText(ti == null ? "state " + st : stateLabel(ti.name(), st), tx,
                                    b.y() + b.h() / 2 + 19 * scale, maxW);
                        }
                        g.setTextBaseline(VPos.TOP);
                    }
                }
            }
        }
    }

    private void paintBar(GraphicsContext g, StageLayout.Bar b) {
        int total = Math.max(1, model.tasks().size());
        double frac = Math.min(1, Math.sqrt(b.count() / (double) total));
        g.setFill(dark ? Color.web("#263241") : Color.web("#e3e8ef"));
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        // heat: from cool blue (few) to hot orange (many)
        g.setFill(Color.web("#2f6fde").interpolate(Color.web("#e0582b"), frac));
        g.fillRoundRect(b.x(), b.y(), Math.max(b.count() > 0 ? 6 : 0, b.w() * frac), b.h(), 8, 8);
        g.setFill(ink());
        g.setFont(font(16, true));
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.format("%,d queued", b.count()), b.x() + 10 * scale, b.y() + b.h() / 2);
        g.setTextBaseline(VPos.TOP);
    }

    private void paintCounts(GraphicsContext g) {
        int[] c = state.statusCounts();
        String text = String.format("%,d tasks: %,d queued · %,d running · %,d waiting · %,d done",
                model.tasks().size(), c[TaskStatus.QUEUED.ordinal()], c[TaskStatus.RUNNING.ordinal()],
                c[TaskStatus.WAITING.ordinal()], c[TaskStatus.DONE.ordinal()]);
        g.setFill(muted());
        g.setFont(font(14, false));
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, 14 * scale, canvas.getHeight() - 44 * scale);
        g.setTextBaseline(VPos.TOP);
    }

    private void paintToken(GraphicsContext g, StageLayout.Token t, double x, double y) {
        double r = layout.tokenRadius;
        Color c = TaskColors.of(t.task());
        if (t.task() == selected) {
            g.setStroke(ink());
            g.setLineWidth(3 * scale);
            g.strokeOval(x - r - 4 * scale, y - r - 4 * scale, 2 * r + 8 * scale, 2 * r + 8 * scale);
        }
        g.setFill(c);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(c.darker());
        g.setLineWidth(1.5 * scale);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.WHITE);
        g.setFont(font(t.task() >= 1000 ? 10 : 13, true));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Long.toString(t.task()), x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
    }

    private static boolean overlaps(List<double[]> rects, double x, double y, double w, double h) {
        for (double[] o : rects) {
            if (x < o[0] + o[2] && o[0] < x + w && y < o[1] + o[3] && o[1] < y + h) {
                return true;
            }
        }
        return false;
    }

    private void paintWheel(GraphicsContext g) {
        double cx = layout.wheel[0];
        double cy = layout.wheel[1];
        double r = layout.wheel[2];
        int levels = 6;
        g.setLineWidth(1);
        for (int l = 0; l < levels; l++) {
            double rr = r * (l + 1) / levels;
            g.setStroke(border());
            g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
        }
        g.setFill(muted());
        g.setFont(font(11, false));
        // The count goes with the caption, below the rings: at the centre it would cover level-0 timers.
        g.fillText("6 levels × 64 slots  ·  " + state.timers().size() + " armed", cx - r, cy + r + 4 * scale);
        // Timers in the same or neighbouring slots sit almost on top of each other: a deadline label that
        // would cover one already drawn moves down a line, so each stays readable.
        List<double[]> placed = new ArrayList<>();
        double lineH = 13 * scale;
        for (TimerEntry t : state.timers().values()) {
            double rr = r * (t.level() + 0.5) / levels;
            double a = 2 * Math.PI * t.slot() / 64 - Math.PI / 2;
            double x = cx + rr * Math.cos(a);
            double y = cy + rr * Math.sin(a);
            g.setFill(t.task() >= 0 ? TaskColors.of(t.task()) : Color.GRAY);
            double s = 11 * scale;
            g.fillRect(x - s / 2, y - s / 2, s, s);
            g.setFill(ink());
            g.setFont(font(11, true));
            String label = t.deadline() / 1_000_000 + " ms";
            double lx = x + s / 2 + 2;
            double ly = y - s / 2 - 2;
            double lw = label.length() * 7 * scale;
            for (int guard = 0; guard < 50 && overlaps(placed, lx, ly, lw, lineH); guard++) {
                ly += lineH;
            }
            placed.add(new double[] {lx, ly, lw, lineH});
            g.fillText(label, lx, ly);
        }
    }

    private final Map<Long, double[]> resourceAnchors = new HashMap<>();

    /**
     * One widget per resource: a channel's buffer as cells (filled = messages in it), a semaphore's
     * permits as dots (filled = free), then the waiting line as task tokens; sockets below.
     */
    private void paintResources(GraphicsContext g) {
        resourceAnchors.clear();
        StageLayout.Box box = layout.boxOfKind("resources");
        if (box == null) {
            return;
        }
        double x0 = box.x() + 12 * scale;
        double y = box.y() + 36 * scale;
        double cell = 22 * scale;
        for (var r : state.resources().values()) {
            boolean sem = r.kind().equals("semaphore") || r.kind().equals("mutex");
            g.setFill(ink());
            g.setFont(font(15, true));
            g.fillText(r.kind() + " #" + (r.id() > 9999 ? Long.toHexString(r.id()) : Long.toString(r.id())), x0, y);
            g.setFont(font(13, false));
            g.setFill(muted());
            String what = sem ? r.value() + " of " + r.capacity() + " permits free" : r.value() + " of " + r.capacity() + " slots used";
            g.fillText(what + "  ·  " + r.op().replace('_', ' '), x0, y + 20 * scale, box.w() - 24 * scale);
            double cy = y + 44 * scale;
            int n = (int) Math.min(12, Math.max(0, r.capacity()));
            for (int i = 0; i < n; i++) {
                boolean filled = sem ? i < r.value() : i < r.value();
                double cx = x0 + i * (cell + 4 * scale);
                g.setFill(filled ? (sem ? Color.web("#1a9e5a") : Color.web("#2f6fde")) : (dark ? Color.web("#263241") : Color.web("#e3e8ef")));
                if (sem) {
                    g.fillOval(cx, cy, cell, cell);
                } else {
                    g.fillRoundRect(cx, cy, cell, cell, 5, 5);
                }
                g.setStroke(border());
                g.strokeRoundRect(cx, cy, cell, cell, sem ? cell : 5, sem ? cell : 5);
            }
            resourceAnchors.put(r.id(), new double[] {x0 + n * (cell + 4 * scale) / 2, cy + cell / 2});
            double wy = cy + cell + 10 * scale;
            if (!r.waiting().isEmpty()) {
                g.setFill(muted());
                g.setFont(font(13, false));
                g.fillText(sem ? "waiting for a permit:" : "waiting senders:", x0, wy);
                double tr = 11 * scale;
                for (int i = 0; i < r.waiting().size() && i < 9; i++) {
                    long t = r.waiting().get(i);
                    double tx = x0 + tr + i * (2 * tr + 5 * scale);
                    double ty = wy + 20 * scale + tr;
                    g.setFill(TaskColors.of(t));
                    g.fillOval(tx - tr, ty - tr, 2 * tr, 2 * tr);
                    g.setFill(Color.WHITE);
                    g.setFont(font(11, true));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(Long.toString(t), tx, ty);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.setTextBaseline(VPos.TOP);
                }
                wy += 20 * scale + 2 * tr + 6 * scale;
            }
            y = wy + 14 * scale;
        }
        g.setFont(font(14, false));
        // Sockets, one line each while they fit in the box; then a count, never spilling over the caption.
        double bottom = box.y() + box.h() - 8 * scale;
        double maxW = box.x() + box.w() - x0 - 8 * scale;
        int shown = 0;
        int total = state.sockets().size();
        for (var s : state.sockets().values()) {
            boolean lastRoom = y + 2 * 24 * scale > bottom;
            if (lastRoom && shown < total - 1) {
                int ready = 0;
                for (var o : state.sockets().values()) {
                    ready += o.readiness() != 0 ? 1 : 0;
                }
                g.setFill(muted());
                g.fillText("+" + (total - shown) + " more sockets (" + ready + " ready in all)", x0, y, maxW);
                break;
            }
            g.setFill(ink());
            g.fillText("socket " + s.label() + (s.readiness() != 0 ? ": ready" : ": waiting"), x0, y, maxW);
            resourceAnchors.put(s.resource(), new double[] {x0 + 60 * scale, y + 8 * scale});
            y += 24 * scale;
            shown++;
        }
    }

    /** Tasks that just finished or were dropped fade out where they were last drawn. */
    private void paintFinished(GraphicsContext g, Map<Long, double[]> drawn, long now) {
        int at = state.applied() - 1;
        if (at >= 0) {
            Event e = model.event(at);
            if ((e.payload() instanceof Payload.Complete || e.payload() instanceof Payload.Drop) && !drawn.containsKey(e.task())) {
                double[] p = lastPos.get(e.task());
                boolean already = fades.stream().anyMatch(f -> f.task() == e.task());
                if (p != null && !already) {
                    String label = e.payload() instanceof Payload.Complete c ? c.outcome().name().toLowerCase()
                            : "dropped: " + ((Payload.Drop) e.payload()).reason().name().toLowerCase().replace('_', '-');
                    fades.add(new Fade(e.task(), p[0], p[1], label, now));
                }
            }
        }
        fades.removeIf(f -> now - f.t0() > 900_000_000L);
        for (Fade f : fades) {
            double alpha = 1 - (now - f.t0()) / 900_000_000.0;
            Color c = TaskColors.of(f.task());
            double r = layout.tokenRadius;
            g.setGlobalAlpha(Math.max(0, alpha));
            g.setFill(c);
            g.fillOval(f.x() - r, f.y() - r, 2 * r, 2 * r);
            g.setFill(ink());
            g.setFont(font(13, true));
            g.fillText(f.label(), f.x() + r + 4, f.y() - r);
            g.setGlobalAlpha(1);
            busy = true;
        }
    }

    private void paintLastEvent(GraphicsContext g, Map<Long, double[]> drawn) {
        int at = state.applied() - 1;
        if (at < 0) {
            return;
        }
        Event e = model.event(at);
        Payload p = e.payload();
        Color accent = dark ? Color.web("#ffd33d") : Color.web("#d1242f");
        if (p instanceof Payload.Wake wk) {
            double[] to = drawn.get(e.task());
            if (to == null) {
                to = lastPos.get(e.task());
            }
            if (to == null) {
                return;
            }
            double[] from = wk.by() >= 0 && wk.by() != e.task() ? drawn.get(wk.by()) : null;
            if (from == null && wk.source().resource() >= 0) {
                from = resourceAnchors.get(wk.source().resource());
            }
            if (from == null && wk.source().kind() == asyncscope.engine.event.WakeSource.Kind.TIMER && layout.wheel != null) {
                from = new double[] {layout.wheel[0], layout.wheel[1]};
            }
            if (from == null) {
                from = new double[] {to[0] + 10 * scale, to[1] - 60 * scale};
            }
            arrow(g, from, to, accent, "wake: " + wk.source());
        } else if (p instanceof Payload.Steal st && e.worker() >= 0) {
            StageLayout.Box v = layout.laneBox(st.victim());
            StageLayout.Box t = layout.laneBox(e.worker());
            if (v != null && t != null) {
                double x = v.x() + v.w() * 0.55;
                arrow(g, new double[] {x, v.y() + v.h() / 2}, new double[] {x + 40 * scale, t.y() + t.h() / 2}, accent,
                        "steal " + st.count() + " from worker " + st.victim());
            }
        } else if (p instanceof Payload.Move mv && mv.tasks().length > 0) {
            double[] from = boxCentre(mv.from(), mv.fromWorker());
            double[] to = boxCentre(mv.to(), mv.toWorker());
            if (from != null && to != null) {
                arrow(g, from, to, accent, "move " + mv.tasks().length);
            }
        } else if (p instanceof Payload.Schedule sc) {
            double[] to = drawn.get(e.task());
            double[] from = sc.by() >= 0 ? drawn.get(sc.by()) : null;
            if (to != null && from != null) {
                arrow(g, from, to, accent, "schedule → " + sc.where().name().toLowerCase());
            } else if (to != null) {
                label(g, to, accent, "scheduled (" + sc.where().name().toLowerCase() + ")");
            }
        } else if (p instanceof Payload.PollEnd pe) {
            double[] at2 = drawn.get(e.task());
            if (at2 == null) {
                at2 = lastPos.get(e.task());
            }
            if (at2 != null) {
                label(g, at2, accent, pe.ready() ? "Ready" : "Pending");
            }
        } else if (p instanceof Payload.Park && e.worker() >= 0) {
            StageLayout.Box b = layout.laneBox(e.worker());
            if (b != null) {
                label(g, new double[] {b.x() + 60 * scale, b.y() + b.h() / 2}, accent, "park");
            }
        }
    }

    /** The last event in words, large, along the bottom: what just happened. */
    private void paintCaption(GraphicsContext g) {
        int at = state.applied() - 1;
        String text = at < 0 ? "Start: nothing has happened yet. Press → to step, Space to play."
                : "#" + at + "  " + EventText.describe(model, model.event(at));
        g.setFill(ink());
        g.setFont(font(19, true));
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, 14 * scale, canvas.getHeight() - 10 * scale, canvas.getWidth() - 28 * scale);
        g.setTextBaseline(VPos.TOP);
    }

    private double[] boxCentre(Payload.Where where, int worker) {
        StageLayout.Box b = switch (where) {
            case INJECT -> layout.boxOfKind("inject");
            case LOCAL, LIFO -> layout.laneBox(worker);
            case BLOCKING -> layout.boxOfKind("blocking");
            case MAIN -> layout.boxOfKind("main");
        };
        return b == null ? null : new double[] {b.x() + b.w() * 0.6, b.y() + b.h() / 2};
    }

    private void label(GraphicsContext g, double[] at, Color c, String text) {
        g.setFill(c);
        g.setFont(font(15, true));
        g.fillText(text, at[0] - layout.tokenRadius, at[1] - layout.tokenRadius - 22 * scale);
    }

    private void arrow(GraphicsContext g, double[] from, double[] to, Color c, String text) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            label(g, to, c, text);
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double r = layout.tokenRadius + 3;
        double ex = to[0] - ux * r;
        double ey = to[1] - uy * r;
        g.setStroke(c);
        g.setLineWidth(3 * scale);
        g.strokeLine(from[0], from[1], ex, ey);
        double hs = 12 * scale;
        g.setFill(c);
        g.fillPolygon(new double[] {ex, ex - ux * hs - uy * hs * 0.6, ex - ux * hs + uy * hs * 0.6},
                new double[] {ey, ey - uy * hs + ux * hs * 0.6, ey - uy * hs - ux * hs * 0.6}, 3);
        g.setFont(font(15, true));
        double lx = (from[0] + ex) / 2 + 6 * scale;
        double ly = (from[1] + ey) / 2 - 20 * scale;
        g.setFill(dark ? Color.color(0, 0, 0, 0.7) : Color.color(1, 1, 1, 0.85));
        g.fillRect(lx - 3, ly - 1, text.length() * 8.5 * scale + 6, 20 * scale);
        g.setFill(c);
        g.fillText(text, lx, ly);
    }
}
