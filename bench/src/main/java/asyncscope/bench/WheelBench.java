package asyncscope.bench;

import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.time.TimeDriver;
import asyncscope.engine.time.TimerEntry;
import asyncscope.engine.time.TimingWheel;
import asyncscope.engine.time.VirtualClock;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Our {@link TimingWheel} against the JDK's {@link ScheduledThreadPoolExecutor} (a binary heap) and
 * Netty's {@link HashedWheelTimer} (a single-level hashed wheel), on 1,000,000 timers:
 * <ul>
 *   <li>{@code *_insert_cancel}: arm 1M timers 1 ms–60 s ahead, then cancel them all (unit: one
 *       insert + one cancel).</li>
 *   <li>{@code *_insert_fire}: arm 1M timers 1–10 ms ahead and let every one fire (unit: one insert +
 *       one fire). The bare wheel advances a virtual clock, so it measures the data structure only;
 *       {@code timedriver_*} goes through the runtime's locked {@link TimeDriver} (events off, a waker per
 *       timer, a simulated runtime's virtual clock moved by hand); the JDK and Netty
 *       timers fire on their own threads in real time, so their line includes up to ~10 ms of waiting
 *       (10 ns per timer).</li>
 * </ul>
 * Prints {@code name<TAB>median ns per op<TAB>ns/op}, the median of 5 rounds after 2 warm-up rounds.
 *
 * <pre>java -cp bench/target/benchmarks.jar asyncscope.bench.WheelBench [--timers N] [--rounds N]</pre>
 */
public final class WheelBench {
    private static final long MS = 1_000_000L;

    interface Case {
        String name();

        /** Runs once with {@code n} timers; returns elapsed ns. */
        long run(int n) throws Exception;
    }

    private WheelBench() {}

    public static void main(String[] args) throws Exception {
        int n = 1_000_000;
        int rounds = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--timers" -> n = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: WheelBench [--timers N] [--rounds N]");
                    System.exit(2);
                }
            }
        }
        List<Case> cases = List.of(
                named("wheel_insert_cancel", WheelBench::wheelInsertCancel),
                named("timedriver_insert_cancel", WheelBench::driverInsertCancel),
                named("stpe_insert_cancel", WheelBench::stpeInsertCancel),
                named("netty_hwt_insert_cancel", WheelBench::nettyInsertCancel),
                named("wheel_insert_fire", WheelBench::wheelInsertFire),
                named("timedriver_insert_fire", WheelBench::driverInsertFire),
                named("stpe_insert_fire", WheelBench::stpeInsertFire),
                named("netty_hwt_insert_fire", WheelBench::nettyInsertFire));
        for (Case c : cases) {
            for (int w = 0; w < 2; w++) {
                c.run(n);
            }
            double[] perOp = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                perOp[r] = (double) c.run(n) / n;
            }
            Arrays.sort(perOp);
            System.out.printf("%s\t%.1f\tns/op%n", c.name(), perOp[rounds / 2]);
            System.out.flush();
        }
        System.exit(0);
    }

    interface Body {
        long run(int n) throws Exception;
    }

    static Case named(String name, Body body) {
        return new Case() {
            public String name() { return name; }

            public long run(int n) throws Exception { return body.run(n); }
        };
    }

    static long[] delaysMs(int n, long maxMs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            d[i] = 1 + rnd.nextLong(maxMs);
        }
        return d;
    }

    // ---------------------------------------------------------------- our wheel, bare

    static long wheelInsertCancel(int n) {
        long[] d = delaysMs(n, 60_000, 1);
        long start = System.nanoTime();
        TimingWheel w = new TimingWheel();
        TimerEntry[] es = new TimerEntry[n];
        for (int i = 0; i < n; i++) {
            TimerEntry e = new TimerEntry(i, -1, "t");
            e.setDeadline(d[i]);
            w.insert(e);
            es[i] = e;
        }
        for (int i = 0; i < n; i++) {
            w.cancel(es[i]);
        }
        long took = System.nanoTime() - start;
        check(w.size() == 0, "wheel not empty");
        return took;
    }

    static long wheelInsertFire(int n) {
        long[] d = delaysMs(n, 10, 2);
        long[] fired = {0};
        TimingWheel.Listener l = new TimingWheel.Listener() {
            public void cascaded(TimerEntry e, int fromLevel) {}

            public void fired(TimerEntry e) { fired[0]++; }
        };
        long start = System.nanoTime();
        TimingWheel w = new TimingWheel();
        for (int i = 0; i < n; i++) {
            TimerEntry e = new TimerEntry(i, -1, "t");
            e.setDeadline(d[i]);
            w.insert(e);
        }
        for (long t = 1; t <= 10; t++) {
            w.advance(t, l);
        }
        long took = System.nanoTime() - start;
        check(fired[0] == n, "fired " + fired[0]);
        return took;
    }

    // ---------------------------------------------------------------- through the runtime's TimeDriver

    static long driverInsertCancel(int n) {
        long[] d = delaysMs(n, 60_000, 3);
        try (Runtime rt = Runtime.builder().currentThread().threaded().build()) {
            TimeDriver td = TimeDriver.of(rt.core());
            long now = td.now();
            long start = System.nanoTime();
            TimerEntry[] es = new TimerEntry[n];
            for (int i = 0; i < n; i++) {
                TimerEntry e = td.newEntry("t");
                td.arm(e, now + d[i] * MS);
                es[i] = e;
            }
            for (int i = 0; i < n; i++) {
                td.cancel(es[i]);
            }
            long took = System.nanoTime() - start;
            check(td.armed() == 0, "driver not empty");
            return took;
        }
    }

    static long driverInsertFire(int n) {
        long[] d = delaysMs(n, 10, 4);
        // A simulated runtime: its virtual clock stands still while we arm, then we move it by hand,
        // so every timer really goes through the wheel (on a real clock most would be due on arrival).
        try (Runtime rt = Runtime.builder().currentThread().simulated(1).build()) {
            TimeDriver td = TimeDriver.of(rt.core());
            VirtualClock clock = (VirtualClock) rt.core().clock();
            long[] fired = {0};
            asyncscope.engine.future.Waker count = src -> fired[0]++;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                TimerEntry e = td.newEntry("t");
                e.setWaker(count);
                td.arm(e, d[i] * MS);
            }
            for (long t = 1; t <= 10; t++) {
                clock.advanceTo(t * MS);
                td.fireDue(t * MS);
            }
            long took = System.nanoTime() - start;
            check(fired[0] == n, "driver fired " + fired[0]);
            return took;
        }
    }

    // ---------------------------------------------------------------- ScheduledThreadPoolExecutor

    static long stpeInsertCancel(int n) {
        long[] d = delaysMs(n, 60_000, 1);
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        pool.setRemoveOnCancelPolicy(true); // otherwise cancelled tasks stay in the heap until due
        try {
            Runnable noop = () -> { };
            long start = System.nanoTime();
            List<ScheduledFuture<?>> fs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                fs.add(pool.schedule(noop, d[i], TimeUnit.MILLISECONDS));
            }
            for (int i = 0; i < n; i++) {
                fs.get(i).cancel(false);
            }
            long took = System.nanoTime() - start;
            check(pool.getQueue().isEmpty(), "stpe queue not empty");
            return took;
        } finally {
            pool.shutdownNow();
        }
    }

    static long stpeInsertFire(int n) throws InterruptedException {
        long[] d = delaysMs(n, 10, 2);
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        try {
            CountDownLatch done = new CountDownLatch(n);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pool.schedule(done::countDown, d[i], TimeUnit.MILLISECONDS);
            }
            check(done.await(120, TimeUnit.SECONDS), "stpe did not fire everything");
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- Netty HashedWheelTimer

    static long nettyInsertCancel(int n) {
        long[] d = delaysMs(n, 60_000, 1);
        HashedWheelTimer timer = new HashedWheelTimer(1, TimeUnit.MILLISECONDS, 512);
        try {
            io.netty.util.TimerTask noop = t -> { };
            long start = System.nanoTime();
            Timeout[] ts = new Timeout[n];
            for (int i = 0; i < n; i++) {
                ts[i] = timer.newTimeout(noop, d[i], TimeUnit.MILLISECONDS);
            }
            for (int i = 0; i < n; i++) {
                ts[i].cancel();
            }
            return System.nanoTime() - start;
        } finally {
            timer.stop();
        }
    }

    static long nettyInsertFire(int n) throws InterruptedException {
        long[] d = delaysMs(n, 10, 2);
        HashedWheelTimer timer = new HashedWheelTimer(1, TimeUnit.MILLISECONDS, 512);
        try {
            CountDownLatch done = new CountDownLatch(n);
            io.netty.util.TimerTask tick = t -> done.countDown();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                timer.newTimeout(tick, d[i], TimeUnit.MILLISECONDS);
            }
            check(done.await(120, TimeUnit.SECONDS), "netty did not fire everything");
            return System.nanoTime() - start;
        } finally {
            timer.stop();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark self-check failed: " + what);
        }
    }
}
