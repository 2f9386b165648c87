package asyncscope.engine.sync;

/**
 * Permits held from a {@link Semaphore} ({@code SemaphorePermit}). Releasing it ({@link #drop()}, {@link
 * #close()} or {@link #release()}, all the same, at most once) gives the permits back to the semaphore;
 * {@link #forget()} keeps them out for good. Usable in try-with-resources.
 */
public final class SemaphorePermit implements AutoCloseable {
    private final FairPermits owner;
    private final FairPermits.Holding holding;

    SemaphorePermit(FairPermits owner, FairPermits.Holding holding) {
        this.owner = owner;
        this.holding = holding;
    }

    /** How many permits this holds. */
    public int permits() {
        return holding.permits;
    }

    /** Gives the permits back. Returns false if they had already been given back. */
    public boolean release() {
        return owner.release(holding);
    }

    /** Rust's {@code drop(permit)}. */
    public void drop() {
        owner.release(holding);
    }

    @Override
    public void close() {
        owner.release(holding);
    }

    /** Drops the permit without giving the permits back: the semaphore shrinks by {@link #permits()}. */
    public void forget() {
        owner.forget(holding);
    }

    public boolean isReleased() {
        synchronized (owner) {
            return holding.released;
        }
    }

    @Override
    public String toString() {
        return "SemaphorePermit(semaphore#" + owner.id + ", " + holding.permits + ")";
    }
}
