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
 * One end of a {@link SimNetwork} connection. Written bytes become a segment that arrives at the peer
 * one seeded latency later (never before an earlier segment). End-of-stream (FIN) and reset (RST)
 * travel the same way. Closing with unread data, or {@link #abort()}, resets the peer, as TCP does; a
 * segment arriving at a closed socket is answered with a reset.
 *
 * <p>Flow control: at most {@link #WINDOW} bytes may be sent and not yet read by the peer (TCP's send
 * and receive buffers together). A writer that finds the window full waits, and the peer's reads wake
 * it, so a program that never reads makes its peer's writes block, as on a real socket.
 */
final class SimSocket implements StreamIo {
    private static final int MAX_SEGMENT = 64 * 1024;
    /** Bytes that may be in flight or unread at the peer before writes wait. */
    static final int WINDOW = 256 * 1024;

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
    private final List<Waker> writers = new ArrayList<>(1);
    /** Bytes this end sent that the peer has not read yet. */
    private long unacked;

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
            if (s.kind() == Kind.RST) {
                wake.addAll(writers);
                writers.clear();
            }
        }
        net.emit(new Payload.IoReady(id, readiness));
        SimNetwork.wakeAll(wake, id);
    }

    // ---------------------------------------------------------------- StreamIo

    @Override
    public Poll<IoResult<Integer>> pollRead(Context cx, ByteBuffer dst) {
        List<Waker> acked = List.of();
        int n = 0;
        synchronized (net) {
            if (closed) {
                return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "read on a closed socket"));
            }
            if (rxBytes > 0 && dst.hasRemaining()) {
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
                acked = peer.acknowledge(n); // reading opens the sender's window
            } else if (reset) {
                return Poll.ready(IoResult.err(IoError.Kind.RESET, "connection reset by peer"));
            } else if (eof || !dst.hasRemaining()) {
                return Poll.ready(IoResult.ok(0));
            } else if (!readers.contains(cx.waker())) {
                readers.add(cx.waker());
            }
        }
        if (n == 0) {
            net.emit(new Payload.IoRegister(id, Interest.READ, "sim tcp stream"));
            return Poll.pending();
        }
        if (!acked.isEmpty()) {
            net.emit(new Payload.IoReady(peer.id, Interest.WRITE));
            SimNetwork.wakeAll(acked, peer.id);
        }
        return Poll.ready(IoResult.ok(n));
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
            if (src.hasRemaining() && unacked >= WINDOW) {
                if (!writers.contains(cx.waker())) {
                    writers.add(cx.waker());
                }
            } else {
                int n = (int) Math.min(Math.min(src.remaining(), MAX_SEGMENT), WINDOW - unacked);
                if (n > 0) {
                    byte[] data = new byte[n];
                    src.get(data);
                    unacked += n;
                    send(Kind.DATA, data);
                }
                return Poll.ready(IoResult.ok(n));
            }
        }
        net.emit(new Payload.IoRegister(id, Interest.WRITE, "sim tcp stream"));
        return Poll.pending();
    }

    /** The peer read {@code n} of our bytes: the window opens; returns the writers to wake. Holding the net lock. */
    private List<Waker> acknowledge(int n) {
        unacked -= n;
        if (writers.isEmpty() || unacked >= WINDOW) {
            return List.of();
        }
        List<Waker> w = new ArrayList<>(writers);
        writers.clear();
        return w;
    }

    @Override
    public void cancelWait(int op, Waker waker) {
        synchronized (net) {
            if ((op & Interest.READ_SIDE) != 0) {
                readers.remove(waker);
            } else {
                writers.remove(waker);
            }
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
            wake.addAll(writers);
            readers.clear();
            writers.clear();
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
