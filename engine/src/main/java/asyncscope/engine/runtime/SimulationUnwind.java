package asyncscope.engine.runtime;

/**
 * Thrown inside a simulated thread's half-done step when the simulation it belongs to has failed (a
 * deadlock, a shutdown) and the step must be abandoned: it unwinds the step's Java stack so its carrier
 * thread can end. Nothing may catch it on the way (a task poll does not turn it into a panic); the
 * simulation's own failure is what {@code blockOn} throws.
 */
public final class SimulationUnwind extends Error {
    private static final long serialVersionUID = 1L;

    SimulationUnwind() {
        super("the simulation was abandoned", null, false, false);
    }
}
