package asyncscope.app.practice;

import asyncscope.app.ui.Playback;
import javafx.beans.value.ChangeListener;

/**
 * Plays a loaded run from its start and stops at one event — the event that decides a drill, the event a
 * diagnosis points at — so the learner watches how the run got there. The speed is raised (1×, 2×, 4× or
 * 8×, what the transport offers) so the trip takes a few seconds; the learner's own speed comes back when it
 * stops. Pausing or seeking by hand ends it where it is. UI thread only.
 */
public final class PlayTo {
    /** About how long the trip to the stop may take, in seconds (tests shorten it: they check where it stops). */
    private static volatile double tripSeconds = 6;

    /** Sets how long a trip may take (the walk-through tests use a short one). */
    public static void setTripSeconds(double s) {
        tripSeconds = s;
    }

    private final Playback playback;
    private ChangeListener<Number> watch;
    private ChangeListener<Boolean> paused;
    private double speedBefore = 1;
    private int target = -1;

    public PlayTo(Playback playback) {
        this.playback = playback;
    }

    /** The speed (of 1, 2, 4, 8) at which {@code events} play within {@link #TRIP_SECONDS}. */
    static double speedFor(int events, double eventsPerSecond) {
        for (double s : new double[] {1, 2, 4, 8}) {
            if (events / (eventsPerSecond * s) <= tripSeconds) {
                return s;
            }
        }
        return tripSeconds < 6 ? 64 : 8;
    }

    /** Starts playing from the beginning; stops just after event index {@code position} (a playhead position). */
    public void start(int position) {
        cancel();
        if (playback.model() == null) {
            return;
        }
        target = Math.max(0, Math.min(playback.model().size(), position));
        speedBefore = playback.speedProperty().get();
        playback.jumpToStart();
        if (target == 0) {
            return;
        }
        playback.speedProperty().set(speedFor(target, playback.eventsPerSecond()));
        watch = (o, a, b) -> {
            if (b.intValue() >= target) {
                int t = target;
                cancel();
                playback.seek(t);
            }
        };
        paused = (o, a, b) -> {
            if (!b) {
                cancel();
            }
        };
        playback.positionProperty().addListener(watch);
        playback.togglePlay();
        playback.playingProperty().addListener(paused);
    }

    /** Whether a trip is under way. */
    public boolean active() {
        return watch != null;
    }

    /** Where the trip stops (a playhead position), -1 before any. */
    public int target() {
        return target;
    }

    /** Ends the trip where it is and gives the learner's speed back. */
    public void cancel() {
        if (watch != null) {
            playback.positionProperty().removeListener(watch);
            playback.playingProperty().removeListener(paused);
            watch = null;
            paused = null;
            if (playback.playingProperty().get()) {
                playback.togglePlay();
            }
            playback.speedProperty().set(speedBefore);
        }
    }
}
