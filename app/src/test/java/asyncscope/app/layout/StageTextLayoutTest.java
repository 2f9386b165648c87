package asyncscope.app.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import asyncscope.app.model.TraceModel;
import asyncscope.app.stage.StageLayout;
import asyncscope.app.stage.StageView;
import asyncscope.app.timeline.TimelineView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Nothing the stage or the timeline draws is clipped or drawn over another text: every lesson and every
 * built-in demo, at 1280×800, 1600×1000 and 1920×1080 (the stage as wide as half the window and as wide
 * as two thirds of it) and at the presenter scale, seeked to 20 evenly spaced points of its run. At each
 * point every text must lie inside its container, be at least as wide as the text measures (so nothing is
 * cut), cover no other text or token, lie on no arrow (a wake, a steal, a schedule), and every required text
 * ("+N more", titles, the caption) must be there. Waiting tasks drawn beside the wheel and in the resources'
 * widgets are tokens like any other, so their labels are checked the same way.
 */
@ExtendWith(ApplicationExtension.class)
class StageTextLayoutTest {
    /** The presenter view's scale: the one the window's presenter mode uses. */
    static final double PRESENTER = StageView.PRESENTER_SCALE;

    record Size(String name, double w, double h, double scale) {}

    static List<Size> sizes() {
        List<Size> out = new ArrayList<>();
        for (double[] win : new double[][] {{1280, 800}, {1600, 1000}, {1920, 1080}}) {
            String n = (int) win[0] + "x" + (int) win[1];
            out.add(new Size(n + " half", Math.round(win[0] * 0.5), Math.round(win[1] * 0.58), 1));
            out.add(new Size(n + " wide", Math.round(win[0] * 0.66), Math.round(win[1] * 0.68), 1));
            out.add(new Size(n + " presenter", Math.round(win[0] * 0.62), Math.round(win[1] * 0.72), PRESENTER));
            // the presenter window's own stage: two thirds of the width, all but the transport's height
            out.add(new Size(n + " presenter window", Math.round(win[0] * 0.66), Math.round(win[1] - 140), PRESENTER));
        }
        return out;
    }

    private static final Map<String, double[]> SIZES = new java.util.HashMap<>();

    /** Width and height of a text as JavaFX lays it out (measured here, not taken from the placer). */
    private static double[] bounds(PlacedText p) {
        return SIZES.computeIfAbsent(p.size() + (p.bold() ? "b" : "n") + p.text(), k -> {
            Text t = new Text(p.text());
            t.setFont(TextMeasure.font(p.size(), p.bold()));
            return new double[] {t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight()};
        });
    }

    private static double measured(PlacedText p) {
        return bounds(p)[0];
    }

    private static double measuredHeight(PlacedText p) {
        return bounds(p)[1];
    }

    /** Problems of one set of placed texts; empty when all is well. */
    static List<String> problems(TextPlacer texts, double w, double h) {
        List<String> out = new ArrayList<>();
        for (String m : texts.missed()) {
            out.add("no room for " + m);
        }
        Rect canvas = new Rect(0, 0, w, h);
        List<PlacedText> all = texts.placed();
        for (PlacedText p : all) {
            if (!p.container().contains(p.rect()) || !canvas.contains(p.rect())) {
                out.add("'" + p.text() + "' (" + p.kind() + ") leaves its container: " + p.rect() + " not in " + p.container());
            }
            if (!p.kind().equals("token") && measuredHeight(p) > p.rect().h() + 0.5) {
                out.add("'" + p.text() + "' (" + p.kind() + ") is " + measuredHeight(p) + " tall but has " + p.rect().h());
            }
            for (TextPlacer.Segment a : texts.arrows()) {
                // An arrow (a wake, a steal) runs under no label, unless a required one had to sit on a backdrop.
                if (!p.kind().equals("token") && !p.backdrop() && a.crosses(p.rect())) {
                    out.add("'" + p.text() + "' (" + p.kind() + ") lies on an arrow");
                }
            }
            if (measured(p) > p.rect().w() + 0.5) {
                out.add("'" + p.text() + "' (" + p.kind() + ") is " + measured(p) + " wide but has " + p.rect().w());
            }
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).rect().intersects(all.get(j).rect())) {
                    out.add("'" + all.get(i).text() + "' (" + all.get(i).kind() + ") overlaps '" + all.get(j).text() + "' ("
                            + all.get(j).kind() + ")");
                }
            }
        }
        return out;
    }

    @Test
    void noTextClippedOrOverlappingInAnyProgramAtAnySize() throws Exception {
        Map<String, TraceModel> programs = Programs.all();
        StageView stage = new StageView();
        stage.setAnimate(false);
        TimelineView timeline = new TimelineView();
        Map<String, String> failures = new java.util.LinkedHashMap<>();
        int checked = 0;
        for (Map.Entry<String, TraceModel> prog : programs.entrySet()) {
            TraceModel m = prog.getValue();
            timeline.setModel(m);
            for (Size size : sizes()) {
                stage.setScale(size.scale());
                timeline.setScale(size.scale());
                for (int at : Programs.seekPoints(m, 20)) {
                    stage.show(m, m.stateAt(at));
                    stage.snapNextPaint();
                    stage.paintAt(size.w(), size.h(), System.nanoTime());
                    List<String> p = new ArrayList<>(problems(stage.texts(), size.w(), size.h()));
                    StageLayout l = stage.layoutNow();
                    for (PlacedText t : stage.texts().placed()) {
                        // No label under the stage's smallest size (a token's id shrinks only when it has 4+ digits).
                        boolean longId = t.kind().equals("token") && t.text().length() > 3;
                        if (!longId && t.size() < StageView.SMALLEST_TEXT * l.scale - 1e-6) {
                            p.add("'" + t.text() + "' (" + t.kind() + ") at " + t.size() + " px, under the smallest text "
                                    + StageView.SMALLEST_TEXT + " × " + l.scale);
                        }
                    }
                    if (l.contentBottom > l.captionTop + 0.5) {
                        p.add("boxes reach " + l.contentBottom + ", below the caption's top " + l.captionTop);
                    }
                    timeline.setPosition(at);
                    double tw = size.w() * 1.5;
                    double th = 190 * size.scale();
                    timeline.paintAt(tw, th);
                    for (String t : problems(timeline.texts(), tw, th)) {
                        p.add("timeline: " + t);
                    }
                    checked++;
                    for (String s : p) {
                        String kind = prog.getKey() + " @" + size.name() + ": " + s.replaceAll("[0-9.]+", "#");
                        failures.putIfAbsent(kind, prog.getKey() + " @" + size.name() + " event " + at + ": " + s);
                    }
                }
            }
        }
        assertTrue(checked >= programs.size() * 12 * 20, "checked " + checked);
        if (!failures.isEmpty()) {
            fail(failures.size() + " kinds of problem, one example each:\n"
                    + String.join("\n", failures.values().stream().limit(80).toList()));
        }
    }
}
