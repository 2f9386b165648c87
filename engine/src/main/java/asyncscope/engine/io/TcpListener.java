package asyncscope.engine.io;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * {@code tokio::net::TcpListener}: a socket that accepts connections. Under the threaded driver it is a
 * real non-blocking server socket driven by the {@link Reactor}; under the simulator it lives in the
 * runtime's {@link SimNetwork}. Either way {@link #accept()} is a future of an {@link IoResult}: errors
 * are values, never exceptions on a worker.
 */
public final class TcpListener {
    private final ListenerIo io;

    private TcpListener(ListenerIo io) {
        this.io = io;
    }

    /** Binds {@code 127.0.0.1:port} (0 = an ephemeral port). */
    public static Future<IoResult<TcpListener>> bind(int port) {
        return bind(new InetSocketAddress("127.0.0.1", port));
    }

    /** Binds {@code addr}. Completes at its first poll (binding does not wait). */
    public static Future<IoResult<TcpListener>> bind(InetSocketAddress addr) {
        return new Future<>() {
            @Override
            public Poll<IoResult<TcpListener>> poll(Context cx) {
                return Poll.ready(bindNow(runtime(), addr));
            }

            @Override
            public String describe() {
                return "TcpListener::bind(" + addr + ")";
            }
        };
    }

    /** Binds at once, on {@code core}'s network (real or simulated). */
    public static IoResult<TcpListener> bindNow(RuntimeCore core, InetSocketAddress addr) {
        if (core.clock().isVirtual()) {
            return SimNetwork.of(core).bind(addr).map(TcpListener::new);
        }
        try {
            return IoResult.ok(new TcpListener(NioListener.bind(Reactor.of(core), addr, 1024)));
        } catch (IOException e) {
            return IoResult.err(IoError.from(e));
        }
    }

    static RuntimeCore runtime() {
        RuntimeCore core = Current.get().core;
        if (core == null) {
            throw new IllegalStateException("there is no reactor running: sockets must be used from a task or blockOn");
        }
        return core;
    }

    /** The address actually bound (with the real port if 0 was asked for). */
    public InetSocketAddress localAddr() {
        return io.localAddr();
    }

    /** The reactor/simulator id of this socket (as in IO_* events). */
    public long id() {
        return io.id();
    }

    /** Waits for the next connection. */
    public Future<IoResult<TcpStream>> accept() {
        return new Future<>() {
            private Waker waiting;

            @Override
            public Poll<IoResult<TcpStream>> poll(Context cx) {
                if (!Coop.proceed(cx)) {
                    return Poll.pending();
                }
                Poll<IoResult<StreamIo>> p = io.pollAccept(cx);
                if (p.isPending()) {
                    waiting = cx.waker();
                    return Poll.pending();
                }
                waiting = null;
                return Poll.ready(p.value().map(TcpStream::new));
            }

            @Override
            public void drop() {
                if (waiting != null) {
                    io.cancelWait(waiting);
                }
            }

            @Override
            public String describe() {
                return "accept(:" + io.localAddr().getPort() + ")";
            }
        };
    }

    /** Stops listening; tasks waiting in {@link #accept()} get a CLOSED error. */
    public void close() {
        io.close();
    }
}
