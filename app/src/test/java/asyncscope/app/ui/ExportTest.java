package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.scenario.Demos;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export for slides, checked on the written files: the stage as a PNG at 1×, 2× and 4× has the stage's size
 * times the scale and, shrunk back, is the same picture as the 1× one (it is drawn again, not blurred up);
 * an animated GIF of a range of the run has the frames asked for, each the stage's size, and they change as
 * the run goes; a PNG sequence is numbered files, one per frame.
 */
@ExtendWith(ApplicationExtension.class)
class ExportTest {
    private MainWindow window;

    @Start
    void start(Stage s) {
        window = TestWindows.open(s);
    }

    private void runStealing(FxRobot robot) throws Exception {
        int i = 0;
        while (!Demos.all().get(i).title().contains("Uneven")) {
            i++;
        }
        int index = i;
        robot.interact(() -> window.selectProgram(index));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != null);
        robot.interact(() -> {
            window.playback().playingProperty().set(false);
            window.playback().seek(window.playback().model().nextPollStart(window.playback().model().size() / 3) + 2);
            window.refreshNow();
        });
    }

    @Test
    void thePngIsTheStageAtOneTwoAndFourTimesItsSize(FxRobot robot, @TempDir Path dir) throws Exception {
        runStealing(robot);
        double w = window.stageView().getWidth();
        double h = window.stageView().getHeight();
        BufferedImage[] img = new BufferedImage[5];
        for (int k : new int[] {1, 2, 4}) {
            Path p = dir.resolve("stage@" + k + ".png");
            robot.interact(() -> {
                try {
                    window.writeStagePng(p, k);
                } catch (java.io.IOException e) {
                    throw new RuntimeException(e);
                }
            });
                img[k] = ImageIO.read(p.toFile());
                assertEquals(Math.round(w * k), img[k].getWidth(), k + "×");
            assertEquals(Math.round(h * k), img[k].getHeight(), k + "×");
        }
        // shrunk to 1×, the 2× and 4× pictures show what the 1× one shows (same layout, same tokens)
        for (int k : new int[] {2, 4}) {
            double diff = meanDifference(img[1], shrink(img[k], img[1].getWidth(), img[1].getHeight()));
            assertTrue(diff < 12, k + "× shrunk differs from 1× by " + diff + " per channel");
        }
        // and it is drawn sharp, not scaled up: a hard edge stays one pixel wide, so there are about 4 times as
        // many hard steps between neighbours at 4× (4 times the rows); a blown-up 1× image smears each over 4 pixels
        long e1 = edges(img[1]);
        long e4 = edges(img[4]);
        assertTrue(e4 > 2.5 * e1, "4× is drawn at 4×, not blurred from 1×: " + e4 + " hard edges vs " + e1 + " at 1×");
    }

    @Test
    void anAnimatedGifHasTheFramesAskedForAndAPngSequenceOneFilePerFrame(FxRobot robot, @TempDir Path dir) throws Exception {
        runStealing(robot);
        int size = window.playback().model().size();
        double w = window.stageView().getWidth();
        double h = window.stageView().getHeight();
        Path gif = dir.resolve("run.gif");
        AtomicReference<java.util.concurrent.CompletableFuture<AnimationExport.Written>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.exportAnimation(
                new AnimationExport.Request(10, size, 6, 1, AnimationExport.Format.GIF, gif, 150))));
        AnimationExport.Written written = f.get().get(120, TimeUnit.SECONDS);
        assertEquals(List.of(gif), written.files());
        assertEquals(6, written.frames());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(6, r.getNumImages(true), "frames in the GIF");
            BufferedImage first = r.read(0);
            BufferedImage last = r.read(5);
            assertEquals(Math.round(w), first.getWidth());
            assertEquals(Math.round(h), first.getHeight());
            assertTrue(meanDifference(first, last) > 0.5, "the run moves between the first and the last frame");
            String meta = r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0").getChildNodes().item(1)
                    .getAttributes().getNamedItem("delayTime").getNodeValue();
            assertEquals("15", meta, "150 ms a frame");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.statusLabel().getText().startsWith("Animation written: 6 frames of "), window.statusLabel().getText());

        Path seq = dir.resolve("frames");
        robot.interact(() -> f.set(window.exportAnimation(
                new AnimationExport.Request(0, 40, 4, 1, AnimationExport.Format.PNG_SEQUENCE, seq, 200))));
        written = f.get().get(120, TimeUnit.SECONDS);
        assertEquals(4, written.files().size());
        for (int i = 0; i < 4; i++) {
            Path p = seq.resolve(String.format("stage-%04d.png", i + 1));
            assertEquals(p, written.files().get(i));
            BufferedImage im = ImageIO.read(p.toFile());
            assertEquals(Math.round(w), im.getWidth());
            assertEquals(Math.round(h), im.getHeight());
        }
        try (var files = Files.list(seq)) {
            assertEquals(4, files.count());
        }
    }

    @Test
    void framesAreEvenlySpacedAndNeverRepeated() {
        assertArrayEquals(new int[] {0, 25, 50, 75, 100}, AnimationExport.positions(0, 100, 5));
        assertArrayEquals(new int[] {3, 4, 5}, AnimationExport.positions(3, 5, 10), "no more frames than events");
        assertArrayEquals(new int[] {7}, AnimationExport.positions(7, 7, 1));
    }

    /** Box-averages {@code src} down to {@code w}×{@code h} (a whole multiple of it). */
    private static BufferedImage shrink(BufferedImage src, int w, int h) {
        int k = src.getWidth() / w;
        int[] px = src.getRGB(0, 0, src.getWidth(), src.getHeight(), null, 0, src.getWidth());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < k; dy++) {
                    for (int dx = 0; dx < k; dx++) {
                        int p = px[(y * k + dy) * src.getWidth() + x * k + dx];
                        r += p >> 16 & 255;
                        g += p >> 8 & 255;
                        b += p & 255;
                    }
                }
                int n = k * k;
                out.setRGB(x, y, (r / n) << 16 | (g / n) << 8 | b / n);
            }
        }
        return out;
    }

    /** Mean absolute difference per colour channel, 0..255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        int[] p = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] q = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        long sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int s = 0; s < 24; s += 8) {
                sum += Math.abs((p[i] >> s & 255) - (q[i] >> s & 255));
            }
        }
        return sum / (3.0 * p.length);
    }

    /** How many horizontally neighbouring pixel pairs differ sharply (a count of hard edges). */
    private static long edges(BufferedImage im) {
        int w = im.getWidth();
        int[] px = im.getRGB(0, 0, w, im.getHeight(), null, 0, w);
        long n = 0;
        for (int i = 1; i < px.length; i++) {
            if (i % w == 0) {
                continue;
            }
            int p = px[i];
            int q = px[i - 1];
            int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255));
            if (d > 150) {
                n++;
            }
        }
        return n;
    }
}
