package asyncscope.engine.io;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * A real TCP connection: a non-blocking {@link SocketChannel} registered with the {@link Reactor}.
 * Every operation tries the system call first; only "would block" (a read or write of 0 bytes, a
 * connect still in progress) turns into waiting for readiness. Exceptions become {@link IoError} values.
 */
final class NioStream implements StreamIo {
    private final SocketChannel ch;
    private final Reactor reactor;
    private final ScheduledIo io;
    private final InetSocketAddress local;
    private final InetSocketAddress peer;
    private volatile boolean closed;

    NioStream(SocketChannel ch, Reactor reactor, ScheduledIo io) throws IOException {
        this.ch = ch;
        this.reactor = reactor;
        this.io = io;
        this.local = (InetSocketAddress) ch.getLocalAddress();
        this.peer = (InetSocketAddress) ch.getRemoteAddress();
    }

    /** Wraps an accepted channel. */
    static NioStream accepted(SocketChannel ch, Reactor reactor) throws IOException {
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return new NioStream(ch, reactor, reactor.register(ch, "tcp stream"));
    }

    /** A connection attempt in progress: the channel plus its registration. */
    static final class Connecting {
        final SocketChannel ch;
        final ScheduledIo io;
        final Reactor reactor;
        boolean done;

        Connecting(SocketChannel ch, ScheduledIo io, Reactor reactor) {
            this.ch = ch;
            this.io = io;
            this.reactor = reactor;
        }

        Poll<IoResult<StreamIo>> poll(Context cx) {
            try {
                if (ch.finishConnect()) {
                    done = true;
                    return Poll.ready(IoResult.ok(new NioStream(ch, reactor, io)));
                }
            } catch (IOException e) {
                fail();
                return Poll.ready(IoResult.err(IoError.from(e)));
            }
            if (!reactor.await(io, Interest.CONNECT, cx.waker())) {
                fail();
                return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "the socket was closed while connecting"));
            }
            return Poll.pending();
        }

        void fail() {
            done = true;
            reactor.deregister(io, ch);
        }
    }

    static Connecting startConnect(Reactor reactor, InetSocketAddress addr) throws IOException {
        SocketChannel ch = SocketChannel.open();
        try {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ScheduledIo io = reactor.register(ch, "tcp stream");
            Connecting c = new Connecting(ch, io, reactor);
            try {
                ch.connect(addr);
            } catch (IOException e) {
                c.fail();
                throw e;
            }
            return c;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public long id() {
        return io.id();
    }

    @Override
    public Poll<IoResult<Integer>> pollRead(Context cx, ByteBuffer dst) {
        if (closed) {
            return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "read on a closed socket"));
        }
        try {
            int n = ch.read(dst);
            if (n < 0) {
                return Poll.ready(IoResult.ok(0));
            }
            if (n > 0 || !dst.hasRemaining()) {
                return Poll.ready(IoResult.ok(n));
            }
        } catch (IOException e) {
            return Poll.ready(IoResult.err(closed ? IoError.of(IoError.Kind.CLOSED, "socket closed") : IoError.from(e)));
        }
        if (!reactor.await(io, Interest.READ, cx.waker())) {
            return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "the socket was closed while reading"));
        }
        return Poll.pending();
    }

    @Override
    public Poll<IoResult<Integer>> pollWrite(Context cx, ByteBuffer src) {
        if (closed) {
            return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "write on a closed socket"));
        }
        try {
            int n = ch.write(src);
            if (n > 0 || !src.hasRemaining()) {
                return Poll.ready(IoResult.ok(n));
            }
        } catch (IOException e) {
            return Poll.ready(IoResult.err(closed ? IoError.of(IoError.Kind.CLOSED, "socket closed") : IoError.from(e)));
        }
        if (!reactor.await(io, Interest.WRITE, cx.waker())) {
            return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "the socket was closed while writing"));
        }
        return Poll.pending();
    }

    @Override
    public void cancelWait(int op, Waker waker) {
        reactor.cancelWait(io, op, waker);
    }

    @Override
    public IoResult<Void> shutdownOutput() {
        try {
            ch.shutdownOutput();
            return IoResult.ok(null);
        } catch (IOException e) {
            return IoResult.err(IoError.from(e));
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reactor.deregister(io, ch);
    }

    @Override
    public void abort() {
        if (closed) {
            return;
        }
        try {
            ch.setOption(StandardSocketOptions.SO_LINGER, 0); // close sends RST instead of FIN
        } catch (IOException ignored) {
            // fall back to an orderly close
        }
        close();
    }

    @Override
    public InetSocketAddress localAddr() {
        return local;
    }

    @Override
    public InetSocketAddress peerAddr() {
        return peer;
    }
}
