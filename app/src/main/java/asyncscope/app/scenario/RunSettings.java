package asyncscope.app.scenario;

import asyncscope.engine.runtime.Flavor;

/**
 * How to run a program: simulated (seeded, deterministic) or live (real threads, real time), the
 * flavour and the number of workers. What the run-settings bar edits and what a trace records.
 */
public record RunSettings(boolean live, long seed, int workers, Flavor flavor) {
    public RunSettings {
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be between 1 and 64, got " + workers);
        }
        if (flavor == Flavor.CURRENT_THREAD) {
            workers = 1;
        }
    }

    public static RunSettings simulated(long seed, int workers) {
        return new RunSettings(false, seed, workers, Flavor.MULTI_THREAD);
    }

    public RunSettings withSeed(long s) {
        return new RunSettings(live, s, workers, flavor);
    }
}
