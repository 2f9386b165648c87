package asyncscope.app.stage;

import asyncscope.app.model.Place;
import asyncscope.app.model.StageState;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TraceModel;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;

/** One event in plain words for the stage caption: "worker 2 steals 3 tasks from worker 0". */
public final class EventText {
    private EventText() {}

    static String task(TraceModel m, long id) {
        TaskInfo t = m.tasks().byId(id);
        if (t == null) {
            return "task " + id;
        }
        return t.name().equals("task-" + id) ? "task " + id : t.name() + " (#" + id + ")";
    }

    /** Who took the step: a worker, a blocking-pool thread (for a spawn_blocking job) or the block_on thread. */
    private static String who(TraceModel m, Event e, StageState at) {
        if (e.worker() >= 0) {
            return "worker " + e.worker();
        }
        TaskInfo t = e.task() >= 0 ? m.tasks().byId(e.task()) : null;
        if (t != null && t.blocking()) {
            int lane = at == null ? -1 : at.lane(t.index());
            boolean onThread = at != null && at.place(t.index()) == Place.BLOCKING_THREAD && lane >= 0;
            return onThread ? "blocking thread " + lane : "a blocking-pool thread";
        }
        return "the block_on thread";
    }

    /** "1 task", "3 tasks". */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Text as a Rust string literal shows it: a line break as \\n, so a caption stays one line. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String describe(TraceModel m, Event e) {
        return describe(m, e, null);
    }

    /** The event in words; {@code at} (the stage just after it, may be null) names the blocking thread it ran on. */
    public static String describe(TraceModel m, Event e, StageState at) {
        Payload p = e.payload();
        String t = e.task() >= 0 ? task(m, e.task()) : "";
        if (p instanceof Payload.Spawn s) {
            return (s.blocking() ? "spawn_blocking creates " : "spawn creates ") + t
                    + (s.parent() >= 0 ? ", child of " + task(m, s.parent()) : "");
        }
        if (p instanceof Payload.Schedule s) {
            return t + " is queued: " + switch (s.where()) {
                case LIFO -> "worker " + s.target() + "'s LIFO slot (runs next there)";
                case LOCAL -> "back of worker " + s.target() + "'s local queue";
                case INJECT -> "the global inject queue";
                case MAIN -> "woken, for the block_on thread";
                case BLOCKING -> "the blocking pool";
            };
        }
        if (p instanceof Payload.PollStart ps) {
            return who(m, e, at) + " polls " + t + (ps.state() >= 0 ? " (state " + ps.state() + ")" : "");
        }
        if (p instanceof Payload.PollEnd pe) {
            return t + " returns " + (pe.ready() ? "Ready: it is finished" : "Pending: it waits to be woken");
        }
        if (p instanceof Payload.Wake w) {
            return t + " is woken by " + m.wakeSource(w.source()) + (w.by() >= 0 && w.by() != e.task() ? " while " + task(m, w.by()) + " runs" : "");
        }
        if (p instanceof Payload.Steal s) {
            return "worker " + e.worker() + " steals " + plural(s.count(), "task") + " from worker " + s.victim();
        }
        if (p instanceof Payload.Move mv) {
            return "move " + plural(mv.tasks().length, "task") + ": " + mv.from().name().toLowerCase()
                    + (mv.fromWorker() >= 0 ? " " + mv.fromWorker() : "") + " → " + mv.to().name().toLowerCase() + (mv.toWorker() >= 0 ? " " + mv.toWorker() : "");
        }
        if (p instanceof Payload.Park pk) {
            return who(m, e, at) + " finds no work and parks";
        }
        if (p instanceof Payload.Unpark u) {
            return "worker " + u.target() + " is unparked to look for work";
        }
        if (p instanceof Payload.BudgetYield b) {
            return t + " used up its budget of 128 and must yield";
        }
        if (p instanceof Payload.Drop d) {
            String why = switch (d.reason()) {
                case SELECT_LOSER -> "select! loser";
                case ABORT -> "aborted";
                case SHUTDOWN -> "runtime shutdown";
                case TIMEOUT -> "timed out";
                case PANIC -> "panic";
            };
            return (e.task() >= 0 ? t + " drops " : "dropped: ") + d.what() + " (" + why + ")";
        }
        if (p instanceof Payload.Complete c) {
            return t + " completes" + (c.outcome() == Payload.Outcome.OK ? "" : " (" + c.outcome().name().toLowerCase() + ")");
        }
        if (p instanceof Payload.BlockingStart b) {
            return "blocking thread " + b.thread() + " runs " + t;
        }
        if (p instanceof Payload.BlockingEnd b) {
            return "blocking thread " + b.thread() + " is done with " + t;
        }
        if (p instanceof Payload.TimerArm a) {
            return t + " arms timer " + a.timer() + " for " + asyncscope.app.model.RunClockText.deadline(a.deadline()) + " (level " + a.level() + ", slot " + a.slot() + ")";
        }
        if (p instanceof Payload.TimerCascade c) {
            return "timer " + c.timer() + " cascades to level " + c.toLevel();
        }
        if (p instanceof Payload.TimerFire f) {
            return "timer " + f.timer() + " fires";
        }
        if (p instanceof Payload.TimerCancel c) {
            return "timer " + c.timer() + " is cancelled";
        }
        if (p instanceof Payload.IoRegister r) {
            return t + " registers socket " + r.label();
        }
        if (p instanceof Payload.IoReady r) {
            return m.resourceName(r.resource()) + " is ready";
        }
        if (p instanceof Payload.IoDeregister r) {
            return m.resourceName(r.resource()) + " leaves the reactor";
        }
        if (p instanceof Payload.Resource r && (r.resourceKind().equals("rwlock") || r.resourceKind().equals("barrier"))) {
            return m.resourceName(r.id()) + ": " + lockOrBarrier(r, t);
        }
        if (p instanceof Payload.Resource r) {
            return m.resourceName(r.id()) + ": " + r.op().replace('_', ' ') + (e.task() >= 0 ? " by " + t : "");
        }
        if (p instanceof Payload.Output o) {
            return t + " prints \"" + escape(o.text()) + "\"";
        }
        return p.toString();
    }

    /** An RwLock's or a Barrier's event in words: which lock a task took, who waits, which round went on. */
    private static String lockOrBarrier(Payload.Resource r, String t) {
        String d = r.detail() == null ? "" : r.detail();
        boolean write = d.matches("^task \\d+ (took|gave) " + asyncscope.app.model.ResourceEntry.RWLOCK_PERMITS + "\\b.*");
        return switch (r.resourceKind() + ":" + r.op()) {
            case "rwlock:create", "barrier:create" -> "created" + (r.resourceKind().equals("barrier") ? " for " + plural(r.value(), "task") : "");
            case "rwlock:acquire" -> t + (write ? " takes the write lock" : " takes a read lock");
            case "rwlock:release" -> t + (write ? " releases the write lock" : " releases a read lock");
            case "rwlock:waiting" -> t + " waits for the lock";
            case "barrier:arrive" -> t + " arrives and waits" + (d.contains("(") ? " " + d.substring(d.lastIndexOf('(')) : "");
            case "barrier:release" -> t + " arrives last: round " + r.value() + " is complete and every task goes on";
            default -> r.op().replace('_', ' ') + " by " + t;
        };
    }
}
