package asyncscope.app.stage;

import asyncscope.app.layout.PlacedText;
import asyncscope.app.layout.Rect;
import asyncscope.app.layout.TextMeasure;
import asyncscope.app.layout.TextPlacer;
import asyncscope.app.model.StageState;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TimerEntry;
import asyncscope.app.model.WaitsOn;
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
    /**
     * The smallest text the stage draws, in px at scale 1 (the wheel's slot, level and "now" labels, the
     * deadlines, the wheel's caption): StageTextLayoutTest fails if any label is drawn smaller.
     */
    public static final double SMALLEST_TEXT = 11;
    /** Presenter mode's scale, derived from the smallest text: at it, nothing on the stage is under 20 px. */
    public static final double PRESENTER_SCALE = 20 / SMALLEST_TEXT;

    private final Canvas canvas = new Canvas();
    private TraceModel model;
    private StageState state;
    private StageLayout layout;
    private boolean dark;
    /** The drawing's scale: presenter's ({@link #userScale}) times the window's zoom ({@link #rs}). */
    private double scale = 1;
    private double userScale = 1;
    private long selected = -1;
    private LongConsumer onSelect = id -> { };
    private boolean animate = true;

    private record Anim(double fx, double fy, double tx, double ty, long t0) {}

    /** A token fading where it was (a finished task), or only a label fading beside a live one (a dropped future). */
    private record Fade(long task, double x, double y, String label, long t0, boolean disc, int event) {}

    private static final long FADE_NANOS = 1_500_000_000L;

    private final Map<Long, Anim> anims = new HashMap<>();
    private final Map<Long, double[]> lastPos = new HashMap<>();
    private final List<Fade> fades = new ArrayList<>();
    private boolean busy;
    private boolean snapNext;
    private String emptyMessage = "Run a program to see the runtime at work";

    public StageView() {
        getChildren().add(canvas);
        canvas.getTransforms().add(unscale);
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

    /**
     * Pixels per layout unit on screen: the window's zoom (a scale transform above this view). The canvas
     * is made that many times larger and drawn at that scale, then shrunk back by {@link #unscale}, so the
     * zoom's scale-up gives one canvas pixel per screen pixel: zoomed text and lines stay crisp.
     */
    private double rs = 1;
    private final javafx.scene.transform.Scale unscale = new javafx.scene.transform.Scale(1, 1, 0, 0);

    @Override
    protected void layoutChildren() {
        javafx.scene.transform.Transform t = getLocalToSceneTransform();
        double z = Math.hypot(t.getMxx(), t.getMyx());
        z = z > 0.2 && z < 8 && Math.abs(z - 1) > 1e-3 ? z : 1;
        setRenderScale(z);
        canvas.setWidth(Math.round(getWidth() * z));
        canvas.setHeight(Math.round(getHeight() * z));
        paint(System.nanoTime());
    }

    private void setRenderScale(double z) {
        rs = z;
        unscale.setX(1 / z);
        unscale.setY(1 / z);
        scale = userScale * rs;
    }

    /** The canvas pixels per layout unit now (the window's zoom; 1 without one). */
    public double renderScale() {
        return rs;
    }

    private asyncscope.app.model.StateNames stateNames = asyncscope.app.model.StateNames.NONE;

    private StageFocus focus = StageFocus.ALL;

    /** Draws only the parts {@code f} shows (a lesson's {@code stage:}); {@link StageFocus#ALL} draws everything. */
    public void setFocus(StageFocus f) {
        focus = f == null ? StageFocus.ALL : f;
    }

    public StageFocus focus() {
        return focus;
    }

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
        userScale = s;
        scale = userScale * rs;
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

    private final TextMeasure measure = TextMeasure.shared();
    private TextPlacer texts = new TextPlacer(measure);
    /** Scale of the last layout: the presenter scale, shrunk when the canvas is too small for it. */
    private double ls = 1;

    /** The texts of the last paint, as laid out (what a test checks for overlaps and clipping). */
    public TextPlacer texts() {
        return texts;
    }

    /** Paints at a given canvas size without a window (tests, exports). */
    public void paintAt(double w, double h, long now) {
        setRenderScale(1);
        canvas.setWidth(w);
        canvas.setHeight(h);
        paint(now);
    }

    private Rect canvasRect() {
        return new Rect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /** Where free labels (event labels, fades) may go: the canvas above the caption. */
    private Rect stageRect() {
        return new Rect(0, 0, canvas.getWidth(), layout.captionTop);
    }

    private PlacedText text(String kind, String t, double size, boolean bold, PlacedText.Tone tone, Rect in,
                            boolean required, TextPlacer.Spot... spots) {
        return texts.place(kind, t, size * ls, bold, tone, in, required, true, false, spots);
    }

    /** Arrows drawn by the last pass, and those the next pass places its labels around. */
    private final List<TextPlacer.Segment> drawnArrows = new ArrayList<>();
    private List<TextPlacer.Segment> plannedArrows = List.of();

    /**
     * Paints the stage. When the last event draws an arrow, its shaft is known only once tokens and widgets
     * are placed, so the stage is laid out a second time with the arrow as an obstacle: no label lies on it.
     */
    public void paint(long now) {
        boolean snap = snapNext;
        plannedArrows = List.of();
        drawnArrows.clear();
        paintPass(now);
        if (!drawnArrows.isEmpty()) {
            plannedArrows = List.copyOf(drawnArrows);
            drawnArrows.clear();
            snapNext = snap;
            paintPass(now);
        }
    }

    private void paintPass(long now) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(bg());
        g.fillRect(0, 0, w, h);
        busy = false;
        texts = new TextPlacer(measure);
        plannedArrows.forEach(texts::arrow);
        ls = scale;
        if (state == null || w < 50 || h < 50) {
            g.setFill(muted());
            double size = 20 * scale;
            java.util.List<String> lines = wrap(emptyMessage, font(20, false), w - 40);
            double lh = 30 * scale;
            for (int i = 0; i < lines.size(); i++) {
                double y = h / 2 + (i - lines.size() / 2.0) * lh;
                texts.place("empty", lines.get(i), size, false, PlacedText.Tone.MUTED, canvasRect(), true, true, false,
                        TextPlacer.Spot.centre(w / 2, y));
            }
            paintTexts(g);
            layout = null;
            return;
        }
        boolean mainPolls = model.spans().count(model.spans().workers()) > 0;
        layout = StageLayout.fit(state, w, h, scale, mainPolls, measure, id -> WaitsOn.target(model, state, id), focus);
        ls = layout.scale;
        g.setTextBaseline(VPos.TOP);
        // Tokens first: every label after them keeps off their discs.
        Map<Long, double[]> now2 = new HashMap<>();
        for (StageLayout.Token t : layout.tokens) {
            double r = layout.tokenRadius;
            texts.token(Long.toString(t.task()), new Rect(t.x() - r, t.y() - r, 2 * r, 2 * r), tokenFont(t.task()), tokenContainer(t));
        }
        paintCaption(g);
        if (layout.aggregated) {
            paintCounts(g);
        }
        for (StageLayout.Box b : layout.boxes) {
            paintBox(g, b);
        }
        for (StageLayout.Bar b : layout.bars) {
            paintBar(g, b);
        }
        for (Map.Entry<StageLayout.Box, Integer> e : layout.overflow.entrySet()) {
            StageLayout.Box b = e.getKey();
            double th = measure.height(15 * ls, true);
            double[] at = layout.overflowAt.get(b);
            if (at != null) {
                text("more", "+" + e.getValue() + " more", 15, true, PlacedText.Tone.MUTED, new Rect(b.x(), b.y(), b.w(), b.h()), true,
                        TextPlacer.Spot.left(at[0], at[1] - th / 2));
                continue;
            }
            double cy = b.y() + layout.titleBand + (b.h() - layout.titleBand) / 2;
            text("more", "+" + e.getValue() + " more", 15, true, PlacedText.Tone.MUTED, new Rect(b.x(), b.y(), b.w(), b.h()), true,
                    TextPlacer.Spot.right(b.x() + b.w() - 8 * ls, cy - th / 2),
                    TextPlacer.Spot.right(b.x() + b.w() - 8 * ls, b.y() + b.h() - th - 2 * ls));
        }
        // Beside each waiting token, what it waits for (in the row) or its deadline (beside the wheel).
        for (StageLayout.Token t : layout.tokens) {
            StageLayout.Tag tag = layout.tagBeside.get(t.task());
            if (tag != null) {
                double th = measure.height(12 * ls, false);
                text("tag", tag.text(), 12, false, PlacedText.Tone.MUTED, tag.room(), true,
                        TextPlacer.Spot.left(tag.room().x(), t.y() - th / 2));
            }
        }
        if (layout.wheel != null) {
            paintWheel(g);
        }
        paintResources(g);
        for (StageLayout.Token t : layout.tokens) {
            double[] p = animated(t, now);
            now2.put(t.task(), p);
            paintToken(g, t, p[0], p[1]);
        }
        paintFinished(g, now2, now);
        paintLastEvent(g, now2);
        paintTexts(g);
        lastPos.clear();
        lastPos.putAll(now2);
        anims.keySet().retainAll(now2.keySet());
        snapNext = false;
    }

    /** The box a token is drawn in (its container for the overlap check). */
    private Rect tokenContainer(StageLayout.Token t) {
        return new Rect(0, 0, canvas.getWidth(), layout.captionTop);
    }

    /** The largest bold size (at most 13 at scale 1) at which the task id fits inside its disc. */
    private double tokenFont(long id) {
        double r = layout.tokenRadius;
        String s = Long.toString(id);
        double size = 13 * ls;
        while (size > 6 * ls && measure.width(s, size, true) > 2 * r - 3 * ls) {
            size -= 0.5 * ls;
        }
        return size;
    }

    /** Paints every placed text (tokens' ids are painted with their tokens). */
    private void paintTexts(GraphicsContext g) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (PlacedText p : texts.placed()) {
            if (p.kind().equals("token")) {
                continue;
            }
            Rect r = p.rect();
            if (p.backdrop()) {
                g.setFill(dark ? Color.color(0, 0, 0, 0.75) : Color.color(1, 1, 1, 0.88));
                g.fillRect(r.x() - 2, r.y(), r.w() + 4, r.h());
            }
            g.setFill(switch (p.tone()) {
                case INK -> ink();
                case MUTED -> muted();
                case GOOD -> dark ? Color.web("#3fb950") : Color.web("#1a7f46");
                case ACCENT -> accent();
                case ON_TOKEN -> Color.WHITE;
            });
            g.setFont(TextMeasure.font(p.size(), p.bold()));
            g.fillText(p.text(), r.x(), r.y());
        }
    }

    private Color accent() {
        return dark ? Color.web("#ffd33d") : Color.web("#d1242f");
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
        double r = 10 * ls;
        Rect box = new Rect(b.x(), b.y(), b.w(), b.h());
        switch (b.kind()) {
            case "worker", "inject", "main", "blocking", "waiting", "wheel", "resources" -> {
                boolean parked = b.kind().equals("worker") && state.parked(b.lane());
                g.setFill(parked ? (dark ? Color.web("#10151b") : Color.web("#eceff3")) : panel());
                g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), r, r);
                g.setStroke(border());
                g.setLineWidth(1.5 * ls);
                g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), r, r);
                boolean lane = !b.kind().equals("wheel") && !b.kind().equals("resources");
                // A lane's title and status stay in its label column, left of its running box and queues.
                Rect column = lane ? new Rect(b.x(), b.y(), layout.labelRight - b.x(), b.h()).inset(2 * ls) : box.inset(2 * ls);
                PlacedText title = text("title", b.title(), 17, true, PlacedText.Tone.INK, column, true,
                        TextPlacer.Spot.left(b.x() + 10 * ls, b.y() + 7 * ls));
                String sub = switch (b.kind()) {
                    case "inject" -> "global";
                    case "blocking" -> blockingStatus();
                    case "main" -> layout.mainThreadPolls ? "main thread" : layout.blockOnLane() ? "woken here" : "= worker 0";
                    case "waiting" -> EventText.plural(layout.waitingRowCount, "task");
                    case "worker" -> parked ? "parked (zzz)" : state.running(b.lane()) >= 0 ? "polling" : "searching";
                    default -> null;
                };
                if (sub != null && title != null) {
                    PlacedText.Tone tone = b.kind().equals("worker") && !parked ? PlacedText.Tone.GOOD : PlacedText.Tone.MUTED;
                    text("status", sub, 14, false, tone, column, true,
                            TextPlacer.Spot.left(b.x() + 10 * ls, title.rect().bottom() + 1 * ls));
                }
            }
            default -> {
                g.setStroke(b.kind().equals("running") ? Color.web("#1a9e5a") : border());
                g.setLineDashes(b.kind().equals("queue") ? new double[] {4 * ls, 4 * ls} : null);
                g.setLineWidth((b.kind().equals("running") ? 2 : 1) * ls);
                g.strokeRoundRect(b.x() + 2, b.y() + 4 * ls, b.w() - 4, b.h() - 8 * ls, r, r);
                g.setLineDashes((double[]) null);
                Rect inner = new Rect(b.x() + 3, b.y() + 4 * ls, b.w() - 6, b.h() - 8 * ls);
                text("title", b.title(), 12, false, PlacedText.Tone.MUTED, inner, true,
                        TextPlacer.Spot.left(b.x() + 8 * ls, b.y() + 6 * ls));
                if (b.kind().equals("running")) {
                    long id = b.lane() >= 0 ? state.running(b.lane()) : state.mainRunning();
                    if (id >= 0) {
                        TaskInfo ti = model.tasks().byId(id);
                        String name = ti == null ? "task " + id : ti.name().equals("task-" + id) ? "task " + id : ti.name();
                        int st = ti == null ? -1 : state.stateMachineState(ti.index());
                        double tx = b.x() + 2 * layout.tokenRadius + 18 * ls;
                        double cy = b.y() + layout.titleBand + (b.h() - layout.titleBand) / 2;
                        Rect room = new Rect(tx, b.y() + layout.titleBand, b.x() + b.w() - 6 * ls - tx,
                                b.h() - layout.titleBand - 4 * ls);
                        double nh = measure.height(16 * ls, true);
                        double sh = measure.height(12 * ls, false);
                        boolean two = st >= 0 && nh + sh <= room.h();
                        double top = two ? cy - (nh + sh) / 2 : cy - nh / 2;
                        PlacedText n = text("name", name, 16, true, PlacedText.Tone.INK, room, true,
                                TextPlacer.Spot.left(tx, Math.max(room.y(), top)));
                        if (two && n != null) {
                            text("state", ti == null ? "state " + st : stateLabel(ti.name(), st), 12, false, PlacedText.Tone.MUTED,
                                    room, false, TextPlacer.Spot.left(tx, n.rect().bottom()));
                        }
                    }
                }
            }
        }
    }

    /** The pool's status: how many threads it has (its boxes may not all fit), how many are busy. */
    private String blockingStatus() {
        int busyN = 0;
        for (int i = 0; i < state.blockingThreads(); i++) {
            busyN += state.blockingRunning(i) >= 0 ? 1 : 0;
        }
        return busyN + " of " + state.blockingThreads() + " busy";
    }

    private void paintBar(GraphicsContext g, StageLayout.Bar b) {
        int total = Math.max(1, model.tasks().size());
        double frac = Math.min(1, Math.sqrt(b.count() / (double) total));
        g.setFill(dark ? Color.web("#263241") : Color.web("#e3e8ef"));
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        // heat: from cool blue (few) to hot orange (many)
        g.setFill(Color.web("#2f6fde").interpolate(Color.web("#e0582b"), frac));
        g.fillRoundRect(b.x(), b.y(), Math.max(b.count() > 0 ? 6 : 0, b.w() * frac), b.h(), 8, 8);
        Rect bar = new Rect(b.x(), b.y(), b.w(), b.h());
        double th = measure.height(16 * ls, true);
        TextPlacer.Spot at = TextPlacer.Spot.left(b.x() + 8 * ls, b.y() + (b.h() - th) / 2);
        // The count always shows in full; the word goes when the bar is too short for it.
        if (texts.place("count", String.format("%,d queued", b.count()), 16 * ls, true, PlacedText.Tone.INK, bar, false, false, true, at) == null) {
            texts.place("count", String.format("%,d", b.count()), 16 * ls, true, PlacedText.Tone.INK, bar, true, false, true, at);
        }
    }

    private void paintCounts(GraphicsContext g) {
        int[] c = state.statusCounts();
        String text = String.format("%,d task%s: %,d queued · %,d running · %,d waiting · %,d done",
                model.tasks().size(), model.tasks().size() == 1 ? "" : "s", c[TaskStatus.QUEUED.ordinal()], c[TaskStatus.RUNNING.ordinal()],
                c[TaskStatus.WAITING.ordinal()], c[TaskStatus.DONE.ordinal()]);
        double y = layout.captionTop + 4 * ls;
        text("counts", text, 14, false, PlacedText.Tone.MUTED, canvasRect(), true, TextPlacer.Spot.left(14 * ls, y));
    }

    private void paintToken(GraphicsContext g, StageLayout.Token t, double x, double y) {
        double r = layout.tokenRadius;
        Color c = TaskColors.of(t.task());
        if (t.task() == selected) {
            g.setStroke(ink());
            g.setLineWidth(3 * ls);
            g.strokeOval(x - r - 4 * ls, y - r - 4 * ls, 2 * r + 8 * ls, 2 * r + 8 * ls);
        }
        disc(g, t.task(), x, y, r, tokenFont(t.task()));
        g.setStroke(c.darker());
        g.setLineWidth(1.5 * ls);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** A task's disc with its id in white, centred. */
    private void disc(GraphicsContext g, long task, double x, double y, double r, double size) {
        g.setFill(TaskColors.of(task));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.WHITE);
        g.setFont(TextMeasure.font(size, true));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Long.toString(task), x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
    }

    private void paintWheel(GraphicsContext g) {
        double cx = layout.wheel[0];
        double cy = layout.wheel[1];
        double r = layout.wheel[2];
        StageLayout.Box box = layout.boxOfKind("wheel");
        Rect in = new Rect(box.x(), box.y(), box.w(), box.h()).inset(3 * ls);
        int levels = 6;
        g.setLineWidth(1);
        for (int l = 0; l < levels; l++) {
            double rr = r * (l + 1) / levels;
            g.setStroke(border());
            g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
        }
        // The "now" hand: where level 0 stands at the playhead (its slot is the current ms modulo 64); a timer
        // fires when the hand reaches its slot on level 0, higher levels cascade down as it comes round.
        long nowMs = state.time() / 1_000_000;
        double na = 2 * Math.PI * (nowMs % 64) / 64 - Math.PI / 2;
        g.setStroke(accent());
        g.setLineWidth(2 * ls);
        g.strokeLine(cx, cy, cx + r * Math.cos(na), cy + r * Math.sin(na));
        double nh = measure.height(SMALLEST_TEXT * ls, true);
        double hx = cx + (r + 3 * ls) * Math.cos(na);
        double hy = cy + (r + 3 * ls) * Math.sin(na);
        texts.place("now", "now", SMALLEST_TEXT * ls, true, PlacedText.Tone.ACCENT, in, false, false, false,
                TextPlacer.Spot.centre(hx, Math.cos(na) > 0.3 || Math.cos(na) < -0.3 ? hy - nh / 2 : (Math.sin(na) < 0 ? hy - nh : hy)),
                Math.cos(na) >= 0 ? TextPlacer.Spot.left(hx, hy - nh / 2) : TextPlacer.Spot.right(hx, hy - nh / 2),
                // under the box's title, beside the hand's tip
                Math.cos(na) >= 0 ? TextPlacer.Spot.left(hx + 4 * ls, hy + 2 * ls) : TextPlacer.Spot.right(hx - 4 * ls, hy + 2 * ls));
        // Level numbers in the band of each ring along the lower-left diagonal (where slot 40 is: away from
        // the quarter labels); slot numbers at the quarters.
        double lh0 = measure.height(SMALLEST_TEXT * ls, false);
        for (int l = 0; l < levels; l++) {
            double inner = r * l / levels;
            double outer = r * (l + 1) / levels;
            double mid = (inner + outer) / 2;
            if (outer - inner >= lh0 * 0.9) {
                texts.place("level", "L" + l, SMALLEST_TEXT * ls, false, PlacedText.Tone.MUTED, in, false, false, false,
                        TextPlacer.Spot.centre(cx - mid * Math.sqrt(0.5), cy + mid * Math.sqrt(0.5) - lh0 / 2));
            }
        }
        for (int q = 1; q < 4; q++) {
            double a = 2 * Math.PI * q / 4 - Math.PI / 2;
            double sx = cx + (r + 3 * ls) * Math.cos(a);
            double sy = cy + (r + 3 * ls) * Math.sin(a);
            String t = "slot " + (q * 16);
            texts.place("slot", t, SMALLEST_TEXT * ls, false, PlacedText.Tone.MUTED, in, false, false, false,
                    q == 1 ? TextPlacer.Spot.left(sx, sy - lh0 / 2) : q == 2 ? TextPlacer.Spot.centre(sx, sy) : TextPlacer.Spot.right(sx, sy - lh0 / 2));
        }
        // The count goes with the caption, below the rings: at the centre it would cover level-0 timers.
        text("wheel", "rings = levels 0–5 · 64 slots · " + state.timers().size() + " armed", SMALLEST_TEXT, false, PlacedText.Tone.MUTED, in, true,
                TextPlacer.Spot.left(box.x() + 10 * ls, box.y() + box.h() - 8 * ls - lh0),
                TextPlacer.Spot.centre(cx, cy + r + 4 * ls + lh0 + 2 * ls));
        // Timer squares first (labels keep off them), then each deadline beside its square where there is
        // room: right, left, above, below; timers whose label finds no room are counted instead.
        double sq = 11 * ls;
        List<double[]> at = new ArrayList<>();
        for (TimerEntry t : state.timers().values()) {
            double rr = r * (t.level() + 0.5) / levels;
            double a = 2 * Math.PI * t.slot() / 64 - Math.PI / 2;
            double x = cx + rr * Math.cos(a);
            double y = cy + rr * Math.sin(a);
            g.setFill(t.task() >= 0 ? TaskColors.of(t.task()) : Color.GRAY);
            g.fillRect(x - sq / 2, y - sq / 2, sq, sq);
            texts.obstacle(new Rect(x - sq / 2, y - sq / 2, sq, sq));
            at.add(new double[] {x, y});
        }
        int i = 0;
        int unlabelled = 0; // a timer whose label finds no room keeps its square; the count says how many
        double lh = measure.height(11 * ls, true);
        for (TimerEntry t : state.timers().values()) {
            double x = at.get(i)[0];
            double y = at.get(i)[1];
            i++;
            String label = ms(t.deadline());
            if (texts.place("deadline", label, 11 * ls, true, PlacedText.Tone.INK, in, false, false, true,
                    TextPlacer.Spot.left(x + sq / 2 + 2 * ls, y - lh / 2),
                    TextPlacer.Spot.right(x - sq / 2 - 2 * ls, y - lh / 2),
                    TextPlacer.Spot.centre(x, y - sq / 2 - lh - 1 * ls),
                    TextPlacer.Spot.centre(x, y + sq / 2 + 1 * ls)) != null) {
                continue;
            }
            // Timers in neighbouring slots: the label goes outside the rings, in the first free line of a
            // column on that side, with a leader line to its square — one under another, never on top.
            double a = Math.atan2(y - cy, x - cx);
            boolean rightSide = Math.cos(a) >= 0;
            double ox = cx + (r + 8 * ls) * (rightSide ? 1 : -1) * Math.max(0.35, Math.abs(Math.cos(a)));
            double oy = cy + (r + 4 * ls) * Math.sin(a);
            PlacedText placed = null;
            for (int k = 0; k < 12 && placed == null; k++) {
                double dy = (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * (lh + 1 * ls);
                TextPlacer.Spot spot = rightSide ? TextPlacer.Spot.left(ox, oy - lh / 2 + dy) : TextPlacer.Spot.right(ox, oy - lh / 2 + dy);
                placed = texts.place("deadline", label, 11 * ls, true, PlacedText.Tone.INK, in, false, false, true, spot);
            }
            if (placed == null) {
                unlabelled++;
                continue;
            }
            g.setStroke(muted());
            g.setLineWidth(1);
            Rect pr = placed.rect();
            g.strokeLine(x, y, rightSide ? pr.x() - 1 : pr.right() + 1, pr.y() + pr.h() / 2);
        }
    }

    /** A deadline in ms, with a decimal only when it is not a whole millisecond. */
    static String ms(long nanos) {
        return asyncscope.app.model.RunClockText.deadline(nanos);
    }

    private final Map<Long, double[]> resourceAnchors = new HashMap<>();

    /**
     * One widget per resource: a channel's buffer as cells (filled = messages in it), a semaphore's
     * permits as dots (filled = free), then the waiting line as task tokens; sockets below. A widget that
     * would not fit in what is left of the box is not started: a "+N more" line counts the rest.
     */
    private void paintResources(GraphicsContext g) {
        resourceAnchors.clear();
        StageLayout.Box box = layout.boxOfKind("resources");
        // Who waits on which resource or socket: the resource's own queue first, then tasks parked on it otherwise.
        Map<Long, List<Long>> waiters = new HashMap<>();
        for (var r : state.resources().values()) {
            List<Long> ws = new ArrayList<>();
            for (long t : r.waiting()) {
                WaitsOn.Target tg = layout.waitTargets.get(t);
                if (tg != null && tg.kind() == WaitsOn.Target.Kind.RESOURCE && tg.id() == r.id()) {
                    ws.add(t);
                }
            }
            waiters.put(r.id(), ws);
        }
        Map<Long, Long> socketWaiter = new HashMap<>();
        for (var e : layout.waitTargets.entrySet()) {
            WaitsOn.Target tg = e.getValue();
            if (tg.kind() == WaitsOn.Target.Kind.RESOURCE && waiters.containsKey(tg.id()) && !waiters.get(tg.id()).contains(e.getKey())) {
                waiters.get(tg.id()).add(e.getKey());
            } else if (tg.kind() == WaitsOn.Target.Kind.SOCKET) {
                socketWaiter.put(tg.id(), e.getKey());
            }
        }
        if (layout.aggregated) {
            waiters.values().forEach(List::clear); // counted in the waiting bar; the widget shows its own queue
            socketWaiter.clear();
        }
        if (!layout.resourcesShown) {
            waiters.values().forEach(List::clear); // the lesson's focus hides the widgets: they wait in the row
        }
        if (!layout.socketsShown) {
            socketWaiter.clear();
        }
        int hiddenBefore = layout.waitingHidden;
        int[] hidden = {0};
        waiters.values().forEach(ws -> hidden[0] += ws.size());
        hidden[0] += socketWaiter.size();
        if (box == null) {
            layout.waitingHidden = hiddenBefore + hidden[0];
            return;
        }
        Rect in = new Rect(box.x(), box.y(), box.w(), box.h()).inset(3 * ls);
        double x0 = box.x() + 12 * ls;
        double y = box.y() + 7 * ls + measure.height(17 * ls, true) + 6 * ls;
        double bottom = box.y() + box.h() - 6 * ls;
        double cell = 22 * ls;
        double titleH = measure.height(15 * ls, true);
        double lineH = measure.height(13 * ls, false);
        double moreH = lineH + 4 * ls;
        int count = state.resources().size() + state.sockets().size();
        int done = 0;
        double tr = layout.aggregated ? 11 * ls : layout.tokenRadius;
        for (var r : state.resources().values()) {
            boolean sem = asyncscope.app.model.ResourceEntry.holdsPermits(r.kind());
            List<Long> line = layout.aggregated ? r.waiting() : waiters.get(r.id());
            boolean waits = !line.isEmpty();
            double need = titleH + lineH + 6 * ls + cell + 10 * ls + (waits ? lineH + 4 * ls + 2 * tr : 0) + 10 * ls;
            double reserve = done + 1 < count ? moreH : 0;
            if (y + need > bottom - reserve) {
                // No room for the widget: one line says the same in words.
                if (y + lineH + 4 * ls > bottom - reserve) {
                    break;
                }
                String words = model.resourceName(r.id()) + ": " + ResourceText.describe(r)
                        + (waits ? " · " + line.size() + " waiting" : "");
                text("resource", words, 13, false, PlacedText.Tone.INK, in, true, TextPlacer.Spot.left(x0, y));
                resourceAnchors.put(r.id(), new double[] {x0 + 40 * ls, y + lineH / 2});
                y += lineH + 4 * ls;
                done++;
                continue;
            }
            text("resource", model.resourceName(r.id()), 15, true,
                    PlacedText.Tone.INK, in, true, TextPlacer.Spot.left(x0, y));
            y += titleH;
            String what = ResourceText.describe(r);
            text("resource", what, 13, false, PlacedText.Tone.MUTED, in, true, TextPlacer.Spot.left(x0, y));
            y += lineH + 6 * ls;
            double cy = y;
            int n = (int) Math.min(Math.max(0, (in.right() - x0 - 4 * ls) / (cell + 4 * ls)), ResourceText.cells(r, 12));
            long full = ResourceText.filled(r);
            Color on = switch (r.kind()) {
                case "rwlock" -> r.writeLocked() ? Color.web("#e0582b") : Color.web("#2f6fde");
                case "barrier" -> Color.web("#8250df");
                default -> sem ? Color.web("#1a9e5a") : Color.web("#2f6fde");
            };
            for (int i = 0; i < n; i++) {
                boolean filled = i < full;
                double cx = x0 + i * (cell + 4 * ls);
                g.setFill(filled ? on : (dark ? Color.web("#263241") : Color.web("#e3e8ef")));
                if (sem) {
                    g.fillOval(cx, cy, cell, cell);
                } else {
                    g.fillRoundRect(cx, cy, cell, cell, 5, 5);
                }
                g.setStroke(border());
                g.strokeRoundRect(cx, cy, cell, cell, sem ? cell : 5, sem ? cell : 5);
                texts.obstacle(new Rect(cx, cy, cell, cell));
            }
            resourceAnchors.put(r.id(), new double[] {x0 + n * (cell + 4 * ls) / 2, cy + cell / 2});
            y += cell + 10 * ls;
            if (waits) {
                String head = switch (r.kind()) {
                    case "semaphore", "mutex" -> "waiting for a permit:";
                    case "rwlock" -> "waiting for the lock:";
                    case "barrier" -> "arrived, waiting for the rest:";
                    default -> "waiting:";
                };
                text("resource", head, 13, false, PlacedText.Tone.MUTED, in, true, TextPlacer.Spot.left(x0, y));
                y += lineH + 4 * ls;
                int fit = (int) Math.max(0, (in.right() - x0) / (2 * tr + 5 * ls));
                int shownW = Math.min(line.size(), line.size() > fit ? Math.max(0, fit - 2) : fit);
                for (int i = 0; i < shownW; i++) {
                    long t = line.get(i);
                    double tx = x0 + tr + i * (2 * tr + 5 * ls);
                    double ty = y + tr;
                    if (layout.aggregated) {
                        double size = 11 * ls;
                        while (size > 6 * ls && measure.width(Long.toString(t), size, true) > 2 * tr - 2 * ls) {
                            size -= 0.5 * ls;
                        }
                        disc(g, t, tx, ty, tr, size);
                        texts.token(Long.toString(t), new Rect(tx - tr, ty - tr, 2 * tr, 2 * tr), size, in);
                    } else {
                        // A waiting task's own token: it is drawn here, beside what it waits on, and nowhere else.
                        addWaitingToken(t, tx, ty, i, in);
                        hidden[0]--;
                    }
                }
                if (shownW < line.size()) {
                    text("more", "+" + (line.size() - shownW), 13, true, PlacedText.Tone.MUTED, in, true,
                            TextPlacer.Spot.left(x0 + shownW * (2 * tr + 5 * ls) + 2 * ls, y + tr - lineH / 2));
                }
                y += 2 * tr;
            }
            y += 10 * ls;
            done++;
        }
        // Sockets, one line each while they fit in the box (a task waiting on one drawn at its start); then a
        // count, never spilling over the caption.
        double sh = measure.height(14 * ls, false) + 6 * ls;
        for (var so : state.sockets().values()) {
            Long waiter = socketWaiter.get(so.resource());
            double lh = waiter != null ? Math.max(sh, 2 * layout.tokenRadius + 6 * ls) : sh;
            if (done >= state.resources().size() && y + lh <= bottom - (done + 1 < count ? moreH : 0)) {
                double tx = x0;
                if (waiter != null) {
                    addWaitingToken(waiter, x0 + layout.tokenRadius, y + lh / 2, 0, in);
                    hidden[0]--;
                    tx = x0 + 2 * layout.tokenRadius + 8 * ls;
                }
                text("socket", "socket " + so.label() + (so.readiness() != 0 ? ": ready" : ": waiting"), 14, false,
                        PlacedText.Tone.INK, in, true, TextPlacer.Spot.left(tx, y + (lh - measure.height(14 * ls, false)) / 2));
                resourceAnchors.put(so.resource(), new double[] {tx + 60 * ls, y + lh / 2});
                y += lh;
                done++;
            }
        }
        if (done < count) {
            int ready = 0;
            for (var o : state.sockets().values()) {
                ready += o.readiness() != 0 ? 1 : 0;
            }
            String more = "+" + (count - done) + " more" + (state.sockets().isEmpty() ? "" : " (" + ready + " socket" + (ready == 1 ? "" : "s") + " ready)");
            text("more", more, 13, false, PlacedText.Tone.MUTED, in, true, TextPlacer.Spot.left(x0, Math.min(y, bottom - lineH)));
        }
        layout.waitingHidden = hiddenBefore + hidden[0];
    }

    /** Adds a waiting task's token to the layout where the resources box draws it (tests and clicks find it there). */
    private void addWaitingToken(long task, double x, double y, int slot, Rect in) {
        StageLayout.Token t = new StageLayout.Token(task, x, y, asyncscope.app.model.Place.NONE, -1, slot);
        layout.tokens.add(t);
        layout.waitTags.put(task, layout.waitTargets.get(task).words());
        double r = layout.tokenRadius;
        texts.token(Long.toString(task), new Rect(x - r, y - r, 2 * r, 2 * r), tokenFont(task), tokenContainer(t));
    }

    /** Tasks that just finished or were dropped fade out where they were last drawn. */
    private void paintFinished(GraphicsContext g, Map<Long, double[]> drawn, long now) {
        int at = state.applied() - 1;
        if (at >= 0) {
            Event e = model.event(at);
            boolean already = fades.stream().anyMatch(f -> f.event() == at);
            if (e.payload() instanceof Payload.Drop d && e.task() >= 0 && !already) {
                // A future dropped inside a live task (select!'s loser, a timeout): its name fades out beside the task.
                double[] p = drawn.containsKey(e.task()) ? drawn.get(e.task()) : lastPos.get(e.task());
                if (p != null) {
                    String why = d.reason() == Payload.DropReason.SELECT_LOSER ? "select! loser" : d.reason().name().toLowerCase().replace('_', ' ');
                    fades.removeIf(f -> f.task() == e.task() && !f.disc());
                    fades.add(new Fade(e.task(), p[0], p[1], "✕ dropped: " + d.what() + " (" + why + ")", now, false, at));
                }
            } else if (e.payload() instanceof Payload.Complete c && !drawn.containsKey(e.task()) && !already) {
                double[] p = lastPos.get(e.task());
                if (p != null) {
                    fades.add(new Fade(e.task(), p[0], p[1], c.outcome().name().toLowerCase(), now, true, at));
                }
            }
        }
        fades.removeIf(f -> now - f.t0() > FADE_NANOS);
        for (Fade f : fades) {
            double alpha = 1 - (now - f.t0()) / (double) FADE_NANOS;
            Color c = TaskColors.of(f.task());
            double r = layout.tokenRadius;
            g.setGlobalAlpha(Math.max(0, alpha));
            if (f.disc()) {
                g.setFill(c);
                g.fillOval(f.x() - r, f.y() - r, 2 * r, 2 * r);
            }
            g.setGlobalAlpha(1);
            double[] at2 = f.disc() || !drawn.containsKey(f.task()) ? new double[] {f.x(), f.y()} : drawn.get(f.task());
            freeLabel("fade", f.label(), f.disc() ? PlacedText.Tone.INK : PlacedText.Tone.ACCENT, at2, !f.disc());
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
        Color accent = accent();
        if (p instanceof Payload.Wake wk) {
            double[] to = drawn.get(e.task());
            if (to == null) {
                to = lastPos.get(e.task());
            }
            if (to == null) {
                return;
            }
            double[] from = wk.by() >= 0 && wk.by() != e.task() ? drawn.get(wk.by()) : null;
            boolean fromToken = from != null;
            if (from == null && wk.source().resource() >= 0) {
                from = resourceAnchors.get(wk.source().resource());
            }
            if (from == null && wk.source().kind() == asyncscope.engine.event.WakeSource.Kind.TIMER && layout.wheel != null) {
                from = new double[] {layout.wheel[0], layout.wheel[1]};
            }
            if (from == null) {
                from = new double[] {to[0] + 10 * ls, to[1] - 60 * ls};
            }
            arrow(g, from, to, accent, "woken by " + model.wakeSource(wk.source()), fromToken);
        } else if (p instanceof Payload.Steal st && e.worker() >= 0) {
            StageLayout.Box v = layout.laneBox(st.victim());
            StageLayout.Box t = layout.laneBox(e.worker());
            if (v != null && t != null) {
                double x = v.x() + v.w() * 0.55;
                arrow(g, new double[] {x, v.y() + v.h() / 2}, new double[] {x + 40 * ls, t.y() + t.h() / 2}, accent,
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
                arrow(g, from, to, accent, "schedule → " + sc.where().name().toLowerCase(), true);
            } else if (to != null) {
                freeLabel("event", "scheduled (" + sc.where().name().toLowerCase() + ")", PlacedText.Tone.ACCENT, to, true);
            }
        } else if (p instanceof Payload.PollEnd pe) {
            double[] at2 = drawn.get(e.task());
            if (at2 == null) {
                at2 = lastPos.get(e.task());
            }
            if (at2 != null) {
                freeLabel("event", pe.ready() ? "Ready" : "Pending", PlacedText.Tone.ACCENT, at2, true);
            }
        } else if (p instanceof Payload.Park && e.worker() >= 0) {
            StageLayout.Box b = layout.laneBox(e.worker());
            if (b != null) {
                freeLabel("event", "park", PlacedText.Tone.ACCENT, new double[] {layout.labelRight + layout.tokenRadius + 10 * ls,
                        b.y() + layout.titleBand + (b.h() - layout.titleBand) / 2}, true);
            }
        }
    }

    /** The last event in words, large, along the bottom: what just happened. */
    private void paintCaption(GraphicsContext g) {
        int at = state.applied() - 1;
        String text = at < 0 ? "Start: nothing has happened yet. Press → to step, Space to play."
                : "#" + (at + 1) + "  " + EventText.describe(model, model.event(at), state); // numbered as the transport counts
        Rect in = new Rect(0, layout.captionTop, canvas.getWidth(), canvas.getHeight() - layout.captionTop).inset(4 * ls);
        double bottom = canvas.getHeight() - 10 * ls;
        // Smaller before shorter: the caption is the one sentence a class reads, so it loses size first.
        for (double size : new double[] {19, 17, 15}) {
            if (texts.place("caption", text, size * ls, true, PlacedText.Tone.INK, in, false, false, false,
                    TextPlacer.Spot.left(14 * ls, bottom - measure.height(size * ls, true))) != null) {
                return;
            }
        }
        text("caption", text, 15, true, PlacedText.Tone.INK, in, true,
                TextPlacer.Spot.left(14 * ls, bottom - measure.height(15 * ls, true)));
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

    /**
     * A label that belongs to a token (its Ready/Pending, how it ended): above it, else right of it, below
     * it or left of it — wherever it covers no other text or token. A label that finds no room is left out.
     */
    private PlacedText freeLabel(String kind, String text, PlacedText.Tone tone, double[] at, boolean backdrop) {
        double r = layout.tokenRadius;
        double size = 15 * ls;
        double h = measure.height(size, true);
        return texts.place(kind, text, size, true, tone, stageRect(), false, false, backdrop,
                TextPlacer.Spot.centre(at[0], at[1] - r - h - 2 * ls),
                TextPlacer.Spot.left(at[0] + r + 4 * ls, at[1] - h / 2),
                TextPlacer.Spot.centre(at[0], at[1] + r + 2 * ls),
                TextPlacer.Spot.right(at[0] - r - 4 * ls, at[1] - h / 2),
                TextPlacer.Spot.left(at[0] - r, at[1] - r - h - 2 * ls),
                TextPlacer.Spot.right(at[0] + r, at[1] - r - h - 2 * ls));
    }

    private void arrow(GraphicsContext g, double[] from, double[] to, Color c, String text) {
        arrow(g, from, to, c, text, false);
    }

    /** An arrow to a token ({@code fromToken}: from another token's rim, not across its id). */
    private void arrow(GraphicsContext g, double[] from, double[] to, Color c, String text, boolean fromToken) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double len = Math.hypot(dx, dy);
        double r = layout.tokenRadius + 3;
        if (len < 1 || (fromToken && len < 2 * r + 4)) {
            freeLabel("event", text, PlacedText.Tone.ACCENT, to, true);
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        if (fromToken) {
            from = new double[] {from[0] + ux * r, from[1] + uy * r};
        }
        double ex = to[0] - ux * r;
        double ey = to[1] - uy * r;
        TextPlacer.Segment shaft = new TextPlacer.Segment(from[0], from[1], ex, ey, 2 * ls + 2);
        drawnArrows.add(shaft);
        if (plannedArrows.isEmpty()) {
            texts.arrow(shaft); // first pass: at least the arrow's own label keeps off it
        }
        g.setStroke(c);
        g.setLineWidth(3 * ls);
        g.strokeLine(from[0], from[1], ex, ey);
        double hs = 12 * ls;
        g.setFill(c);
        g.fillPolygon(new double[] {ex, ex - ux * hs - uy * hs * 0.6, ex - ux * hs + uy * hs * 0.6},
                new double[] {ey, ey - uy * hs + ux * hs * 0.6, ey - uy * hs - ux * hs * 0.6}, 3);
        double size = 15 * ls;
        double h = measure.height(size, true);
        double mx = (from[0] + ex) / 2;
        double my = (from[1] + ey) / 2;
        // Beside the middle of the arrow, else at its start, else next to the target.
        if (texts.place("event", text, size, true, PlacedText.Tone.ACCENT, stageRect(), false, false, true,
                TextPlacer.Spot.left(mx + 6 * ls, my - h - 2 * ls),
                TextPlacer.Spot.right(mx - 6 * ls, my - h - 2 * ls),
                TextPlacer.Spot.left(mx + 6 * ls, my + 2 * ls),
                TextPlacer.Spot.left(from[0] + 6 * ls, from[1] - h - 2 * ls)) == null) {
            freeLabel("event", text, PlacedText.Tone.ACCENT, to, true);
        }
    }
}
