package asyncscope.app.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text layout pass of a canvas view: every label is asked for with the rectangle it must stay in
 * and one or more places it may go, in priority order (what is asked for first wins). A label goes to
 * the first place where it fits inside its container and covers nothing already placed (texts and
 * obstacles such as token discs); where only a shortened form fits it is ellipsised ("local qu…"). A
 * label that fits nowhere is left out — and if it was required, it is recorded as missed, which tests
 * treat as a layout bug. The result is a list of {@link PlacedText} the view paints and tests check.
 */
public final class TextPlacer {
    /** Horizontal meaning of a candidate's x: the left edge, the centre or the right edge of the text. */
    public enum Align { LEFT, CENTER, RIGHT }

    /** A place a label may go: x per {@code align}, y = top of the text. */
    public record Spot(double x, double y, Align align) {
        public static Spot left(double x, double y) {
            return new Spot(x, y, Align.LEFT);
        }

        public static Spot centre(double x, double y) {
            return new Spot(x, y, Align.CENTER);
        }

        public static Spot right(double x, double y) {
            return new Spot(x, y, Align.RIGHT);
        }
    }

    private final TextMeasure measure;
    private final List<PlacedText> placed = new ArrayList<>();
    private final List<Rect> obstacles = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();
    private final List<Segment> arrows = new ArrayList<>();

    /** A drawn arrow's shaft, {@code pad} px either side of its centre line: labels keep off it. */
    public record Segment(double x1, double y1, double x2, double y2, double pad) {
        /** True if the shaft (widened by {@code pad}) crosses {@code r} (Liang–Barsky clipping). */
        public boolean crosses(Rect r) {
            double xmin = r.x() - pad + Rect.EPS;
            double ymin = r.y() - pad + Rect.EPS;
            double xmax = r.right() + pad - Rect.EPS;
            double ymax = r.bottom() + pad - Rect.EPS;
            double dx = x2 - x1;
            double dy = y2 - y1;
            double t0 = 0;
            double t1 = 1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x1 - xmin, xmax - x1, y1 - ymin, ymax - y1};
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                    if (t0 > t1) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    public TextPlacer(TextMeasure measure) {
        this.measure = measure;
    }

    public TextMeasure measure() {
        return measure;
    }

    /** Something drawn that labels must not cover (a token disc, a buffer cell). */
    public void obstacle(Rect r) {
        obstacles.add(r);
    }

    /**
     * An arrow the view will draw: texts placed after this keep off its shaft; a required text that finds
     * no other place is drawn over it on a backdrop, so it stays readable and the arrow runs under it.
     */
    public void arrow(Segment s) {
        arrows.add(s);
    }

    /** The arrows registered so far. */
    public List<Segment> arrows() {
        return Collections.unmodifiableList(arrows);
    }

    private boolean clearOfArrows(Rect r) {
        for (Segment a : arrows) {
            if (a.crosses(r)) {
                return false;
            }
        }
        return true;
    }

    /** Records a token: its disc is an obstacle and its id is a text that must fit inside the disc. */
    public void token(String id, Rect disc, double size, Rect container) {
        placed.add(new PlacedText("token", id, disc, size, true, PlacedText.Tone.ON_TOKEN, container, false));
    }

    /** True if {@code r} is free of every text and obstacle placed so far. */
    public boolean free(Rect r) {
        for (PlacedText p : placed) {
            if (p.rect().intersects(r)) {
                return false;
            }
        }
        for (Rect o : obstacles) {
            if (o.intersects(r)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places {@code text} at the first spot where it (or, when {@code shorten}, an ellipsised prefix of it)
     * fits in {@code container} without covering anything; returns it, or null when no spot works.
     */
    public PlacedText place(String kind, String text, double size, boolean bold, PlacedText.Tone tone, Rect container,
                            boolean required, boolean shorten, boolean backdrop, Spot... spots) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            // One line per label: a line break would spill below the rectangle it was given.
            missed.add(kind + " (has a line break): " + text);
            return null;
        }
        PlacedText p = placeAt(kind, text, size, bold, tone, container, shorten, backdrop, true, spots);
        if (p == null && required && !arrows.isEmpty()) {
            p = placeAt(kind, text, size, bold, tone, container, shorten, true, false, spots);
        }
        if (p == null && required) {
            missed.add(kind + ": " + text);
        }
        return p;
    }

    private PlacedText placeAt(String kind, String text, double size, boolean bold, PlacedText.Tone tone, Rect container,
                               boolean shorten, boolean backdrop, boolean avoidArrows, Spot... spots) {
        double h = measure.height(size, bold);
        for (Spot s : spots) {
            double room = switch (s.align()) {
                case LEFT -> container.right() - s.x();
                case RIGHT -> s.x() - container.x();
                case CENTER -> 2 * Math.min(s.x() - container.x(), container.right() - s.x());
            };
            String t = shorten ? measure.fit(text, size, bold, room) : measure.width(text, size, bold) <= room ? text : null;
            if (t == null) {
                continue;
            }
            double w = measure.width(t, size, bold);
            double x = switch (s.align()) {
                case LEFT -> s.x();
                case RIGHT -> s.x() - w;
                case CENTER -> s.x() - w / 2;
            };
            Rect r = new Rect(x, s.y(), w, h);
            if (container.contains(r) && free(r) && (!avoidArrows || clearOfArrows(r))) {
                PlacedText p = new PlacedText(kind, t, r, size, bold, tone, container, backdrop || !clearOfArrows(r));
                placed.add(p);
                return p;
            }
        }
        return null;
    }

    /** The texts placed so far, in the order they were placed. */
    public List<PlacedText> placed() {
        return Collections.unmodifiableList(placed);
    }

    /** Required texts that found no place (each one a layout bug). */
    public List<String> missed() {
        return Collections.unmodifiableList(missed);
    }
}
