package asyncscope.engine.io;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A real listening socket: a non-blocking {@link ServerSocketChannel} registered with the {@link Reactor}. */
final class NioListener implements ListenerIo {
    private final ServerSocketChannel ch;
    private final Reactor reactor;
    private final ScheduledIo io;
    private final InetSocketAddress local;
    private volatile boolean closed;

    private NioListener(ServerSocketChannel ch, Reactor reactor, ScheduledIo io) throws IOException {
        this.ch = ch;
        this.reactor = reactor;
        this.io = io;
        this.local = (InetSocketAddress) ch.getLocalAddress();
    }

    static NioListener bind(Reactor reactor, InetSocketAddress addr, int backlog) throws IOException {
        ServerSocketChannel ch = ServerSocketChannel.open();
        try {
            ch.bind(addr, backlog);
            return new NioListener(ch, reactor, reactor.register(ch, "tcp listener " + addr.getPort()));
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
    public Poll<IoResult<StreamIo>> pollAccept(Context cx) {
        if (closed) {
            return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "accept on a closed listener"));
        }
        try {
            SocketChannel s = ch.accept();
            if (s != null) {
                return Poll.ready(IoResult.ok(NioStream.accepted(s, reactor)));
            }
        } catch (IOException e) {
            return Poll.ready(IoResult.err(IoError.from(e)));
        }
        if (!reactor.await(io, Interest.ACCEPT, cx.waker())) {
            return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "the listener was closed"));
        }
        return Poll.pending();
    }

    @Override
    public void cancelWait(Waker waker) {
        reactor.cancelWait(io, Interest.ACCEPT, waker);
    }

    @Override
    public InetSocketAddress localAddr() {
        return local;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reactor.deregister(io, ch);
    }
}
