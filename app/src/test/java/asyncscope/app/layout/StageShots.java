package asyncscope.app.layout;

import asyncscope.app.model.TraceModel;
import asyncscope.app.stage.StageView;
import asyncscope.app.timeline.TimelineView;
import java.io.File;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Writes the stage and timeline of every program at a few points as PNGs, for a person to look at
 * ({@code -Dasyncscope.stageShots=DIR}; off in normal builds).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "asyncscope.stageShots", matches = ".+")
class StageShots {
    @Test
    void write(FxRobot robot) throws Exception {
        File dir = new File(System.getProperty("asyncscope.stageShots"));
        dir.mkdirs();
        String only = System.getProperty("asyncscope.stageShots.only", "");
        int n = Integer.getInteger("asyncscope.stageShots.points", 5);
        int k = 0;
        for (Map.Entry<String, TraceModel> e : Programs.all().entrySet()) {
            k++;
            if (!only.isEmpty() && !e.getKey().contains(only)) {
                continue;
            }
            TraceModel m = e.getValue();
            for (StageTextLayoutTest.Size size : StageTextLayoutTest.sizes()) {
                if (!size.name().contains(System.getProperty("asyncscope.stageShots.size", "1600x1000"))) {
                    continue;
                }
                for (int at : Programs.seekPoints(m, n)) {
                    AtomicReference<WritableImage> img = new AtomicReference<>();
                    robot.interact(() -> {
                        StageView v = new StageView();
                        v.setAnimate(false);
                        v.setScale(size.scale());
                        v.show(m, m.stateAt(at));
                        v.paintAt(size.w(), size.h(), System.nanoTime());
                        TimelineView t = new TimelineView();
                        t.setScale(size.scale());
                        t.setModel(m);
                        t.setPosition(at);
                        t.paintAt(size.w(), 190 * size.scale());
                        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(v.canvas(), t.canvas());
                        new javafx.scene.Scene(box);
                        img.set(box.snapshot(null, null));
                    });
                    String name = String.format("%02d-%s-%s-%05d.png", k, size.name().replace(' ', '-'),
                            e.getKey().replaceAll("[^A-Za-z0-9]+", "_"), at);
                    ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", new File(dir, name));
                }
            }
        }
    }
}
