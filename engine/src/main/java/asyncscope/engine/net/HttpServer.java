package asyncscope.engine.net;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.io.IoResult;
import asyncscope.engine.io.TcpListener;
import asyncscope.engine.io.TcpStream;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import asyncscope.engine.task.JoinHandle;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The built-in HTTP/1.1 server that lessons talk to. It binds 127.0.0.1 only, on an ephemeral port,
 * and runs on the runtime itself: an accept-loop task spawning one task per connection
 * ({@link HttpConnection}). Routes ({@link HttpRoutes}): {@code /} says hello, {@code /slow?ms=300}
 * answers after 300 ms, {@code /status/404} answers with that status, {@code /echo?…} echoes the
 * query; any route accepts {@code ms=} to add latency. It counts requests and the largest number in
 * flight at once, so a lesson can check that its concurrency limit held.
 */
public final class HttpServer {
    /** Settings: the port (0 = ephemeral) and a latency added to every response. */
    public record Config(int port, Duration baseLatency) {
        public static Config defaults() {
            return new Config(0, Duration.ZERO);
        }
    }

    private final TcpListener listener;
    private final Config config;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private JoinHandle<Void> acceptTask;

    private HttpServer(TcpListener listener, Config config) {
        this.listener = listener;
        this.config = config;
    }

    /** Binds and starts serving on the current runtime (call from a task or blockOn). */
    public static Future<IoResult<HttpServer>> bind(Config config) {
        return cx -> {
            RuntimeCore core = Current.get().core;
            if (core == null) {
                throw new IllegalStateException("HttpServer.bind must run on a runtime");
            }
            return Poll.ready(start(core, config));
        };
    }

    public static Future<IoResult<HttpServer>> bind() {
        return bind(Config.defaults());
    }

    /** Binds and spawns the accept loop on {@code core} right away (also from outside the runtime). */
    public static IoResult<HttpServer> start(RuntimeCore core, Config config) {
        IoResult<TcpListener> l = TcpListener.bindNow(core, new InetSocketAddress("127.0.0.1", config.port()));
        if (!l.isOk()) {
            return l.castErr();
        }
        HttpServer s = new HttpServer(l.value(), config);
        s.acceptTask = core.spawn(s.acceptLoop(), "http-server", null);
        return IoResult.ok(s);
    }

    public int port() {
        return listener.localAddr().getPort();
    }

    public InetSocketAddress localAddr() {
        return listener.localAddr();
    }

    /** {@code http://127.0.0.1:port} + {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + (path.startsWith("/") ? path : "/" + path);
    }

    public Config config() {
        return config;
    }

    /** Requests answered or being answered so far. */
    public long requests() {
        return requests.get();
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** The most requests that were in flight at the same moment. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Stops accepting; connections already open finish. */
    public void close() {
        listener.close();
        if (acceptTask != null) {
            acceptTask.abort();
        }
    }

    void requestStarted() {
        requests.incrementAndGet();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
    }

    void requestFinished() {
        inFlight.decrementAndGet();
    }

    private Future<Void> acceptLoop() {
        return new Future<>() {
            private Future<IoResult<TcpStream>> accepting;

            @Override
            public Poll<Void> poll(Context cx) {
                for (;;) {
                    if (accepting == null) {
                        accepting = listener.accept();
                    }
                    Poll<IoResult<TcpStream>> p = accepting.poll(cx);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    accepting = null;
                    IoResult<TcpStream> r = p.value();
                    if (!r.isOk()) {
                        return Poll.ready(null); // the listener was closed
                    }
                    Current.get().core.spawn(new HttpConnection(HttpServer.this, r.value()), "http-conn", null);
                }
            }

            @Override
            public void drop() {
                if (accepting != null) {
                    accepting.drop();
                }
            }

            @Override
            public String describe() {
                return "http accept loop :" + port();
            }
        };
    }
}
