package asyncscope.engine.io;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import asyncscope.engine.scheduler.FastRand;
import asyncscope.engine.time.TimeDriver;
import asyncscope.engine.time.TimerEntry;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network of a simulated runtime: one loopback host (127.0.0.1) living in memory, with a seeded
 * latency of {@value #MIN_LATENCY_MS}–{@value #MAX_LATENCY_MS} ms (virtual) for every segment. It
 * backs the same {@link TcpListener}/{@link TcpStream} API as the real sockets, so an I/O lesson runs
 * deterministically under the simulator and for real under the threaded driver.
 *
 * <p>Delivery rides on the timing wheel: sending schedules a "net" timer for the arrival time, so
 * when every task waits for the network the simulator jumps the virtual clock to the next arrival,
 * exactly as it does for sleeps. Segments in one direction never overtake each other.
 */
public final class SimNetwork {
    public static final String HOST = "127.0.0.1";
    public static final long MIN_LATENCY_MS = 1;
    public static final long MAX_LATENCY_MS = 3;
    private static final long MS = 1_000_000L;

    private final RuntimeCore core;
    private final TimeDriver time;
    private final FastRand rng;
    private final Map<Integer, SimListener> listeners = new HashMap<>();
    private int nextListenPort = 40_000;
    private int nextClientPort = 50_000;

    private SimNetwork(RuntimeCore core) {
        this.core = core;
        this.time = TimeDriver.of(core);
        this.rng = new FastRand(core.config().seed() ^ 0x6E6574776F726BL);
    }

    /** The simulated network of {@code core}, created on first use. */
    public static SimNetwork of(RuntimeCore core) {
        return core.component(SimNetwork.class, SimNetwork::new);
    }

    RuntimeCore core() {
        return core;
    }

    long now() {
        return time.now();
    }

    /** One segment's latency (ns), drawn from the seeded generator. */
    synchronized long latency() {
        return (MIN_LATENCY_MS + rng.nextInt((int) (MAX_LATENCY_MS - MIN_LATENCY_MS + 1))) * MS;
    }

    /** Runs {@code action} at virtual time {@code at}, through a timer in the wheel. */
    void at(long at, Runnable action) {
        TimerEntry e = time.newEntry("net");
        e.setWaker(source -> action.run());
        time.arm(e, at);
    }

    // ---------------------------------------------------------------- listeners

    synchronized IoResult<ListenerIo> bind(InetSocketAddress addr) {
        if (!isLocal(addr)) {
            return IoResult.err(IoError.Kind.OTHER, "the simulated network has only " + HOST + ", cannot bind " + addr);
        }
        int port = addr.getPort();
        if (port == 0) {
            while (listeners.containsKey(nextListenPort)) {
                nextListenPort++;
            }
            port = nextListenPort++;
        } else if (listeners.containsKey(port)) {
            return IoResult.err(IoError.Kind.ADDR_IN_USE, "address already in use: " + HOST + ":" + port);
        }
        SimListener l = new SimListener(this, core.nextId(), new InetSocketAddress(HOST, port));
        listeners.put(port, l);
        return IoResult.ok(l);
    }

    synchronized void unbind(SimListener l) {
        listeners.remove(l.localAddr().getPort(), l);
    }

    private static boolean isLocal(InetSocketAddress addr) {
        String h = addr.getHostString();
        return h.equals(HOST) || h.equals("localhost") || h.equals("0.0.0.0");
    }

    // ---------------------------------------------------------------- connecting

    /** A connection attempt: after one latency it is accepted by a listener, or refused. */
    final class Connect {
        private final InetSocketAddress addr;
        private boolean started;
        private IoResult<StreamIo> result;
        private boolean abandoned;
        private Waker waker;

        Connect(InetSocketAddress addr) {
            this.addr = addr;
        }

        Poll<IoResult<StreamIo>> poll(Context cx) {
            synchronized (SimNetwork.this) {
                if (result != null) {
                    return Poll.ready(result);
                }
                waker = cx.waker();
                if (!started) {
                    started = true;
                    long id = core.nextId();
                    emit(new Payload.IoRegister(id, Interest.CONNECT, "sim tcp connect " + addr.getPort()));
                    at(now() + latency(), () -> arrive(id));
                }
                return Poll.pending();
            }
        }

        private void arrive(long id) {
            Waker w;
            synchronized (SimNetwork.this) {
                SimListener l = isLocal(addr) ? listeners.get(addr.getPort()) : null;
                if (l == null || l.isClosed()) {
                    result = IoResult.err(IoError.Kind.REFUSED, "connection refused: nothing listens on " + HOST + ":" + addr.getPort());
                } else {
                    InetSocketAddress clientAddr = new InetSocketAddress(HOST, nextClientPort++);
                    SimSocket client = new SimSocket(SimNetwork.this, id, clientAddr, l.localAddr());
                    SimSocket server = new SimSocket(SimNetwork.this, core.nextId(), l.localAddr(), clientAddr);
                    client.connect(server);
                    server.connect(client);
                    if (abandoned) {
                        client.close(); // the connecting future was dropped: the server sees an immediate EOF
                    }
                    l.enqueue(server);
                    result = IoResult.ok(client);
                }
                w = waker;
            }
            emit(new Payload.IoReady(id, Interest.CONNECT));
            if (w != null && !abandoned) {
                w.wake(WakeSource.of(WakeSource.Kind.IO, id));
            }
        }

        void drop() {
            synchronized (SimNetwork.this) {
                abandoned = true;
                waker = null;
                if (result != null && result.isOk()) {
                    result.value().close();
                }
            }
        }
    }

    Connect connect(InetSocketAddress addr) {
        return new Connect(addr);
    }

    // ---------------------------------------------------------------- events

    void emit(Payload p) {
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), c.taskId(), p);
        }
    }

    static void wakeAll(List<Waker> ws, long id) {
        for (Waker w : ws) {
            w.wake(WakeSource.of(WakeSource.Kind.IO, id));
        }
    }
}
