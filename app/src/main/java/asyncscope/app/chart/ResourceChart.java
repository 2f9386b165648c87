package asyncscope.app.chart;

import asyncscope.app.model.ResourceSeries;
import asyncscope.app.model.TraceModel;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Each semaphore's permits in use (requests in flight), each channel's buffer, over the whole trace: one
 * step chart per resource ({@link ResourceSeries}, derived from RESOURCE events), stacked, sharing one
 * x axis (the trace's time; or, when no time passes in the trace, e.g. a simulated run of yields only,
 * the event number, the same axis as the transport), with the limit drawn as a dashed line and the playhead as a vertical line carrying the
 * value at that moment. Clicking the chart moves the playhead to that time. Drawn on one Canvas,
 * in type large enough for a projector.
 */
public final class ResourceChart extends Region {
    /** At most this many resources are drawn; the rest are counted in a note. */
    public static final int MAX_SHOWN = 4;
    private static final Color[] COLOURS = {Color.web("#2f6fde"), Color.web("#e0582b"), Color.web("#1a9e5a"), Color.web("#b0389e")};
    private static final double LEFT = 56;
    private static final double RIGHT = 24;

    private final Canvas canvas = new Canvas();
    private TraceModel model;
    private List<ResourceSeries> series = List.of();
    private int position;
    private long t0;
    private long t1;
    private boolean byTime;
    private IntConsumer onSeek = p -> { };

    public ResourceChart() {
        getStyleClass().add("resource-chart");
        getChildren().add(canvas);
        setMinHeight(140);
        widthProperty().addListener((o, a, b) -> paint());
        heightProperty().addListener((o, a, b) -> paint());
        canvas.setOnMouseClicked(e -> {
            if (model != null && model.size() > 0 && e.getX() >= LEFT) {
                onSeek.accept(byTime ? positionAtTime(timeAtX(e.getX()))
                        : (int) Math.round(Math.min(1, (e.getX() - LEFT) / plotWidth()) * model.size()));
            }
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    /** Shows the resources of {@code m} (null: nothing). */
    public void setModel(TraceModel m) {
        model = m;
        series = m == null ? List.of() : ResourceSeries.from(m);
        position = 0;
        if (m != null && m.size() > 0) {
            t0 = m.event(0).time();
            t1 = Math.max(t0 + 1, m.event(m.size() - 1).time());
            byTime = m.event(m.size() - 1).time() > t0;
        }
        paint();
    }

    /** Moves the playhead (the number of events applied). */
    public void setPosition(int p) {
        if (p != position) {
            position = p;
            paint();
        }
    }

    public void setOnSeek(IntConsumer c) {
        onSeek = c;
    }

    /** Whether the trace has anything to chart. */
    public boolean hasSeries() {
        return !series.isEmpty();
    }

    public List<ResourceSeries> series() {
        return series;
    }

    /** The playhead's time: that of the last applied event (the trace's start before any). */
    public long playheadTime() {
        return model == null || position == 0 || model.size() == 0 ? t0 : model.event(Math.min(position, model.size()) - 1).time();
    }

    /** The value text shown at the playhead for series {@code i}, e.g. "3 of 4 in use". */
    public String valueText(int i) {
        ResourceSeries s = series.get(i);
        long v = s.valueAt(position);
        return switch (s.kind()) {
            case "semaphore" -> v + " of " + s.limit() + " in use";
            case "mutex" -> v > 0 ? "held" : "free";
            case "mpsc" -> v + (s.isUnbounded() ? " queued" : " of " + s.limit() + " slots full");
            default -> v + " of " + s.limit() + " retained";
        };
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    /** Whether the x axis is time (else the event number). */
    public boolean isByTime() {
        return byTime;
    }

    private double xAt(long t) {
        return LEFT + (double) (t - t0) / (t1 - t0) * plotWidth();
    }

    /** x of the point {@code j} of {@code s}: its time, or the position just after its event. */
    private double xOf(ResourceSeries s, int j) {
        return byTime ? xAt(s.time(j)) : xAtPosition(s.eventIndex(j) + 1);
    }

    private double xAtPosition(int p) {
        return LEFT + (double) p / Math.max(1, model.size()) * plotWidth();
    }

    private double playheadX() {
        return byTime ? xAt(playheadTime()) : xAtPosition(position);
    }

    private String axisEnd() {
        return byTime ? ms(t1 - t0) : String.format("event %,d", model.size());
    }

    private String playheadLabel() {
        return byTime ? ms(playheadTime() - t0) : String.format("event %,d", position);
    }

    private long timeAtX(double x) {
        return t0 + (long) ((x - LEFT) / plotWidth() * (t1 - t0));
    }

    /** The position just after the last event at or before {@code t}. */
    int positionAtTime(long t) {
        int lo = 0;
        int hi = model.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (model.event(mid).time() <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found + 1;
    }

    private void paint() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        if (series.isEmpty()) {
            g.setFill(Color.web("#57606a"));
            g.setFont(Font.font(16));
            g.fillText("No semaphores or channels in this run.", 16, 16);
            return;
        }
        int shown = Math.min(MAX_SHOWN, series.size());
        double axis = 30;
        double band = (h - axis) / shown;
        for (int i = 0; i < shown; i++) {
            paintSeries(g, i, i * band, band);
        }
        // time axis
        g.setStroke(Color.web("#8c959f"));
        g.setLineWidth(1);
        g.strokeLine(LEFT, h - axis + 2, w - RIGHT, h - axis + 2);
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font(15));
        double px = playheadX();
        if (px > LEFT + 120) {
            g.fillText(byTime ? "0 ms" : "event 0", LEFT, h - axis + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        if (px < w - RIGHT - 220) {
            g.fillText(axisEnd() + (byTime ? "" : "   (no time passes in this run)"), w - RIGHT, h - axis + 6);
        }
        if (series.size() > shown) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("+" + (series.size() - shown) + " more resources (see the stage)", LEFT + plotWidth() / 2, h - axis + 6);
        }
        // playhead across every band, with its time
        g.setStroke(Color.web("#cf222e"));
        g.setLineWidth(2.5);
        g.strokeLine(px, 28, px, h - axis + 2); // below the first title, which stays readable
        g.setFill(Color.web("#cf222e"));
        g.setFont(Font.font("System", FontWeight.BOLD, 15));
        g.setTextAlign(px > w - 140 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText(playheadLabel(), px + (px > w - 140 ? -6 : 6), h - axis + 6);
    }

    private void paintSeries(GraphicsContext g, int i, double top, double height) {
        ResourceSeries s = series.get(i);
        Color c = COLOURS[i % COLOURS.length];
        double w = getWidth();
        double y0 = top + height - 8;           // value 0
        double y1 = top + 32;                   // value = limit
        long limit = Math.max(1, Math.max(s.limit(), s.max()));
        double scale = (y0 - y1) / limit;
        // title and value at the playhead
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font("System", FontWeight.BOLD, 16));
        g.fillText(s.kind() + " #" + s.id() + ": " + s.quantity(), LEFT, top + 6);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(c.darker());
        g.setFont(Font.font("System", FontWeight.BOLD, 18));
        g.fillText(valueText(i), w - RIGHT, top + 4);
        // y axis: 0 and the limit
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(15));
        g.setTextBaseline(VPos.CENTER);
        g.fillText("0", LEFT - 8, y0);
        g.fillText(String.valueOf(limit), LEFT - 8, y0 - limit * scale);
        g.setTextBaseline(VPos.TOP);
        g.setStroke(Color.web("#8c959f"));
        g.setLineWidth(1);
        g.strokeLine(LEFT, y0, w - RIGHT, y0);
        if (s.limit() > 0 && !s.isUnbounded()) {
            g.setStroke(Color.web("#57606a"));
            g.setLineDashes(6, 5);
            g.strokeLine(LEFT, y0 - s.limit() * scale, w - RIGHT, y0 - s.limit() * scale);
            g.setLineDashes(null);
        }
        // the steps, filled underneath
        int n = s.size();
        double[] xs = new double[2 * n + 2];
        double[] ys = new double[2 * n + 2];
        int k = 0;
        xs[k] = xOf(s, 0);
        ys[k++] = y0;
        for (int j = 0; j < n; j++) {
            double x = xOf(s, j);
            double y = y0 - s.value(j) * scale;
            if (j > 0) {
                xs[k] = x;
                ys[k++] = y0 - s.value(j - 1) * scale;
            }
            xs[k] = x;
            ys[k++] = y;
        }
        xs[k] = w - RIGHT;
        ys[k++] = y0 - s.value(n - 1) * scale;
        g.setFill(c.deriveColor(0, 1, 1, 0.22));
        double[] fx = java.util.Arrays.copyOf(xs, k + 1);
        double[] fy = java.util.Arrays.copyOf(ys, k + 1);
        fx[k] = w - RIGHT;
        fy[k] = y0;
        g.fillPolygon(fx, fy, k + 1);
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.setLineCap(StrokeLineCap.BUTT);
        g.strokePolyline(xs, ys, k);
        // the value at the playhead
        double px = playheadX();
        double py = y0 - s.valueAt(position) * scale;
        g.setFill(c);
        g.fillOval(px - 6, py - 6, 12, 12);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(px - 6, py - 6, 12, 12);
    }

    private static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms >= 100 ? String.format("%,.0f ms", ms) : String.format("%.1f ms", ms);
    }

    public Canvas canvas() {
        return canvas;
    }
}
