package asyncscope.app.ui;

import asyncscope.app.model.StageState;
import asyncscope.app.model.StateNames;
import asyncscope.app.model.TraceModel;
import asyncscope.app.stage.StageView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The stage as an image for slides: drawn again, off screen, by a {@link StageView} of its own at k times the
 * pixels with every length and font k times larger, so a 2× or 4× export is as sharp as the screen is at 1×
 * (a snapshot of the on-screen canvas scaled up would only be blurred). The layout sees the same proportions,
 * so the picture is the one on screen. One exporter draws any number of states of one trace (the frames of
 * an animation). UI thread: the drawing uses JavaFX.
 */
public final class StageExport {
    /** How the stage looks: theme, its own scale (presenter mode), state names, the selected task (-1: none). */
    public record Look(boolean dark, double scale, StateNames names, long selected) {
        public static final Look PLAIN = new Look(false, 1, StateNames.NONE, -1);
    }

    private final StageView view = new StageView();
    private final TraceModel model;
    private final int width;
    private final int height;

    /** Draws the stage of {@code m} as it looks in a {@code w}×{@code h} pane, at {@code k}× the pixels. */
    public StageExport(TraceModel m, Look look, double w, double h, int k) {
        if (k < 1 || k > 8) {
            throw new IllegalArgumentException("scale must be 1..8, got " + k);
        }
        model = m;
        width = (int) Math.round(w * k);
        height = (int) Math.round(h * k);
        view.setAnimate(false);
        view.setDark(look.dark());
        view.setStateNames(look.names());
        view.resize(width, height);
        view.canvas().setWidth(width);
        view.canvas().setHeight(height);
        view.setScale(look.scale() * k);
        view.select(look.selected());
    }

    /** The stage at state {@code s} of the model (UI thread). */
    public WritableImage render(StageState s) {
        view.show(model, s);
        view.snapNextPaint();
        view.paint(System.nanoTime());
        return view.canvas().snapshot(null, new WritableImage(width, height));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The image as AWT pixels (for ImageIO), without alpha: slides and GIFs want opaque frames. */
    public static BufferedImage toOpaque(WritableImage img) {
        BufferedImage argb = SwingFXUtils.fromFXImage(img, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Writes {@code img} as a PNG file. */
    public static void writePng(BufferedImage img, Path file) throws IOException {
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
