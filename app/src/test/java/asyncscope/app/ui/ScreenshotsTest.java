package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.TraceModel;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots a teacher checks before class: every lesson, run and stopped a third of the way in, at
 * 1280×800, 1600×1000 and 1920×1080 and in presenter mode (1600×1000), written to
 * {@code target/screenshots/<lesson>-<size>.png} (headless: Monocle's software renderer). Each file is a
 * whole window of the right size with something on the stage.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    private static final int[][] SIZES = {{1280, 800}, {1600, 1000}, {1920, 1080}};
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = TestWindows.open(s);
    }

    @Test
    void everyLessonAtThreeSizesAndInPresenterMode(FxRobot robot) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ExecutorService encoder = Executors.newSingleThreadExecutor(); // PNG encoding beside the next frame's drawing
        List<Future<Path>> files = new ArrayList<>();
        List<Lesson> lessons = LessonCatalogue.builtIn().lessons();
        for (Lesson l : lessons) { // run once, then shown at each size
            runAThirdIn(robot, l);
            for (int[] size : SIZES) {
                resize(robot, size[0], size[1]);
                files.add(shoot(robot, encoder, dir.resolve(l.id() + "-" + size[0] + "x" + size[1] + ".png")));
            }
        }
        robot.interact(window::togglePresenter); // once: presenter mode restyles the whole window
        resize(robot, 1600, 1000);
        for (Lesson l : lessons) {
            runAThirdIn(robot, l);
            files.add(shoot(robot, encoder, dir.resolve(l.id() + "-presenter.png")));
        }
        robot.interact(window::togglePresenter);
        encoder.shutdown();
        for (Future<Path> f : files) {
            BufferedImage back = ImageIO.read(f.get(60, TimeUnit.SECONDS).toFile());
            boolean presenter = f.get().getFileName().toString().endsWith("presenter.png");
            String[] wh = presenter ? new String[] {"1600", "1000"} : f.get().getFileName().toString().replaceAll(".*-(\\d+x\\d+)\\.png", "$1").split("x");
            assertEquals(Integer.parseInt(wh[0]), back.getWidth(), f.get().toString());
            assertEquals(Integer.parseInt(wh[1]), back.getHeight(), f.get().toString());
            assertTrue(Files.size(f.get()) > 20_000, f.get() + " has content");
        }
        assertEquals(4 * lessons.size(), files.size());
    }

    /** Opens the lesson, runs it and stops the playhead a third of the way into the run. */
    private void runAThirdIn(FxRobot robot, Lesson l) throws Exception {
        robot.interact(() -> window.openLesson(l));
        robot.interact(window::runCurrent);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        TraceModel m = window.playback().model();
        assertNotNull(m, l.id() + " ran: " + window.statusLabel().getText());
        int at = Math.max(1, m.nextPollStart(m.size() / 3) + 1);
        robot.interact(() -> {
            window.playback().playingProperty().set(false);
            window.playback().seek(at);
        });
    }

    private void resize(FxRobot robot, int w, int h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            window.root().resize(w, h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Snapshots the window now; the PNG is written on {@code encoder}. */
    private Future<Path> shoot(FxRobot robot, ExecutorService encoder, Path file) {
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
            window.refreshNow();
            img.set(SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null));
        });
        return encoder.submit(() -> {
            ImageIO.write(img.get(), "png", file.toFile());
            return file;
        });
    }
}
