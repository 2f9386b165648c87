package asyncscope.engine.runtime;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.task.Task;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The real blocking pool: a queue of jobs and a set of threads that grows when a job arrives and no
 * thread is idle (up to a maximum), and shrinks as threads stay idle longer than the keep-alive.
 * Each thread has a small index (reused) so the timeline can give it a lane.
 */
final class ThreadBlockingPool implements BlockingPool {
    private final RuntimeCore core;
    private final int maxThreads;
    private final long keepAliveNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition jobs = lock.newCondition();
    private final ArrayDeque<Task<?>> queue = new ArrayDeque<>();
    private final BitSet usedIndexes = new BitSet();
    private final List<Thread> threads = new ArrayList<>();
    private int idle;
    private boolean shutdown;

    ThreadBlockingPool(RuntimeCore core, int maxThreads, long keepAliveNanos) {
        this.core = core;
        this.maxThreads = maxThreads;
        this.keepAliveNanos = keepAliveNanos;
    }

    @Override
    public void schedule(Task<?> task, boolean isYield) {
        lock.lock();
        try {
            if (shutdown) {
                return;
            }
            queue.addLast(task);
            if (idle > 0) {
                jobs.signal();
            } else if (threads.size() < maxThreads) {
                spawnThread();
            }
        } finally {
            lock.unlock();
        }
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), task.id(), new Payload.Schedule(Payload.Where.BLOCKING, -1, c.taskId()));
        }
    }

    private void spawnThread() {
        int index = usedIndexes.nextClearBit(0);
        usedIndexes.set(index);
        Thread t = new Current.RuntimeThread(() -> run(index), "asyncscope-blocking-" + index);
        threads.add(t);
        t.start();
    }

    private void run(int index) {
        Current c = Current.get();
        c.core = core;
        try {
            for (;;) {
                Task<?> job;
                lock.lock();
                try {
                    while (queue.isEmpty()) {
                        if (shutdown) {
                            return;
                        }
                        idle++;
                        long left;
                        try {
                            left = jobs.awaitNanos(keepAliveNanos);
                        } catch (InterruptedException e) {
                            left = 0;
                        } finally {
                            idle--;
                        }
                        if (queue.isEmpty() && (left <= 0 || shutdown)) {
                            return; // idle too long: retire
                        }
                    }
                    job = queue.pollFirst();
                } finally {
                    lock.unlock();
                }
                Emitter em = core.emitter();
                if (em != null) {
                    em.emit(-1, job.id(), new Payload.BlockingStart(index));
                }
                job.run();
                if (em != null) {
                    em.emit(-1, job.id(), new Payload.BlockingEnd(index));
                }
            }
        } finally {
            lock.lock();
            try {
                threads.remove(Thread.currentThread());
                usedIndexes.clear(index);
            } finally {
                lock.unlock();
            }
            c.core = null;
        }
    }

    @Override
    public int threadCount() {
        lock.lock();
        try {
            return threads.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void shutdown(long timeoutMillis) {
        List<Thread> toJoin;
        lock.lock();
        try {
            shutdown = true;
            queue.clear(); // unstarted jobs are dropped through the owned-task list
            jobs.signalAll();
            toJoin = new ArrayList<>(threads);
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (Thread t : toJoin) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
