package asyncscope.engine.runtime;

/**
 * One thread of a simulated runtime — a worker, the {@code block_on} thread, or a blocking-pool thread —
 * as the {@link SimulatedDriver} sees it: a clock of its own and whether it has something to do.
 *
 * <p>{@link #time} is the virtual time at which the thread can take its next step. A step starts at that
 * time (the simulation's clock is set to it) and the CPU time the step spends ({@link CpuTime}) moves the
 * thread's clock on: first into {@link #pending}, private to the step, then — once a time slice has
 * accrued, at a {@code std::thread::sleep}, or when the step ends — into {@link #time}. So a thread busy
 * from t to t + d is simply a thread whose clock reads t + d, while the others go on at theirs, and the
 * driver always lets the thread with the earliest clock act next.
 *
 * <p>A thread whose step is interrupted half-way (because another thread's clock is now earlier) is
 * {@link State#SUSPENDED}: a Java thread ({@link #carrier}) holds the half-done step until the driver
 * resumes it. Only the driver touches these fields, and only one Java thread runs the driver at a time.
 */
final class SimThread {
    enum State {
        /** Nothing to do: a parked worker, a root waiting for a wake, a blocking thread without a job. */
        IDLE,
        /** Has a step to take at {@link #time}. */
        READY,
        /** Its step is executing now. */
        RUNNING,
        /** Its step stopped half-way at {@link #time}; {@link #carrier} continues it when resumed. */
        SUSPENDED
    }

    /** Worker index, blocking-thread index, or -1 for the {@code block_on} thread. */
    final int index;
    long time;
    long pending;
    State state = State.IDLE;
    /** While {@link State#SUSPENDED}: the Java thread holding the step. */
    Carrier carrier;
    /** Blocking threads: the order their current job was handed out (ties between equal clocks go FIFO). */
    long order;

    SimThread(int index) {
        this.index = index;
    }

    /** Makes the thread ready to act no earlier than {@code now} (it was idle, so its clock had stopped). */
    void wake(long now) {
        if (state == State.IDLE) {
            state = State.READY;
            if (time < now) {
                time = now;
            }
        }
    }

    /** Folds the CPU time the step spent into the thread's clock. */
    long settle() {
        time += pending;
        pending = 0;
        return time;
    }

    @Override
    public String toString() {
        return "SimThread[" + index + " " + state + " @" + time + (pending > 0 ? "+" + pending : "") + "]";
    }
}
