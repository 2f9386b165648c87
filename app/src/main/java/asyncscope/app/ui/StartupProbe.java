package asyncscope.app.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Measures start-up as a learner sees it, for the start-up benchmark ({@code bench/startup}): from the
 * process's start (as the OS records it, so JVM start and class loading count) to the first pulse whose
 * layout shows the lessons list and the first lesson's text on screen. That pulse's frame is the first
 * usable one; the probe prints {@code asyncscope-startup-ms N} and quits. Off unless the environment
 * variable {@code ASYNCSCOPE_STARTUP_PROBE} is set.
 */
public final class StartupProbe {
    private StartupProbe() {}

    private static final boolean ON = System.getenv("ASYNCSCOPE_STARTUP_PROBE") != null;

    /** Milliseconds since the process started. */
    static long sinceStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** With the probe on, prints when start-up reached {@code what} ({@code asyncscope-startup-mark what N}). */
    public static void mark(String what) {
        if (ON) {
            System.out.println("asyncscope-startup-mark " + what + " " + sinceStart());
        }
    }

    /** True when the benchmark asked for the probe. */
    public static boolean wanted() {
        return ON;
    }

    /** Watches {@code scene}'s pulses until {@code window} shows the lessons and a lesson's narrative. */
    public static void watch(Scene scene, MainWindow window) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (shown(window.lessonBrowser().tree()) && shown(window.lessonBrowser().narrative())
                    && window.lessonBrowser().tree().getExpandedItemCount() > 1
                    && !window.lessonBrowser().narrative().getChildren().isEmpty()) {
                scene.removePostLayoutPulseListener(check[0]);
                System.out.println("asyncscope-startup-ms " + sinceStart());
                System.out.flush();
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /** In the scene, visible all the way up, with a size, and at least partly inside the window. */
    private static boolean shown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMinX() < n.getScene().getWidth() && b.getMinY() < n.getScene().getHeight();
    }
}
