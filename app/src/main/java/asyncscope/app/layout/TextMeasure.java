package asyncscope.app.layout;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * How wide and tall a text is in the app's font at a size, measured with JavaFX's own text layout (the
 * same the canvas draws with), cached because the stage asks for the same few strings every frame.
 */
public final class TextMeasure {
    private static final TextMeasure SHARED = new TextMeasure();

    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, Double> heights = new HashMap<>();

    public static TextMeasure shared() {
        return SHARED;
    }

    public static Font font(double size, boolean bold) {
        return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    public synchronized double width(String text, double size, boolean bold) {
        if (widths.size() > 20_000) {
            widths.clear();
        }
        String key = (bold ? 'b' : 'n') + Double.toString(size) + '|' + text;
        Double w = widths.get(key);
        if (w == null) {
            probe.setFont(font(size, bold));
            probe.setText(text);
            w = probe.getLayoutBounds().getWidth();
            widths.put(key, w);
        }
        return w;
    }

    /** Line height: the top-to-bottom extent a canvas text drawn with baseline TOP covers. */
    public synchronized double height(double size, boolean bold) {
        String key = (bold ? 'b' : 'n') + Double.toString(size);
        Double h = heights.get(key);
        if (h == null) {
            probe.setFont(font(size, bold));
            probe.setText("Ág");
            h = probe.getLayoutBounds().getHeight();
            heights.put(key, h);
        }
        return h;
    }

    /** {@code text} cut to fit {@code maxW} with an ellipsis, or null if not even one letter and "…" fit. */
    public String fit(String text, double size, boolean bold, double maxW) {
        if (width(text, size, bold) <= maxW) {
            return text;
        }
        int lo = 1;
        int hi = text.length() - 1;
        String best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String cand = text.substring(0, mid).stripTrailing() + "…";
            if (width(cand, size, bold) <= maxW) {
                best = cand;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
