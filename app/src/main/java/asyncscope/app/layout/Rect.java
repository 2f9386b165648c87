package asyncscope.app.layout;

/** An axis-aligned rectangle in canvas pixels: where a text, a token or a container sits. */
public record Rect(double x, double y, double w, double h) {
    /** Rounding slack: rectangles that share an edge do not overlap. */
    public static final double EPS = 0.5;

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public boolean intersects(Rect o) {
        return x < o.right() - EPS && o.x < right() - EPS && y < o.bottom() - EPS && o.y < bottom() - EPS;
    }

    public boolean contains(Rect o) {
        return o.x >= x - EPS && o.y >= y - EPS && o.right() <= right() + EPS && o.bottom() <= bottom() + EPS;
    }

    /** This rectangle shrunk by {@code d} on every side. */
    public Rect inset(double d) {
        return new Rect(x + d, y + d, Math.max(0, w - 2 * d), Math.max(0, h - 2 * d));
    }
}
