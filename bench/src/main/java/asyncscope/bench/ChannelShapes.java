package asyncscope.bench;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.sync.Mpsc;
import asyncscope.engine.sync.MpscReceiver;
import asyncscope.engine.sync.MpscSender;
import asyncscope.engine.sync.Oneshot;
import asyncscope.engine.sync.Result;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** The Tokio scheduler benchmarks that talk over channels: spawn_many (plain and traced) and ping_pong. */
final class ChannelShapes {
    private ChannelShapes() {}

    static List<Workload> all() {
        return List.of(new SpawnMany(false), new SpawnMany(true), new PingPong());
    }

    /**
     * 100,000 tasks spawned from inside the runtime, each sending one message on an unbounded channel;
     * the block_on future receives them all. Unit = one task. (The tasks share one sender: cloning it per
     * task is a Rust ownership rule, not work a Java peer would do.)
     */
    static final class SpawnMany extends EngineShapes.OnRuntime {
        static final int N = 100_000;
        private final boolean traced;

        SpawnMany(boolean traced) {
            this.traced = traced;
        }

        public String name() { return traced ? "spawn_many_traced" : "spawn_many"; }

        @Override
        public boolean isolated() { return traced; }

        public long units() { return N; }

        public long runOnce(int workers) throws Exception {
            Runtime rt = traced ? EngineShapes.tracedRuntime(workers) : runtime(workers);
            try {
                Mpsc.Pair<Integer> ch = Mpsc.unboundedChannel();
                CountDownLatch done = new CountDownLatch(1);
                long start = System.nanoTime();
                rt.spawn(spawner(ch.sender()));
                rt.blockOn(receiveAll(ch.receiver(), N, done));
                return System.nanoTime() - start;
            } finally {
                if (traced) {
                    rt.close();
                }
            }
        }

        private static Future<Void> spawner(MpscSender<Integer> tx) {
            return cx -> {
                for (int i = 0; i < N; i++) {
                    Handle.current().spawn(c -> {
                        tx.trySend(1);
                        return Poll.ready(null);
                    });
                }
                return Poll.ready(null);
            };
        }
    }

    /** Receives {@code n} messages, then counts the latch down. */
    static Future<Void> receiveAll(MpscReceiver<Integer> rx, int n, CountDownLatch done) {
        return new Future<>() {
            int left = n;
            Future<Optional<Integer>> pending;

            public Poll<Void> poll(Context cx) {
                while (left > 0) {
                    if (pending == null) {
                        pending = rx.recv();
                    }
                    Poll<Optional<Integer>> p = pending.poll(cx);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    pending = null;
                    if (p.value().isEmpty()) {
                        throw new IllegalStateException("channel closed with " + left + " messages missing");
                    }
                    left--;
                }
                done.countDown();
                return Poll.ready(null);
            }
        };
    }

    /**
     * 1,000 iterations, each a task that spawns a partner; they trade a ping and a pong over two oneshot
     * channels; the last iteration to finish reports. Unit = one iteration.
     */
    static final class PingPong extends EngineShapes.OnRuntime {
        static final int N = 1000;

        public String name() { return "ping_pong"; }

        public long units() { return N; }

        public long runOnce(int workers) throws Exception {
            Runtime rt = runtime(workers);
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger rem = new AtomicInteger(N);
            long start = System.nanoTime();
            rt.spawn(cx -> {
                for (int i = 0; i < N; i++) {
                    Handle.current().spawn(iteration(rem, done));
                }
                return Poll.ready(null);
            });
            await(done);
            return System.nanoTime() - start;
        }

        private static Future<Void> iteration(AtomicInteger rem, CountDownLatch done) {
            return new Future<>() {
                Oneshot.Pair<Integer> pong;

                public Poll<Void> poll(Context cx) {
                    if (pong == null) {
                        Oneshot.Pair<Integer> ping = Oneshot.channel();
                        pong = Oneshot.channel();
                        Oneshot.Pair<Integer> myPong = pong;
                        Handle.current().spawn(new Future<Void>() {
                            public Poll<Void> poll(Context c) {
                                Poll<Result<Integer, Oneshot.RecvError>> got = ping.receiver().poll(c);
                                if (got.isPending()) {
                                    return Poll.pending();
                                }
                                myPong.sender().send(2);
                                return Poll.ready(null);
                            }
                        });
                        ping.sender().send(1);
                    }
                    if (pong.receiver().poll(cx).isPending()) {
                        return Poll.pending();
                    }
                    if (rem.decrementAndGet() == 0) {
                        done.countDown();
                    }
                    return Poll.ready(null);
                }
            };
        }
    }
}
