package asyncscope.lessons.practice.drill;

/**
 * The wrong beliefs the drills are built to catch, each with the explanation a learner sees after picking the
 * choice it produced. Templates combine them with their parameters to compute wrong answers; the right
 * answer never comes from here.
 */
public final class Misconceptions {
    private Misconceptions() {}

    private static Misconception m(String id, String belief, String explanation) {
        return new Misconception(id, belief, explanation);
    }

    public static final Misconception SUM_NOT_MAX = m("sum-not-max",
            "join! runs its futures one after another, so the times add up",
            "join! polls all its futures in the same task: their timers are armed together at the first poll, so "
                    + "the waits overlap and the total is the longest one, not the sum.");
    public static final Misconception MAX_NOT_SUM = m("max-not-sum",
            "awaiting several futures one after another still runs them at the same time",
            "A future does nothing until it is awaited, and `.await` waits for it to finish before the next line "
                    + "runs: awaiting in sequence adds the times up. Only join!/spawn make them overlap.");
    public static final Misconception FIRST_ONE_ENDS = m("first-one-ends",
            "join! returns as soon as the first future finishes",
            "That is select!. join! waits for every one of its futures and returns all their outputs together.");
    public static final Misconception SPAWN_RUNS_IMMEDIATELY = m("spawn-runs-immediately",
            "tokio::spawn runs the new task right away, before the next line of the caller",
            "spawn only puts the task in a run queue. On the current-thread runtime nothing else runs until the "
                    + "caller reaches an .await that returns Pending; then the scheduler takes queued tasks.");
    public static final Misconception LIFO_NOT_FIFO = m("lifo-not-fifo",
            "the task spawned last runs first",
            "Tokio's run queues are first in, first out: tasks run in the order they were queued. (The "
                    + "multi-thread scheduler's LIFO slot is for the task just woken, and only on a worker.)");
    public static final Misconception AWAIT_ORDER_RUNS = m("await-order-runs",
            "spawned tasks run in the order their JoinHandles are awaited",
            "A spawned task runs on its own, whether or not anyone awaits its handle; awaiting a JoinHandle "
                    + "only waits for the result. The scheduler runs tasks in the order they were queued.");
    public static final Misconception EAGER_FUTURES = m("eager-futures",
            "calling an async fn starts running its body, like a JavaScript Promise",
            "Calling an async fn only builds a future (a state machine in its first state); its body runs when "
                    + "the future is first polled, at its .await. rustc even warns about futures never awaited.");
    public static final Misconception CREATION_ORDER = m("creation-order",
            "futures run in the order they were created",
            "Creating a future runs none of its code. Each body runs when that future is awaited, so the "
                    + "order of the .await lines decides.");
    public static final Misconception YIELD_DOES_NOTHING = m("yield-does-nothing",
            "yield_now().await returns at once, so each task runs to the end before the next",
            "yield_now returns Pending once and wakes its own task: the task goes to the back of the run "
                    + "queue and the scheduler polls the next task first, so the tasks take turns.");
    public static final Misconception FIRST_BRANCH_WINS = m("first-branch-wins",
            "select! takes the branch written first",
            "Without `biased;` select! polls its branches in a random order, and whichever completes first "
                    + "wins; the order in the source does not matter when one finishes earlier.");
    public static final Misconception LOSER_NO_CLEANUP = m("loser-no-cleanup",
            "a select! branch that loses just stops; its destructors never run",
            "Losing branches are dropped, and dropping a future drops everything it holds: their Drop impls "
                    + "run right away, before the winning arm's code.");
    public static final Misconception LOSER_KEEPS_RUNNING = m("loser-keeps-running",
            "the losing branches keep running in the background and finish later",
            "select! drops its losers as soon as a branch wins. A dropped future is never polled again, so "
                    + "its remaining work never happens; only its cleanup runs, at once.");
    public static final Misconception SEND_NEVER_WAITS = m("send-never-waits",
            "send never waits: every message goes out before the receiver starts",
            "A bounded mpsc channel holds at most `capacity` messages. When it is full, send(..).await is "
                    + "Pending and the sender is parked until the receiver takes a message: that is backpressure.");
    public static final Misconception CAPACITY_PLUS_ONE = m("capacity-plus-one",
            "the message being sent does not count, so one more than the capacity gets through",
            "The capacity is the number of messages the buffer holds. The send that finds it full waits; it "
                    + "does not complete until there is room.");
    public static final Misconception RENDEZVOUS = m("rendezvous",
            "a send waits until a receiver takes the message",
            "That is a rendezvous channel (capacity 0), which tokio's mpsc does not have: a send completes as "
                    + "soon as there is room in the buffer, without waiting for the receiver.");
    public static final Misconception PERMITS_IGNORED = m("permits-ignored",
            "all the tasks run at once; the semaphore only counts them",
            "acquire().await is Pending while no permit is free: the task waits in the semaphore's queue until "
                    + "a permit is dropped. At most `permits` tasks are ever past that line together.");
    public static final Misconception ONE_AT_A_TIME = m("one-at-a-time",
            "a semaphore lets one task through at a time, like a mutex",
            "A semaphore with N permits lets N holders through together; only a semaphore of 1 is a mutex.");
    public static final Misconception ABORT_WAITS = m("abort-waits",
            "abort() lets the task finish what it was doing",
            "abort() cancels the task at its current .await: it is never polled again; it is dropped the next "
                    + "time the scheduler gets to it, and its JoinHandle returns a cancelled JoinError.");
    public static final Misconception ABORT_SKIPS_DROP = m("abort-skips-drop",
            "an aborted task is killed without running its destructors",
            "Cancelling a task drops its future, and dropping runs every destructor of what it holds: guards "
                    + "release, Drop impls print. Cancellation in Rust is just drop.");
    public static final Misconception ABORT_FINISHES_STEP = m("abort-finishes-step",
            "abort() lets the current step finish, then stops at the next .await",
            "The task is suspended at an .await when main calls abort(); that .await never completes. The "
                    + "sleep it was waiting on is dropped with it, and its timer is removed from the wheel.");
    public static final Misconception TIMEOUT_KEEPS_RUNNING = m("timeout-keeps-running",
            "after a timeout the operation keeps running and finishes later",
            "timeout() owns the future it wraps; when the deadline passes first it drops that future, so the "
                    + "operation never finishes and prints nothing more.");
    public static final Misconception TIMEOUT_TOTAL = m("timeout-total",
            "the timeouts share one budget counted from the first call",
            "Each call to timeout() starts its own deadline, counted from that call: an operation is timed "
                    + "on its own, however long the earlier ones took.");
    public static final Misconception TIMEOUT_NEVER = m("timeout-never",
            "timeout only reports lateness; the operation always completes",
            "When the deadline comes first, timeout returns Err(Elapsed) at once and drops the operation: "
                    + "there is no result to wait for.");
    public static final Misconception BROADCAST_WAITS = m("broadcast-waits",
            "a broadcast sender waits for slow receivers, like a bounded mpsc",
            "broadcast::send never waits: the channel is a ring of `capacity` values, and a receiver that "
                    + "falls behind loses the oldest and is told so with RecvError::Lagged(n).");
    public static final Misconception BROADCAST_DROPS_NEWEST = m("broadcast-drops-newest",
            "when the ring is full the newest values are thrown away",
            "The ring overwrites its oldest values: a lagging receiver skips the oldest and continues with the "
                    + "newest ones still kept.");
    public static final Misconception BROADCAST_SILENT = m("broadcast-silent",
            "values a slow receiver missed are lost silently",
            "The receiver is told: its next recv returns Err(RecvError::Lagged(n)) with the number of values "
                    + "it skipped, then continues with the oldest value still kept.");
    public static final Misconception ONESHOT_HANGS = m("oneshot-hangs",
            "awaiting a oneshot whose sender never sends waits forever",
            "Dropping the Sender closes the channel: the receiver is woken and its .await returns "
                    + "Err(RecvError), so the program goes on.");
    public static final Misconception ONESHOT_PANICS = m("oneshot-panics",
            "receiving from a oneshot whose sender was dropped panics",
            "It is an ordinary error value, Err(RecvError): nothing panics unless the program unwraps it.");
    public static final Misconception PANIC_KILLS_PROGRAM = m("panic-kills-program",
            "a panic in a spawned task ends the whole program",
            "tokio catches a panic at the task's boundary: the task ends, its JoinHandle returns "
                    + "Err(JoinError) with is_panic() true, and every other task and main go on.");
    public static final Misconception PANIC_IS_SILENT = m("panic-is-silent",
            "a task that panics simply returns nothing and main never notices",
            "The panic is reported through the JoinHandle: awaiting it gives Err(JoinError), which the program "
                    + "must handle; only the panic message on stderr is printed for it automatically.");
    public static final Misconception THREAD_SLEEP_YIELDS = m("thread-sleep-yields",
            "std::thread::sleep lets other tasks run while it waits, like tokio::time::sleep",
            "std::thread::sleep blocks the whole thread. On the current-thread runtime that thread is the only "
                    + "one polling tasks, so nothing else runs until the sleep ends.");
    public static final Misconception ASYNC_SLEEP_BLOCKS = m("async-sleep-blocks",
            "tokio::time::sleep(..).await holds the thread like std::thread::sleep",
            "tokio's sleep registers a timer and returns Pending: the thread goes on polling other tasks and "
                    + "the timer wakes this one when it is due.");
    public static final Misconception SPAWN_ORDER_RESULTS = m("spawn-order-results",
            "join_next returns the tasks in the order they were spawned",
            "A JoinSet hands out results as tasks finish, whatever the spawn order: the first to complete is "
                    + "the first join_next returns.");
    public static final Misconception TICKS_LOST = m("ticks-lost",
            "timers that come due while the thread is blocked are skipped",
            "A timer is never lost: the timing wheel fires it at its next turn, late if the thread was busy. "
                    + "Here the ticker had not even started: it is first polled when main stops blocking.");
}
