package asyncscope.engine.runtime;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Test helpers: runtimes of every shape, and small futures with observable behaviour. */
public final class Rt {
    private Rt() {}

    /** A driver × worker-count combination to run a test under. */
    public record Shape(DriverKind driver, Flavor flavor, int workers) {
        public Runtime build(long seed, Recorder rec) {
            Runtime.Builder b = Runtime.builder().flavor(flavor, workers).driver(driver).seed(seed);
            if (rec != null) {
                b.recorder(rec);
            }
            return b.build();
        }

        @Override
        public String toString() {
            return driver.name().toLowerCase() + "/" + (flavor == Flavor.CURRENT_THREAD ? "current" : workers + "w");
        }
    }

    /** Multi-thread runtimes with 1, 2 and 4 workers under both drivers. */
    public static List<Shape> multiThreadShapes() {
        List<Shape> out = new ArrayList<>();
        for (DriverKind d : DriverKind.values()) {
            for (int w : new int[] {1, 2, 4}) {
                out.add(new Shape(d, Flavor.MULTI_THREAD, w));
            }
        }
        return out;
    }

    /** Every shape: multi-thread ones plus current-thread under both drivers. */
    public static List<Shape> allShapes() {
        List<Shape> out = multiThreadShapes();
        for (DriverKind d : DriverKind.values()) {
            out.add(new Shape(d, Flavor.CURRENT_THREAD, 1));
        }
        return out;
    }

    /** A future built by {@code body} on first poll (so spawning happens inside the runtime). */
    public static <T> Future<T> inside(Supplier<Future<T>> body) {
        return new Future<>() {
            private Future<T> inner;

            @Override
            public Poll<T> poll(Context cx) {
                if (inner == null) {
                    inner = body.get();
                }
                return inner.poll(cx);
            }
        };
    }

    /** Spins for about {@code nanos} of CPU time (to make tasks take measurable time). */
    public static long spin(long nanos) {
        long end = System.nanoTime() + nanos;
        long x = 0;
        while (System.nanoTime() < end) {
            x++;
        }
        return x;
    }

    public static boolean soak() {
        return Boolean.getBoolean("asyncscope.soak");
    }
}
