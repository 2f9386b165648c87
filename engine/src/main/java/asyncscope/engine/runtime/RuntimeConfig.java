package asyncscope.engine.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything that shapes a runtime; recorded in traces so a run can be reproduced. */
public record RuntimeConfig(Flavor flavor, int workers, DriverKind driver, long seed,
                            int maxBlockingThreads, Duration blockingKeepAlive) {

    public RuntimeConfig {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (maxBlockingThreads < 1) {
            throw new IllegalArgumentException("maxBlockingThreads must be at least 1, got " + maxBlockingThreads);
        }
        if (flavor == Flavor.CURRENT_THREAD && workers != 1) {
            throw new IllegalArgumentException("a current-thread runtime has exactly one worker, got " + workers);
        }
    }

    /** The settings as text, for trace files and summaries. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("flavor", flavor.name().toLowerCase());
        m.put("workers", Integer.toString(workers));
        m.put("driver", driver.name().toLowerCase());
        m.put("seed", Long.toString(seed));
        m.put("maxBlockingThreads", Integer.toString(maxBlockingThreads));
        return m;
    }
}
