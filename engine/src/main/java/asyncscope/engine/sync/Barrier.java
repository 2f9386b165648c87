package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tokio::sync::Barrier}: {@code n} tasks wait until all {@code n} have arrived, then all go on
 * together. The task whose arrival completes a round is its leader ({@link #wait()} gives true to it and
 * false to the others), and the barrier is then ready for the next round (a generation count tells the rounds
 * apart). As in Tokio, an arrival is not taken back if its future is dropped while waiting. Events: RESOURCE of
 * kind {@code barrier} for each arrival and each release of a round.
 */
public final class Barrier {
    static final String KIND = "barrier";

    /** The barrier at one instant: how many must arrive, how many have, the tasks parked, the round. */
    public record Snapshot(long id, int needed, int arrived, List<Long> waiting, long generation) {}

    private record Parked(long task, Waker waker) {}

    final long id = Instrument.newId();
    private final WakeSource wakeSource = WakeSource.of(WakeSource.Kind.OTHER, id);
    private final int needed;
    private int arrived;
    private long generation;
    private final List<Parked> parked = new ArrayList<>();

    /** A barrier for {@code n} tasks; as in Tokio, 0 behaves as 1. */
    public Barrier(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a barrier needs a non-negative count: " + n);
        }
        this.needed = Math.max(1, n);
        Instrument.emit(KIND, id, "create", needed, "n=" + needed);
    }

    /** Arrives and waits for the round to fill; the value is whether this task is the round's leader. */
    public Future<Boolean> await() {
        return new Future<>() {
            private long round = -1;
            private Parked me;
            private boolean done;

            @Override
            public Poll<Boolean> poll(Context cx) {
                if (done) {
                    throw new IllegalStateException("barrier wait polled after completion");
                }
                WakeList wakes = new WakeList();
                Poll<Boolean> result;
                synchronized (Barrier.this) {
                    if (round < 0) {
                        round = generation;
                        arrived++;
                        if (arrived == needed) {
                            for (Parked p : parked) {
                                wakes.add(p.waker);
                            }
                            if (Instrument.recording()) {
                                Instrument.emit(KIND, id, "release", generation + 1, "leader task " + Instrument.currentTask()
                                        + "; woke " + Instrument.ids(parked.stream().map(Parked::task).toList()));
                            }
                            parked.clear();
                            arrived = 0;
                            generation++;
                            done = true;
                            result = Poll.ready(true);
                        } else {
                            me = new Parked(Instrument.currentTask(), cx.waker());
                            parked.add(me);
                            Instrument.emit(KIND, id, "arrive", arrived, "task " + me.task + " waits (" + arrived + "/" + needed + ")");
                            result = Poll.pending();
                        }
                    } else if (generation != round) {
                        done = true;
                        me = null;
                        result = Poll.ready(false);
                    } else {
                        int i = parked.indexOf(me);
                        me = new Parked(me.task, cx.waker());
                        parked.set(i, me);
                        result = Poll.pending();
                    }
                }
                wakes.wakeAll(wakeSource);
                return result;
            }

            @Override
            public void drop() {
                synchronized (Barrier.this) {
                    if (!done && me != null) {
                        parked.remove(me);
                    }
                    done = true;
                }
            }

            @Override
            public String describe() {
                return "barrier#" + id + ".wait";
            }
        };
    }

    public int needed() {
        return needed;
    }

    public long id() {
        return id;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(id, needed, arrived, parked.stream().map(Parked::task).toList(), generation);
    }
}
