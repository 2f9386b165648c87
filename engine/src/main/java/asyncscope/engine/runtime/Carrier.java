package asyncscope.engine.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * A Java thread that carries a simulation: the thread blocked in {@code blockOn}, or a spare the
 * {@link SimulatedDriver} starts when a simulated thread's step has to stop half-way (a worker inside a
 * 300 ms {@code std::thread::sleep} while another worker runs). The half-done step keeps its Java stack on
 * its carrier; another carrier goes on running the simulation, and resumes it later.
 *
 * <p>Exactly one carrier runs at any moment: the driver passes a baton with {@link #handTo}, and every
 * other carrier waits in {@link #await} for a command. So the simulation stays as deterministic as one
 * thread (the same seed makes the same choices), and the handover's volatile write/read orders every
 * change the giver made before the receiver's next step.
 */
final class Carrier {
    /** What the baton's new holder is asked to do. */
    enum Command {
        /** Run the simulation loop (from the step in {@link #firstChoice}). */
        RUN,
        /** Continue the suspended step you hold. */
        RESUME,
        /** Unwind the suspended step you hold: the simulation failed. */
        ABORT,
        /** (The {@code blockOn} thread) the simulation is over: return, or throw its failure. */
        FINISH,
        /** (A spare) end the thread. */
        EXIT
    }

    final Thread thread;
    private volatile Command command;
    /** With {@link Command#RUN}: the step the giver already chose for the receiver to take first. */
    int firstChoice;

    Carrier(Thread thread) {
        this.thread = thread;
    }

    /** Gives the baton to {@code to}; the caller must not touch the simulation afterwards (it awaits). */
    static void handTo(Carrier to, Command cmd) {
        to.command = cmd;
        LockSupport.unpark(to.thread);
    }

    /** Waits until this carrier is handed the baton, and returns what it is asked to do. */
    Command await() {
        Command c;
        while ((c = command) == null) {
            LockSupport.park(this);
        }
        command = null;
        return c;
    }
}
