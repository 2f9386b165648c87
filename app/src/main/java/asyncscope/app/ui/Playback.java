package asyncscope.app.ui;

import asyncscope.app.model.StageState;
import asyncscope.app.model.TraceModel;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The playhead over a loaded trace: the position (events applied), the derived stage state there, and
 * play/pause at a speed. Playing is driven by one {@link AnimationTimer}: each frame advances by however
 * many events the elapsed time and speed allow (as one batch), then the views redraw once. Seeking
 * backwards goes through the model's keyframes, so it costs at most one keyframe interval of replay.
 * UI thread only.
 */
public final class Playback {
    /** Playing at 1x shows this many events a second on small traces. */
    public static final double BASE_EVENTS_PER_SECOND = 4;

    private final ObjectProperty<TraceModel> model = new SimpleObjectProperty<>();
    private final IntegerProperty position = new SimpleIntegerProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private StageState state;
    private double carry;
    private long lastFrame;
    private Runnable onFrame = () -> { };
    private final FrameStats stats = new FrameStats();

    private AnimationTimer timer;

    /** A playhead without a clock: positions move only when asked (the view-model's tests use it without a window). */
    public Playback() {
        position.addListener((o, a, b) -> syncState());
    }

    /** Starts the per-frame clock that plays the run and calls {@link #setOnFrame} (the window does, once). */
    public void startClock() {
        if (timer != null) {
            return;
        }
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t0 = System.nanoTime();
                frame(now);
                onFrame.run();
                stats.record(System.nanoTime() - t0);
            }
        };
        timer.start();
    }

    public void load(TraceModel m) {
        playing.set(false);
        state = null; // so the position change below does not seek the old state
        position.set(0);
        state = m.newState();
        model.set(m); // listeners see the new model with its state ready
    }

    /** Forgets the loaded trace (e.g. while a lesson that cannot run yet is shown). */
    public void clear() {
        playing.set(false);
        state = null;
        model.set(null);
        position.set(0);
    }

    private void syncState() {
        TraceModel m = model.get();
        if (m != null && state != null && state.applied() != position.get()) {
            m.seek(state, position.get());
        }
    }

    private void frame(long now) {
        TraceModel m = model.get();
        if (!playing.get() || m == null) {
            lastFrame = now;
            return;
        }
        double dt = lastFrame == 0 ? 0 : (now - lastFrame) / 1e9;
        lastFrame = now;
        carry += dt * eventsPerSecond() * speed.get();
        int step = (int) carry;
        if (step > 0) {
            carry -= step;
            int next = Math.min(m.size(), position.get() + step);
            position.set(next);
            if (next == m.size()) {
                playing.set(false);
            }
        }
    }

    /** Events a second at 1x: a few on small traces, so a long trace still plays through in about two minutes. */
    public double eventsPerSecond() {
        TraceModel m = model.get();
        return m == null ? BASE_EVENTS_PER_SECOND : Math.max(BASE_EVENTS_PER_SECOND, m.size() / 120.0);
    }

    public void togglePlay() {
        TraceModel m = model.get();
        if (m == null) {
            return;
        }
        if (!playing.get() && position.get() == m.size()) {
            position.set(0);
        }
        carry = 0;
        playing.set(!playing.get());
    }

    /** Event kinds a step stops at (a lesson's {@code stop-at:}); null: every event. */
    private java.util.Set<asyncscope.engine.event.EventKind> stops;

    /** Steps stop at these event kinds from now on; null or empty: at every event. */
    public void setStops(java.util.Collection<asyncscope.engine.event.EventKind> kinds) {
        stops = kinds == null || kinds.isEmpty() ? null : java.util.EnumSet.copyOf(kinds);
    }

    /** The kinds a step stops at (empty: every event). */
    public java.util.Set<asyncscope.engine.event.EventKind> stops() {
        return stops == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(stops);
    }

    /** Steps to just after the next event a step stops at (the next one at all when no kinds are set). */
    public void stepForward() {
        TraceModel m = model.get();
        if (m != null && position.get() < m.size()) {
            playing.set(false);
            int i = position.get();
            if (stops != null) {
                while (i < m.size() && !stops.contains(m.event(i).kind())) {
                    i++;
                }
            }
            position.set(Math.min(m.size(), i + 1));
        }
    }

    /** Steps back to just after the previous event a step stops at (the start when there is none). */
    public void stepBack() {
        TraceModel m = model.get();
        if (m != null && position.get() > 0) {
            playing.set(false);
            int i = position.get() - 2;
            if (stops != null) {
                while (i >= 0 && !stops.contains(m.event(i).kind())) {
                    i--;
                }
            }
            position.set(Math.max(0, i + 1));
        }
    }

    /** One event forward, whatever its kind. */
    public void stepOneEvent() {
        TraceModel m = model.get();
        if (m != null && position.get() < m.size()) {
            playing.set(false);
            position.set(position.get() + 1);
        }
    }

    /** One event back, whatever its kind. */
    public void stepOneEventBack() {
        if (model.get() != null && position.get() > 0) {
            playing.set(false);
            position.set(position.get() - 1);
        }
    }

    /** Moves to just after the start of the next poll (so the stage shows that task running). */
    public void stepToNextPoll() {
        TraceModel m = model.get();
        if (m == null) {
            return;
        }
        playing.set(false);
        int i = m.nextPollStart(position.get());
        position.set(i < 0 ? m.size() : i + 1);
    }

    /** Moves back to just after the start of the previous poll. */
    public void stepToPreviousPoll() {
        TraceModel m = model.get();
        if (m == null) {
            return;
        }
        playing.set(false);
        int i = m.previousPollStart(position.get() - 1);
        position.set(i < 0 ? 0 : i + 1);
    }

    public void jumpToStart() {
        playing.set(false);
        position.set(0);
    }

    public void jumpToEnd() {
        TraceModel m = model.get();
        if (m != null) {
            playing.set(false);
            position.set(m.size());
        }
    }

    public void seek(int index) {
        TraceModel m = model.get();
        if (m != null) {
            position.set(Math.max(0, Math.min(m.size(), index)));
        }
    }

    public StageState state() {
        return state;
    }

    public TraceModel model() {
        return model.get();
    }

    public ObjectProperty<TraceModel> modelProperty() {
        return model;
    }

    public IntegerProperty positionProperty() {
        return position;
    }

    public int position() {
        return position.get();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public void setOnFrame(Runnable r) {
        onFrame = r;
    }

    public FrameStats frameStats() {
        return stats;
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** Durations of the playback frame work (advance + redraw), for the benchmark. */
    public static final class FrameStats {
        private long[] samples = new long[4096];
        private int n;

        void record(long nanos) {
            if (n == samples.length) {
                samples = java.util.Arrays.copyOf(samples, n * 2);
            }
            samples[n++] = nanos;
        }

        public void reset() {
            n = 0;
        }

        public int count() {
            return n;
        }

        /** The {@code q} quantile (0..1) in nanoseconds. */
        public long quantile(double q) {
            if (n == 0) {
                return 0;
            }
            long[] c = java.util.Arrays.copyOf(samples, n);
            java.util.Arrays.sort(c);
            return c[Math.min(n - 1, (int) (q * n))];
        }
    }
}
