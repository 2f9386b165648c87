package asyncscope.engine.io;

import asyncscope.engine.event.Payload;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One end of a {@link SimNetwork} connection. Writing never blocks: the bytes become a segment that
 * arrives at the peer one seeded latency later (never before an earlier segment). End-of-stream (FIN)
 * and reset (RST) travel the same way. Closing with unread data, or {@link #abort()}, resets the peer,
 * as TCP does; a segment arriving at a closed socket is answered with a reset.
 */
final class SimSocket implements StreamIo {
    private static final int MAX_SEGMENT = 64 * 1024;

    private enum Kind { DATA, FIN, RST }

    private record Segment(long at, Kind kind, byte[] data) {}

    private final SimNetwork net;
    private final long id;
    private final InetSocketAddress local;
    private final InetSocketAddress peerAddr;
    private SimSocket peer;

    private final ArrayDeque<byte[]> rx = new ArrayDeque<>();
    private int rxOffset;
    private long rxBytes;
    private boolean eof;
    private boolean reset;
    private boolean closed;
    private boolean outputShut;
    private final List<Waker> readers = new ArrayList<>(1);

    private final ArrayDeque<Segment> outbox = new ArrayDeque<>();
    private long lastArrival;

    SimSocket(SimNetwork net, long id, InetSocketAddress local, InetSocketAddress peerAddr) {
        this.net = net;
        this.id = id;
        this.local = local;
        this.peerAddr = peerAddr;
    }

    void connect(SimSocket peer) {
        this.peer = peer;
    }

    @Override
    public long id() {
        return id;
    }

    // ---------------------------------------------------------------- sending

    /** Queues a segment for the peer; it arrives after a latency, in order. Call holding the net lock. */
    private void send(Kind kind, byte[] data) {
        long now = net.now();
        long at = Math.max(now + net.latency(), lastArrival);
        lastArrival = at;
        outbox.add(new Segment(at, kind, data));
        net.at(at, this::deliverDue);
    }

    /** Hands every segment that has arrived by now to the peer, oldest first. */
    private void deliverDue() {
        List<Segment> arrived = new ArrayList<>();
        synchronized (net) {
            long now = net.now();
            while (!outbox.isEmpty() && outbox.peek().at() <= now) {
                arrived.add(outbox.poll());
            }
        }
        for (Segment s : arrived) {
            peer.receive(s, this);
        }
    }

    private void receive(Segment s, SimSocket from) {
        List<Waker> wake;
        int readiness = Interest.READ;
        synchronized (net) {
            if (closed) {
                if (s.kind() == Kind.DATA) {
                    send(Kind.RST, null); // data for a closed socket: tell the sender the connection is gone
                }
                return;
            }
            switch (s.kind()) {
                case DATA -> {
                    rx.add(s.data());
                    rxBytes += s.data().length;
                }
                case FIN -> eof = true;
                case RST -> {
                    reset = true;
                    readiness = Interest.READ | Interest.WRITE;
                }
            }
            wake = new ArrayList<>(readers);
            readers.clear();
        }
        net.emit(new Payload.IoReady(id, readiness));
        SimNetwork.wakeAll(wake, id);
    }

    // ---------------------------------------------------------------- StreamIo

    @Override
    public Poll<IoResult<Integer>> pollRead(Context cx, ByteBuffer dst) {
        synchronized (net) {
            if (closed) {
                return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "read on a closed socket"));
            }
            if (rxBytes > 0) {
                int n = 0;
                while (dst.hasRemaining() && !rx.isEmpty()) {
                    byte[] head = rx.peek();
                    int k = Math.min(dst.remaining(), head.length - rxOffset);
                    dst.put(head, rxOffset, k);
                    rxOffset += k;
                    n += k;
                    if (rxOffset == head.length) {
                        rx.poll();
                        rxOffset = 0;
                    }
                }
                rxBytes -= n;
                return Poll.ready(IoResult.ok(n));
            }
            if (reset) {
                return Poll.ready(IoResult.err(IoError.Kind.RESET, "connection reset by peer"));
            }
            if (eof || !dst.hasRemaining()) {
                return Poll.ready(IoResult.ok(0));
            }
            if (!readers.contains(cx.waker())) {
                readers.add(cx.waker());
            }
        }
        net.emit(new Payload.IoRegister(id, Interest.READ, "sim tcp stream"));
        return Poll.pending();
    }

    @Override
    public Poll<IoResult<Integer>> pollWrite(Context cx, ByteBuffer src) {
        synchronized (net) {
            if (closed) {
                return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "write on a closed socket"));
            }
            if (reset) {
                return Poll.ready(IoResult.err(IoError.Kind.RESET, "broken pipe: the connection was reset by the peer"));
            }
            if (outputShut) {
                return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "write after shutdown"));
            }
            int n = Math.min(src.remaining(), MAX_SEGMENT);
            if (n > 0) {
                byte[] data = new byte[n];
                src.get(data);
                send(Kind.DATA, data);
            }
            return Poll.ready(IoResult.ok(n));
        }
    }

    @Override
    public void cancelWait(int op, Waker waker) {
        synchronized (net) {
            readers.remove(waker);
        }
    }

    @Override
    public IoResult<Void> shutdownOutput() {
        synchronized (net) {
            if (closed) {
                return IoResult.err(IoError.Kind.CLOSED, "shutdown on a closed socket");
            }
            if (!outputShut) {
                outputShut = true;
                send(Kind.FIN, null);
            }
            return IoResult.ok(null);
        }
    }

    @Override
    public void close() {
        closeWith(false);
    }

    @Override
    public void abort() {
        closeWith(true);
    }

    private void closeWith(boolean abortive) {
        List<Waker> wake;
        synchronized (net) {
            if (closed) {
                return;
            }
            closed = true;
            if (abortive || rxBytes > 0) {
                send(Kind.RST, null); // unread data or an abort: the peer sees a reset
            } else if (!outputShut) {
                outputShut = true;
                send(Kind.FIN, null);
            }
            wake = new ArrayList<>(readers);
            readers.clear();
        }
        net.emit(new Payload.IoDeregister(id));
        SimNetwork.wakeAll(wake, id);
    }

    @Override
    public InetSocketAddress localAddr() {
        return local;
    }

    @Override
    public InetSocketAddress peerAddr() {
        return peerAddr;
    }
}
