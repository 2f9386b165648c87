package asyncscope.engine.io;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.RuntimeCore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * {@code tokio::net::TcpStream}: one TCP connection. Reads and writes are futures; each tries the
 * operation and, if it would block, registers the task for the readiness it needs and returns Pending
 * (the {@link Reactor} or the {@link SimNetwork} wakes it). Every outcome is an {@link IoResult}:
 * a refused connect, a reset by the peer or a closed socket comes back as an {@link IoError} value.
 * Dropping an unfinished read or write removes its registration.
 */
public final class TcpStream {
    private final StreamIo io;

    TcpStream(StreamIo io) {
        this.io = io;
    }

    /** Connects to {@code host:port}. */
    public static Future<IoResult<TcpStream>> connect(String host, int port) {
        return connect(new InetSocketAddress(host, port));
    }

    /** Connects to {@code addr}: real TCP under the threaded driver, the simulated network under simulation. */
    public static Future<IoResult<TcpStream>> connect(InetSocketAddress addr) {
        return new Future<>() {
            private NioStream.Connecting real;
            private SimNetwork.Connect sim;
            private boolean done;

            @Override
            public Poll<IoResult<TcpStream>> poll(Context cx) {
                if (real == null && sim == null) {
                    RuntimeCore core = TcpListener.runtime();
                    if (core.clock().isVirtual()) {
                        sim = SimNetwork.of(core).connect(addr);
                    } else {
                        try {
                            real = NioStream.startConnect(Reactor.of(core), addr);
                        } catch (IOException e) {
                            done = true;
                            return Poll.ready(IoResult.err(IoError.from(e)));
                        }
                    }
                }
                Poll<IoResult<StreamIo>> p = sim != null ? sim.poll(cx) : real.poll(cx);
                if (p.isPending()) {
                    return Poll.pending();
                }
                done = true;
                return Poll.ready(p.value().map(TcpStream::new));
            }

            @Override
            public void drop() {
                if (done) {
                    return;
                }
                if (sim != null) {
                    sim.drop();
                } else if (real != null && !real.done) {
                    real.fail();
                }
            }

            @Override
            public String describe() {
                return "TcpStream::connect(" + addr + ")";
            }
        };
    }

    public long id() {
        return io.id();
    }

    public InetSocketAddress localAddr() {
        return io.localAddr();
    }

    public InetSocketAddress peerAddr() {
        return io.peerAddr();
    }

    /** Reads what is available into {@code dst} (at least one byte); Ok(0) means the peer closed its side. */
    public Future<IoResult<Integer>> read(ByteBuffer dst) {
        return new IoOp<>(Interest.READ, "read") {
            @Override
            Poll<IoResult<Integer>> attempt(Context cx) {
                return io.pollRead(cx, dst);
            }
        };
    }

    /** Reads up to {@code max} bytes; an empty array means end of stream. */
    public Future<IoResult<byte[]>> read(int max) {
        ByteBuffer buf = ByteBuffer.allocate(max);
        return new IoOp<>(Interest.READ, "read") {
            @Override
            Poll<IoResult<byte[]>> attempt(Context cx) {
                Poll<IoResult<Integer>> p = io.pollRead(cx, buf);
                if (p.isPending()) {
                    return Poll.pending();
                }
                return Poll.ready(p.value().map(n -> Arrays.copyOf(buf.array(), n)));
            }
        };
    }

    /** Reads until the peer closes its side, returning everything. */
    public Future<IoResult<byte[]>> readToEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(8192);
        return new IoOp<>(Interest.READ, "read_to_end") {
            @Override
            Poll<IoResult<byte[]>> attempt(Context cx) {
                for (;;) {
                    buf.clear();
                    Poll<IoResult<Integer>> p = io.pollRead(cx, buf);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    IoResult<Integer> r = p.value();
                    if (!r.isOk()) {
                        return Poll.ready(r.castErr());
                    }
                    if (r.value() == 0) {
                        return Poll.ready(IoResult.ok(out.toByteArray()));
                    }
                    out.write(buf.array(), 0, r.value());
                }
            }
        };
    }

    /** Writes some of {@code src} (at least one byte if it has any); Ok(n) says how many. */
    public Future<IoResult<Integer>> write(ByteBuffer src) {
        return new IoOp<>(Interest.WRITE, "write") {
            @Override
            Poll<IoResult<Integer>> attempt(Context cx) {
                return io.pollWrite(cx, src);
            }
        };
    }

    /** Writes all of {@code data}, waiting for room as often as needed. */
    public Future<IoResult<Void>> writeAll(byte[] data) {
        ByteBuffer src = ByteBuffer.wrap(data);
        return new IoOp<>(Interest.WRITE, "write_all") {
            @Override
            Poll<IoResult<Void>> attempt(Context cx) {
                while (src.hasRemaining()) {
                    Poll<IoResult<Integer>> p = io.pollWrite(cx, src);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    if (!p.value().isOk()) {
                        return Poll.ready(p.value().castErr());
                    }
                }
                return Poll.ready(IoResult.ok(null));
            }
        };
    }

    /** Closes the writing side: the peer reads end-of-stream; this side can still read. */
    public Future<IoResult<Void>> shutdown() {
        return cx -> Poll.ready(io.shutdownOutput());
    }

    /** Closes the connection (the peer reads end-of-stream, or a reset if data sent to us was never read). */
    public void close() {
        io.close();
    }

    /** Closes abortively: the peer sees "connection reset". */
    public void abort() {
        io.abort();
    }

    @Override
    public String toString() {
        return "TcpStream[" + io.localAddr() + " -> " + io.peerAddr() + "]";
    }

    /** A socket operation future: spends coop budget, attempts, remembers its registration for drop. */
    private abstract class IoOp<T> implements Future<T> {
        private final int op;
        private final String name;
        private Waker waiting;

        IoOp(int op, String name) {
            this.op = op;
            this.name = name;
        }

        abstract Poll<T> attempt(Context cx);

        @Override
        public final Poll<T> poll(Context cx) {
            if (!Coop.proceed(cx)) {
                return Poll.pending();
            }
            Poll<T> p = attempt(cx);
            waiting = p.isPending() ? cx.waker() : null;
            return p;
        }

        @Override
        public final void drop() {
            if (waiting != null) {
                io.cancelWait(op, waiting);
                waiting = null;
            }
        }

        @Override
        public String describe() {
            return name + "(" + io.id() + ")";
        }
    }
}
