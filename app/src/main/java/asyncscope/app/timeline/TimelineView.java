package asyncscope.app.timeline;

import asyncscope.app.layout.PlacedText;
import asyncscope.app.layout.Rect;
import asyncscope.app.layout.TextMeasure;
import asyncscope.app.layout.TextPlacer;
import asyncscope.app.model.PollSpans;
import asyncscope.app.model.RunClockText;
import asyncscope.app.model.TraceModel;
import asyncscope.app.theme.TaskColors;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The timeline: a lane per worker, the block-on thread and each blocking thread; every poll a span in
 * its task's colour, gaps where the lane had nothing to poll; a playhead. The horizontal axis is the run's
 * clock in ms by default (virtual time in the simulator, real time live), so a 300 ms wait is three times as
 * long as a 100 ms one and a blocked worker is one long span; click the axis corner to switch to the event
 * number (every event the same width, for stepping through a burst). Click or drag to move the playhead,
 * wheel to zoom around the pointer, right-drag (or shift+wheel) to pan. Hovering a span names its task and,
 * for a wake inside it, who was woken.
 */
public final class TimelineView extends Region {
    private final Canvas canvas = new Canvas();
    private TraceModel model;
    private int position;
    private double viewStart;
    private double viewEnd = 1;
    private boolean dark;
    private double scale = 1;
    private IntConsumer onSeek = i -> { };
    private LongConsumer onSelect = t -> { };
    private double panFromX = -1;
    private double panFromStart;
    private final Tooltip tip = new Tooltip();
    private double labelW = 110;

    /** What the horizontal axis measures. */
    public enum Axis { TIME, EVENTS }

    private Axis axis = Axis.TIME;

    public TimelineView() {
        getChildren().add(canvas);
        setMinHeight(120);
        setPrefHeight(190);
        canvas.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getX() < labelW * scale && e.getY() < 22 * scale) {
                setAxis(axis == Axis.TIME ? Axis.EVENTS : Axis.TIME);
            } else if (e.getButton() == MouseButton.PRIMARY) {
                seekTo(e.getX());
                long t = taskAt(e.getX(), e.getY());
                if (t >= 0) {
                    onSelect.accept(t);
                }
            } else {
                panFromX = e.getX();
                panFromStart = viewStart;
            }
        });
        canvas.setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                seekTo(e.getX());
            } else if (panFromX >= 0) {
                double perPx = (viewEnd - viewStart) / Math.max(1, plotWidth());
                pan(panFromStart - (e.getX() - panFromX) * perPx - viewStart);
            }
        });
        canvas.setOnMouseReleased(e -> panFromX = -1);
        canvas.setOnScroll(e -> {
            if (model == null) {
                return;
            }
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                double d = e.isShiftDown() ? e.getDeltaY() : e.getDeltaX();
                pan(-d * (viewEnd - viewStart) / Math.max(1, plotWidth()));
            } else {
                zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX());
            }
        });
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(describeAt(e.getX(), e.getY())));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    public void setModel(TraceModel m) {
        model = m;
        if (m == null) {
            paint();
            return;
        }
        position = 0;
        resetView();
        paint();
    }

    /** The first 400 events, or on the time axis the whole run. */
    private void resetView() {
        viewStart = 0;
        viewEnd = axis == Axis.EVENTS ? Math.max(1, Math.min(model.size(), 400)) : Math.max(minWidth(), total() * 1.04);
    }

    /** Switches the axis between the run's clock and the event number, keeping the playhead in view. */
    public void setAxis(Axis a) {
        if (a == axis) {
            return;
        }
        axis = a;
        if (model != null) {
            resetView();
            setPosition(position);
        }
        paint();
    }

    public Axis axis() {
        return axis;
    }

    /** Length of the run on the axis: its events, or its duration in ns. */
    private double total() {
        return axis == Axis.EVENTS ? model.size() : model.timeAt(model.size());
    }

    private double minWidth() {
        return axis == Axis.EVENTS ? 8 : 1_000;
    }

    /** Where playhead position {@code p} (after p events) sits on the axis. */
    private double unitOfPosition(int p) {
        return axis == Axis.EVENTS ? p : model.timeAt(p);
    }

    /** The playhead position at axis value {@code u}. */
    private int positionAt(double u) {
        if (axis == Axis.EVENTS) {
            return (int) Math.round(Math.max(0, Math.min(model.size(), u)));
        }
        return model.positionAtTime((long) Math.floor(u));
    }

    /** The event under axis value {@code u} (for hover and picking), or -1 before the first. */
    private int eventAt(double u) {
        if (axis == Axis.EVENTS) {
            return (int) Math.floor(u);
        }
        return model.positionAtTime((long) Math.floor(u)) - 1;
    }

    public void setPosition(int p) {
        position = p;
        if (model != null) {
            double u = unitOfPosition(p);
            if (u < viewStart || u > viewEnd) {
                double w = viewEnd - viewStart;
                viewStart = Math.max(0, u - w * 0.2);
                viewEnd = viewStart + w;
            }
        }
        paint();
    }

    public void setDark(boolean d) {
        dark = d;
        paint();
    }

    public void setScale(double s) {
        scale = s;
        paint();
    }

    public void setOnSeek(IntConsumer c) {
        onSeek = c;
    }

    public void setOnSelect(LongConsumer c) {
        onSelect = c;
    }

    public double viewStart() {
        return viewStart;
    }

    public double viewEnd() {
        return viewEnd;
    }

    /** Zooms by {@code factor} (<1 zooms in) keeping the event under {@code x} in place. */
    public void zoom(double factor, double x) {
        if (model == null) {
            return;
        }
        double at = indexAt(x);
        double w = Math.max(minWidth(), Math.min(total() + 1, (viewEnd - viewStart) * factor));
        double frac = (at - viewStart) / (viewEnd - viewStart);
        viewStart = Math.max(0, at - frac * w);
        viewEnd = viewStart + w;
        paint();
    }

    /** Shows axis values {@code start}..{@code end} (events, or ns). */
    public void setView(double start, double end) {
        viewStart = Math.max(0, start);
        viewEnd = Math.max(viewStart + minWidth(), end);
        paint();
    }

    /** The x of axis value {@code u} in the last layout. */
    public double xOfUnit(double u) {
        return xOf(u);
    }

    /** The x of the playhead at position {@code p}. */
    public double xOfPosition(int p) {
        return xOf(unitOfPosition(p));
    }

    /** Where span {@code i} of lane {@code lane} is drawn: {x0, x1} as painted (before clipping to the view). */
    public double[] spanExtent(int lane, int i) {
        PollSpans s = model.spans();
        int st = s.start(lane, i);
        double u0 = axis == Axis.EVENTS ? st : model.timeOfEvent(st);
        double u1 = axis == Axis.EVENTS ? s.end(lane, i) + 1 : model.timeOfEvent(s.end(lane, i));
        double x0 = xOf(u0);
        return new double[] {x0, Math.max(x0 + 2, xOf(u1))};
    }

    /** Moves the view by {@code units} of the axis (events, or ns of the run's clock). */
    public void pan(double units) {
        double w = viewEnd - viewStart;
        viewStart = Math.max(0, Math.min(Math.max(0, total() - w * 0.5), viewStart + units));
        viewEnd = viewStart + w;
        paint();
    }

    private double plotWidth() {
        return canvas.getWidth() - labelW * scale - 10;
    }

    private double xOf(double index) {
        return labelW * scale + (index - viewStart) / (viewEnd - viewStart) * plotWidth();
    }

    private double indexAt(double x) {
        return viewStart + (x - labelW * scale) / Math.max(1, plotWidth()) * (viewEnd - viewStart);
    }

    private void seekTo(double x) {
        if (model != null) {
            onSeek.accept(positionAt(indexAt(x)));
        }
    }

    private double laneH() {
        if (model == null) {
            return 24;
        }
        return Math.max(16, Math.min(34 * scale, (canvas.getHeight() - 28 * scale) / model.spans().lanes()));
    }

    private int laneAt(double y) {
        int l = (int) ((y - 22 * scale) / laneH());
        return model == null || l < 0 || l >= model.spans().lanes() ? -1 : l;
    }

    /** The task of the span under (x, y), or -1: a span within 3 px counts (on the time axis most polls are slivers). */
    public long taskAt(double x, double y) {
        int i = spanNear(laneAt(y), x);
        return i < 0 ? -1 : model.spans().task(laneAt(y), i);
    }

    /** The span of lane {@code l} drawn at or within 3 px of {@code x}, or -1. */
    private int spanNear(int l, double x) {
        if (model == null || l < 0) {
            return -1;
        }
        PollSpans s = model.spans();
        int exact = s.spanAt(l, eventAt(indexAt(x)));
        if (exact >= 0) {
            return exact;
        }
        int lo = Math.max(0, eventAt(indexAt(x - 3)));
        int hi = eventAt(indexAt(x + 3));
        int i = s.firstEndingAtOrAfter(l, lo);
        return i < s.count(l) && s.start(l, i) <= hi ? i : -1;
    }

    private String describeAt(double x, double y) {
        if (model == null) {
            return "";
        }
        int l = laneAt(y);
        if (l < 0) {
            return axis == Axis.EVENTS ? "event " + (int) indexAt(x) : RunClockText.ms(indexAt(x));
        }
        PollSpans s = model.spans();
        int i = spanNear(l, x);
        if (i < 0) {
            return s.laneName(l) + ": idle";
        }
        long t = s.task(l, i);
        var info = model.tasks().byId(t);
        StringBuilder b = new StringBuilder(s.laneName(l) + ": polling " + (info == null ? "task " + t : info.name() + " (task " + t + ")")
                + "\nevents " + (s.start(l, i) + 1) + "–" + (s.end(l, i) + 1) + " · " + RunClockText.ms(model.timeOfEvent(s.start(l, i)))
                + " to " + RunClockText.ms(model.timeOfEvent(s.end(l, i))));
        for (int k = s.start(l, i); k <= s.end(l, i) && k < model.size(); k++) {
            Event e = model.event(k);
            if (e.payload() instanceof Payload.Wake w && e.task() != t) {
                var woken = model.tasks().byId(e.task());
                b.append("\nwakes ").append(woken == null ? "task " + e.task() : woken.name()).append(" (").append(w.source()).append(')');
            }
        }
        return b.toString();
    }

    private final TextMeasure measure = TextMeasure.shared();
    private TextPlacer texts = new TextPlacer(measure);

    /** The texts of the last paint, as laid out (what a test checks for overlaps and clipping). */
    public TextPlacer texts() {
        return texts;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** Paints at a given canvas size without a window (tests, exports). */
    public void paintAt(double w, double h) {
        canvas.setWidth(w);
        canvas.setHeight(h);
        paint();
    }

    public void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(dark ? Color.web("#0b0f14") : Color.web("#fbfcfd"));
        g.fillRect(0, 0, w, h);
        texts = new TextPlacer(measure);
        if (model == null) {
            return;
        }
        Color ink = dark ? Color.WHITE : Color.web("#1b1f24");
        Color grid = dark ? Color.web("#30363d") : Color.web("#dde2e8");
        PollSpans s = model.spans();
        double lh = laneH();
        double top = 22 * scale;
        double lw = labelW * scale;
        // axis: a step wide enough that its labels never touch
        double axisSize = 12 * scale;
        Rect axisBand = new Rect(lw, 0, Math.max(0, w - lw), top);
        double widest = measure.width(axisLabel(viewEnd, Math.max(1, (viewEnd - viewStart) / 8)), axisSize, false) + 16 * scale;
        double perPx = (viewEnd - viewStart) / Math.max(1, plotWidth());
        double step = niceStep(Math.max((viewEnd - viewStart) / 8, widest * perPx));
        double axisTop = (top - measure.height(axisSize, false)) / 2;
        for (double t = Math.ceil(viewStart / step) * step; t <= viewEnd; t += step) {
            double x = xOf(t);
            g.setStroke(grid);
            g.strokeLine(x, top, x, h);
            texts.place("axis", axisLabel(t, step), axisSize, false, PlacedText.Tone.INK, axisBand, false, false,
                    false, TextPlacer.Spot.left(x + 3, axisTop));
        }
        texts.place("axis", axis == Axis.EVENTS ? "event #" : "time", axisSize, true, PlacedText.Tone.MUTED,
                new Rect(0, 0, lw, top), true, true, false, TextPlacer.Spot.left(6, axisTop));
        double nameSize = Math.min(14 * scale, lh * 0.6);
        while (nameSize > 6 && measure.height(nameSize, true) > lh) {
            nameSize -= 0.5;
        }
        double spanSize = Math.min(12 * scale, lh * 0.5);
        double spanH = measure.height(spanSize, true);
        for (int l = 0; l < s.lanes(); l++) {
            double y = top + l * lh;
            if (y + lh > h + 0.5) {
                break;
            }
            g.setFill(l % 2 == 0 ? (dark ? Color.web("#11161d") : Color.web("#f1f4f8")) : Color.TRANSPARENT);
            g.fillRect(0, y, w, lh);
            Rect nameBox = new Rect(0, y, lw - 4, lh);
            texts.place("lane", s.laneName(l), nameSize, true, PlacedText.Tone.INK, nameBox, true, true, false,
                    TextPlacer.Spot.left(6, y + (lh - measure.height(nameSize, true)) / 2));
            int from = s.firstEndingAtOrAfter(l, Math.max(0, eventAt(viewStart)));
            double lastX = -1;
            for (int i = from; i < s.count(l); i++) {
                int st = s.start(l, i);
                double u0 = axis == Axis.EVENTS ? st : model.timeOfEvent(st);
                if (u0 > viewEnd) {
                    break;
                }
                double u1 = axis == Axis.EVENTS ? s.end(l, i) + 1 : model.timeOfEvent(s.end(l, i));
                double x0 = Math.max(lw, xOf(u0));
                double x1 = Math.min(w, Math.max(x0 + 2, xOf(u1) - (axis == Axis.EVENTS ? 1 : 0)));
                if (x1 < lastX + 0.5 || x0 >= w) {
                    continue; // many spans in one pixel: one is enough
                }
                lastX = x1;
                g.setFill(TaskColors.of(s.task(l, i)));
                g.fillRoundRect(x0, y + 3, x1 - x0, lh - 6, 5, 5);
                Rect span = new Rect(x0, y + 3, x1 - x0, lh - 6);
                texts.place("span", Long.toString(s.task(l, i)), spanSize, true, PlacedText.Tone.ON_TOKEN, span, false, false,
                        false, TextPlacer.Spot.left(x0 + 4, y + (lh - spanH) / 2));
            }
        }
        for (PlacedText p : texts.placed()) {
            g.setFill(switch (p.tone()) {
                case ON_TOKEN -> Color.WHITE;
                case MUTED -> dark ? Color.web("#c9d1d9") : Color.web("#57606a");
                default -> ink;
            });
            g.setFont(TextMeasure.font(p.size(), p.bold()));
            g.setTextBaseline(VPos.TOP);
            g.fillText(p.text(), p.rect().x(), p.rect().y());
        }
        double px = xOf(unitOfPosition(position));
        g.setStroke(dark ? Color.web("#ffd33d") : Color.web("#d1242f"));
        g.setLineWidth(2.5);
        g.strokeLine(px, 0, px, h);
        g.setLineWidth(1);
        g.setTextBaseline(VPos.TOP);
    }

    /** An axis label: an event number, or a time in ms with as many decimals as the step needs. */
    private String axisLabel(double u, double step) {
        if (axis == Axis.EVENTS) {
            return String.format("%,d", (long) u);
        }
        return RunClockText.axis(u, step);
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return Math.max(1, m * p);
            }
        }
        return 10 * p;
    }
}
