package asyncscope.engine.runtime;

/**
 * The simulated runtime can prove that nothing will ever happen again: the root future is pending, no
 * task is queued, and no timer or I/O event is outstanding. A real runtime would hang; the simulator
 * says so instead.
 */
public final class SimulationDeadlock extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimulationDeadlock(String message) {
        super(message);
    }
}
