package asyncscope.engine.scheduler;

/**
 * A tiny, fast, seedable pseudo-random generator (xorshift64*), one per worker. It picks steal victims
 * and select-branch orders; seeding it from the runtime's seed is what makes a simulated run replay
 * identically.
 */
public final class FastRand {
    private long state;

    public FastRand(long seed) {
        // splitmix64 scrambles the seed so that nearby seeds give unrelated sequences; never zero.
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        state = z == 0 ? 0x2545F4914F6CDD1DL : z;
    }

    public long nextLong() {
        long x = state;
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        state = x;
        return x * 0x2545F4914F6CDD1DL;
    }

    /** A number in {@code [0, bound)}. */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }
}
