package asyncscope.app.bench;

import asyncscope.app.model.StageState;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.ScaleDemo;
import asyncscope.app.ui.MainWindow;
import asyncscope.engine.event.Trace;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The app's two speed targets, measured (not asserted): a step back on a trace of about a million events
 * (target under 50 ms), and the frame time while playing a 100,000-task trace at 8x (target under 20 ms).
 * Run it with a display (e.g. under xvfb-run) or headless Monocle:
 * {@code java -cp asyncscope.jar asyncscope.app.bench.PlaybackBench [tasks] [seconds]}.
 */
public final class PlaybackBench {
    private PlaybackBench() {}

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;

        long t0 = System.nanoTime();
        Trace trace = new ScaleDemo(tasks).run(RunSettings.simulated(11, 4));
        long t1 = System.nanoTime();
        TraceModel model = new TraceModel(trace);
        long t2 = System.nanoTime();
        System.out.printf("trace: %,d tasks, %,d events; recorded in %.0f ms, model built in %.0f ms (%d keyframes every %,d events)%n",
                model.tasks().size(), model.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, model.keyframeCount(), model.keyframeInterval());

        stepBack(model);
        playback(model, seconds);
        Platform.exit();
    }

    private static void stepBack(TraceModel model) {
        StageState s = model.newState();
        Random r = new Random(1);
        int n = 300;
        long[] back = new long[n];
        long[] jump = new long[n];
        for (int warm = 0; warm < 50; warm++) {
            model.seek(s, r.nextInt(model.size() + 1));
        }
        for (int i = 0; i < n; i++) {
            int at = 1 + r.nextInt(model.size());
            model.seek(s, at);
            long a = System.nanoTime();
            model.seek(s, at - 1); // one step back
            back[i] = System.nanoTime() - a;
            int to = r.nextInt(model.size() + 1);
            a = System.nanoTime();
            model.seek(s, to); // scrub anywhere
            jump[i] = System.nanoTime() - a;
        }
        report("step back (one event)", back);
        report("seek to a random index", jump);
    }

    private static void report(String what, long[] ns) {
        long[] c = ns.clone();
        Arrays.sort(c);
        System.out.printf("%-28s median %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)%n", what,
                c[c.length / 2] / 1e6, c[(int) (c.length * 0.95)] / 1e6, c[c.length - 1] / 1e6, c.length);
    }

    /** Boots JavaFX, shows the main window with the trace, plays at 8x and records frame times. */
    private static void playback(TraceModel model, int seconds) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> win = new AtomicReference<>();
        long[] pulses = new long[200_000];
        int[] pulseCount = new int[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            MainWindow w = new MainWindow();
            Stage st = new Stage();
            st.setScene(w.scene(1600, 1000));
            st.show();
            w.load(model);
            win.set(w);
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1500);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            MainWindow w = win.get();
            w.playback().frameStats().reset();
            w.playback().speedProperty().set(8);
            w.playback().jumpToStart();
            w.playback().togglePlay();
            new AnimationTimer() {
                long last;

                @Override
                public void handle(long now) {
                    if (last != 0 && pulseCount[0] < pulses.length) {
                        pulses[pulseCount[0]++] = now - last;
                    }
                    last = now;
                }
            }.start();
        });
        Thread.sleep(seconds * 1000L);
        AtomicReference<String> out = new AtomicReference<>();
        Platform.runLater(() -> {
            MainWindow w = win.get();
            var f = w.playback().frameStats();
            out.set(String.format("playing at 8x for %d s: %d frames, playhead at %,d of %,d (%.0f events a frame)%n"
                            + "frame work (advance playhead + redraw stage, timeline, log): median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                    seconds, f.count(), w.playback().position(), model.size(), w.playback().position() / (double) Math.max(1, f.count()),
                    f.quantile(0.5) / 1e6, f.quantile(0.95) / 1e6, f.quantile(0.99) / 1e6, f.quantile(1.0) / 1e6));
            w.playback().playingProperty().set(false);
            done.countDown();
        });
        done.await();
        System.out.println(out.get());
        long[] p = Arrays.copyOf(pulses, pulseCount[0]);
        if (p.length > 0) {
            report("pulse interval", p);
            System.out.printf("                             = %.1f frames a second%n", 1e9 / (Arrays.stream(p).average().orElse(1)));
        }
    }
}
