package asyncscope.lessons.practice.run;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Small questions asked of a run's events — which timers were armed and when they fired, what was dropped and
 * why, what a channel or semaphore did, which poll ran longest — so that explanation sentences and diagnoses
 * read like the stage ("the 100 ms timer fired at t = 100 ms") and point at the event that shows it.
 */
public final class RunFacts {
    private final PracticeRun run;

    public RunFacts(PracticeRun run) {
        this.run = run;
    }

    /** "100 ms", or "12.5 ms" for a time that is not a whole number of milliseconds. */
    public static String ms(long nanos) {
        if (nanos % 1_000_000 == 0) {
            return nanos / 1_000_000 + " ms";
        }
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** A timer entry: armed by {@code task} at {@code armedAt} for {@code deadline}; {@code fired} if it fired. */
    public record Timer(long id, long task, long armedAt, long deadline, Event arm, Event fired, Event cancelled) {
        /** The duration the timer was set for. */
        public long duration() {
            return deadline - armedAt;
        }
    }

    public List<Timer> timers() {
        List<Timer> out = new ArrayList<>();
        for (Event e : run.events()) {
            if (e.payload() instanceof Payload.TimerArm a) {
                out.add(new Timer(a.timer(), e.task(), e.time(), a.deadline(), e, null, null));
            } else if (e.payload() instanceof Payload.TimerFire f) {
                replace(out, f.timer(), t -> new Timer(t.id(), t.task(), t.armedAt(), t.deadline(), t.arm(), e, t.cancelled()));
            } else if (e.payload() instanceof Payload.TimerCancel c) {
                replace(out, c.timer(), t -> new Timer(t.id(), t.task(), t.armedAt(), t.deadline(), t.arm(), t.fired(), e));
            }
        }
        return out;
    }

    private static void replace(List<Timer> list, long id, java.util.function.UnaryOperator<Timer> f) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).id() == id) {
                list.set(i, f.apply(list.get(i)));
                return;
            }
        }
    }

    /** The first timer armed for {@code durationNanos} (from the moment it was armed). */
    public Optional<Timer> timerFor(long durationNanos) {
        return timers().stream().filter(t -> t.duration() == durationNanos).findFirst();
    }

    public List<Event> where(Predicate<Event> p) {
        return run.events().stream().filter(p).toList();
    }

    public Optional<Event> first(Predicate<Event> p) {
        return run.events().stream().filter(p).findFirst();
    }

    public Optional<Event> last(Predicate<Event> p) {
        Event found = null;
        for (Event e : run.events()) {
            if (p.test(e)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Futures dropped unfinished for {@code reason}. */
    public List<Event> drops(Payload.DropReason reason) {
        return where(e -> e.payload() instanceof Payload.Drop d && d.reason() == reason);
    }

    /** RESOURCE events of a kind ("mpsc", "semaphore"…) and operation ("send", "acquire"…; null for any). */
    public List<Event> resource(String kind, String op) {
        return where(e -> e.payload() instanceof Payload.Resource r && r.resourceKind().equals(kind)
                && (op == null || r.op().equals(op)));
    }

    /** The name a task was spawned with ("main", "transfer", "async block@18:32"), or "task N". */
    public String taskName(long task) {
        return first(e -> e.task() == task && e.payload() instanceof Payload.Spawn)
                .map(e -> ((Payload.Spawn) e.payload()).displayName(task)).orElse("task-" + task);
    }

    /** The SPAWN event of a task. */
    public Optional<Event> spawnOf(long task) {
        return first(e -> e.task() == task && e.payload() instanceof Payload.Spawn);
    }

    /** The POLL_END event with the longest duration (ties: the first). */
    public Optional<Event> longestPoll() {
        Event best = null;
        long most = -1;
        for (Event e : run.events()) {
            if (e.payload() instanceof Payload.PollEnd p && p.durationNanos() > most) {
                most = p.durationNanos();
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The line a task-level poll state stands for: the {@code .await} that state is suspended at (0 if unknown). */
    public int awaitLine(long task, int state) {
        if (run.program() == null || state < 1) {
            return 0;
        }
        String name = taskName(task);
        var proto = run.program().asyncProtos().stream().filter(p -> p.name.equals(name)).findFirst();
        if (proto.isEmpty() || state - 1 >= proto.get().awaits.size()) {
            return 0;
        }
        return proto.get().awaits.get(state - 1).line();
    }
}
