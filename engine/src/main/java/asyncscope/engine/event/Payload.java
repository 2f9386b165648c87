package asyncscope.engine.event;

/**
 * The kind-specific part of an {@link Event}. One record per kind, all in this file so the whole event
 * model reads in one place. Task ids are {@code long}; {@code -1} means "none" throughout.
 */
public sealed interface Payload {
    EventKind kind();

    /** Where a scheduled task was put. */
    enum Where { LIFO, LOCAL, INJECT, MAIN, BLOCKING }

    /** Why a future was dropped before it finished. */
    enum DropReason { SELECT_LOSER, ABORT, SHUTDOWN, TIMEOUT, PANIC }

    /** How a task ended. */
    enum Outcome { OK, PANIC, CANCELLED }

    /** A task was created. {@code parent} is the task that spawned it; {@code name} is "" if it has none. */
    record Spawn(long parent, String name, SourceSpan span, boolean blocking) implements Payload {
        public EventKind kind() { return EventKind.SPAWN; }

        /** The name to show for task {@code id}: its own, or "task-ID". */
        public String displayName(long id) {
            return name == null || name.isEmpty() ? "task-" + id : name;
        }
    }

    /** A task was queued to run: into a worker's LIFO slot or local queue, the inject queue, … */
    record Schedule(Where where, int target, long by) implements Payload {
        public EventKind kind() { return EventKind.SCHEDULE; }
    }

    /** A poll began; {@code state} is the state-machine state the future was suspended in (or -1). */
    record PollStart(int state) implements Payload {
        public EventKind kind() { return EventKind.POLL_START; }
    }

    /** A poll ended; {@code state} is the state the future is now suspended in (or -1). */
    record PollEnd(boolean ready, int state, long durationNanos) implements Payload {
        public EventKind kind() { return EventKind.POLL_END; }
    }

    /** A task was woken by {@code source}; {@code by} is the task running when the wake happened. */
    record Wake(WakeSource source, long by) implements Payload {
        public EventKind kind() { return EventKind.WAKE; }
    }

    /** The event's worker (the thief) took {@code tasks} from the front of {@code victim}'s local queue. */
    record Steal(int victim, long[] tasks) implements Payload {
        public EventKind kind() { return EventKind.STEAL; }

        public int count() { return tasks.length; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Steal s && s.victim == victim && java.util.Arrays.equals(s.tasks, tasks);
        }

        @Override
        public int hashCode() { return victim * 31 + java.util.Arrays.hashCode(tasks); }

        @Override
        public String toString() { return "Steal[victim=" + victim + ", tasks=" + java.util.Arrays.toString(tasks) + "]"; }
    }

    /**
     * Queued tasks moved in bulk between queues without running: a full local queue spilling half into
     * the inject queue, or a worker taking a batch from the inject queue into its local queue.
     */
    record Move(Where from, int fromWorker, Where to, int toWorker, long[] tasks) implements Payload {
        public EventKind kind() { return EventKind.MOVE; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Move m && m.from == from && m.fromWorker == fromWorker && m.to == to
                    && m.toWorker == toWorker && java.util.Arrays.equals(m.tasks, tasks);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(from, fromWorker, to, toWorker) * 31 + java.util.Arrays.hashCode(tasks); }

        @Override
        public String toString() {
            return "Move[" + from + fromWorker + "->" + to + toWorker + " " + java.util.Arrays.toString(tasks) + "]";
        }
    }

    /** The event's worker found no work and parked. */
    record Park() implements Payload {
        public EventKind kind() { return EventKind.PARK; }
    }

    /** Worker {@code target} was unparked; the event's worker (or -1) did it. */
    record Unpark(int target) implements Payload {
        public EventKind kind() { return EventKind.UNPARK; }
    }

    /** The task used up its cooperative budget and was made to yield. */
    record BudgetYield() implements Payload {
        public EventKind kind() { return EventKind.BUDGET_YIELD; }
    }

    /** A future was dropped unfinished; {@code what} names it (a task, a select branch, …). */
    record Drop(DropReason reason, String what) implements Payload {
        public EventKind kind() { return EventKind.DROP; }
    }

    /** A task finished. {@code message} is the panic message, or empty. */
    record Complete(Outcome outcome, String message) implements Payload {
        public EventKind kind() { return EventKind.COMPLETE; }
    }

    /** A blocking-pool thread ({@code thread}) started running the task. */
    record BlockingStart(int thread) implements Payload {
        public EventKind kind() { return EventKind.BLOCKING_START; }
    }

    /** A blocking-pool thread finished running the task. */
    record BlockingEnd(int thread) implements Payload {
        public EventKind kind() { return EventKind.BLOCKING_END; }
    }

    /** A timer entry was put in the wheel. */
    record TimerArm(long timer, long deadline, int level, int slot) implements Payload {
        public EventKind kind() { return EventKind.TIMER_ARM; }
    }

    /** A timer entry moved down the wheel as time advanced. */
    record TimerCascade(long timer, int fromLevel, int toLevel, int toSlot) implements Payload {
        public EventKind kind() { return EventKind.TIMER_CASCADE; }
    }

    /** A timer's deadline passed. */
    record TimerFire(long timer, long deadline) implements Payload {
        public EventKind kind() { return EventKind.TIMER_FIRE; }
    }

    /** A timer entry was removed before it fired. */
    record TimerCancel(long timer) implements Payload {
        public EventKind kind() { return EventKind.TIMER_CANCEL; }
    }

    /** A socket was registered with the reactor for {@code interest} (a bit set: 1 read, 4 write, 8 connect, 16 accept). */
    record IoRegister(long resource, int interest, String label) implements Payload {
        public EventKind kind() { return EventKind.IO_REGISTER; }
    }

    /** The reactor saw readiness on a socket. */
    record IoReady(long resource, int readiness) implements Payload {
        public EventKind kind() { return EventKind.IO_READY; }
    }

    /** A socket left the reactor. */
    record IoDeregister(long resource) implements Payload {
        public EventKind kind() { return EventKind.IO_DEREGISTER; }
    }

    /**
     * A resource (channel, semaphore, …) changed: {@code op} says how ("send", "recv", "acquire", …),
     * {@code value} is its main quantity afterwards (buffer occupancy, permits available) and
     * {@code detail} anything else worth showing (e.g. the waiting task ids).
     */
    record Resource(String resourceKind, long id, String op, long value, String detail) implements Payload {
        public EventKind kind() { return EventKind.RESOURCE; }
    }

    /** The program printed {@code text} (to stderr when {@code stderr}). */
    record Output(String text, boolean stderr) implements Payload {
        public EventKind kind() { return EventKind.OUTPUT; }
    }
}
