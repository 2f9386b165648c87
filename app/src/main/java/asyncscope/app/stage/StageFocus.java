package asyncscope.app.stage;

import asyncscope.app.model.TraceModel;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.catalogue.StagePart;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which parts of the stage are drawn: a lesson's {@code stage:} header names the parts it is about, and the
 * stage draws those first and leaves the others out. A part the lesson does not name is still drawn when
 * the run puts a task there (a task never vanishes from the stage because its lane was left out): on a
 * current-thread runtime the one worker is the thread that runs {@code block_on}, so its lane stays, named
 * for it; a worker lane that never runs or queues a task is left out. {@link #ALL} draws everything (no
 * lesson, a lesson that names no parts, or "Whole stage").
 */
public final class StageFocus {
    /** The whole stage. */
    public static final StageFocus ALL = new StageFocus(EnumSet.allOf(StagePart.class), null, false);

    private final Set<StagePart> parts;
    /** Worker lanes that hold or run a task at some point of the run (null: all of them). */
    private final BitSet lanesUsed;
    private final boolean currentThread;

    private StageFocus(Set<StagePart> parts, BitSet lanesUsed, boolean currentThread) {
        this.parts = parts;
        this.lanesUsed = lanesUsed;
        this.currentThread = currentThread;
    }

    /** The parts {@code named} (empty: all) plus those the run of {@code m} uses. */
    public static StageFocus of(List<StagePart> named, TraceModel m) {
        if (named.isEmpty() || m == null) {
            return ALL;
        }
        EnumSet<StagePart> used = EnumSet.noneOf(StagePart.class);
        BitSet lanes = new BitSet();
        int workers = m.workers();
        for (int i = 0; i < m.size(); i++) {
            Event e = m.event(i);
            Payload p = e.payload();
            if (p instanceof Payload.Schedule s) {
                switch (s.where()) {
                    case INJECT -> used.add(StagePart.INJECT);
                    case MAIN -> used.add(StagePart.BLOCK_ON);
                    case BLOCKING -> used.add(StagePart.BLOCKING);
                    case LIFO, LOCAL -> {
                        if (s.target() >= 0) {
                            lanes.set(s.target());
                        }
                    }
                }
            } else if (p instanceof Payload.PollStart) {
                if (e.worker() >= 0 && e.worker() < workers) {
                    lanes.set(e.worker());
                } else if (e.worker() == workers || e.worker() < 0) {
                    used.add(StagePart.BLOCK_ON);
                }
            } else if (p instanceof Payload.Steal st) {
                if (e.worker() >= 0 && e.worker() < workers) {
                    lanes.set(e.worker());
                }
                if (st.victim() >= 0) {
                    lanes.set(st.victim());
                }
            } else if (p instanceof Payload.Move mv) {
                for (Payload.Where w : new Payload.Where[] {mv.from(), mv.to()}) {
                    if (w == Payload.Where.INJECT) {
                        used.add(StagePart.INJECT);
                    } else if (w == Payload.Where.MAIN) {
                        used.add(StagePart.BLOCK_ON);
                    }
                }
                if (mv.toWorker() >= 0 && mv.toWorker() < workers) {
                    lanes.set(mv.toWorker());
                }
                if (mv.fromWorker() >= 0 && mv.fromWorker() < workers) {
                    lanes.set(mv.fromWorker());
                }
            } else if (p instanceof Payload.TimerArm) {
                used.add(StagePart.TIMERS);
            } else if (p instanceof Payload.IoRegister) {
                used.add(StagePart.SOCKETS);
            } else if (p instanceof Payload.Resource) {
                used.add(StagePart.RESOURCES);
            }
        }
        if (m.blockingThreads() > 0) {
            used.add(StagePart.BLOCKING);
        }
        boolean current = "current_thread".equals(m.settings().get("flavor")) || workers == 1 && m.spans().count(workers) == 0;
        EnumSet<StagePart> shown = EnumSet.copyOf(named);
        shown.addAll(used);
        if (!lanes.isEmpty()) {
            shown.add(StagePart.WORKERS);
        }
        if (named.contains(StagePart.WORKERS)) {
            lanes = null; // the lesson is about the workers: every lane, busy or idle
        }
        return new StageFocus(shown, lanes, current);
    }

    /** Whether {@code part} is drawn. */
    public boolean shows(StagePart part) {
        return parts.contains(part);
    }

    /** Whether worker {@code w}'s lane is drawn. */
    public boolean showsLane(int w) {
        return parts.contains(StagePart.WORKERS) && (lanesUsed == null || lanesUsed.get(w));
    }

    /** True when something is left out (the stage then says so, and "Whole stage" brings it back). */
    public boolean isFiltered() {
        return this != ALL && (parts.size() < StagePart.values().length || lanesUsed != null);
    }

    /** On a current-thread runtime the one worker lane is the thread that runs block_on. */
    public boolean currentThread() {
        return currentThread;
    }

    /** The parts drawn, in the words lesson files use ("block_on, timers"). */
    public String describe() {
        return parts.stream().map(StagePart::word).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
