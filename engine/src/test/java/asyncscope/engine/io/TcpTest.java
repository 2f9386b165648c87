package asyncscope.engine.io;

import static asyncscope.engine.future.Futures.lazy;
import static asyncscope.engine.future.Futures.map;
import static asyncscope.engine.future.Futures.ready;
import static asyncscope.engine.future.Futures.then;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.EventKind;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import asyncscope.engine.time.Time;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TCP over the reactor (threaded) and over the simulated network. */
@org.junit.jupiter.api.Timeout(120)
class TcpTest {

    /** Serves one connection: echoes every byte until the peer closes its side. */
    static Future<Void> echo(TcpStream s) {
        return Async.loop(() -> then(s.read(4096), r -> {
            if (!r.isOk() || r.value().length == 0) {
                s.close();
                return ready(Optional.of((Void) null));
            }
            return map(s.writeAll(r.value()), w -> w.isOk() ? Optional.<Void>empty() : Optional.of((Void) null));
        }));
    }

    /** Accepts forever, spawning an echo task per connection. */
    static Future<Void> acceptLoop(TcpListener l) {
        return Async.loop(() -> map(l.accept(), r -> {
            if (!r.isOk()) {
                return Optional.of((Void) null);
            }
            Handle.current().spawn(echo(r.value()), "echo", null);
            return Optional.<Void>empty();
        }));
    }

    static byte[] payload(int client, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (client * 31 + i * 7);
        }
        return b;
    }

    /** One client: connect, send, half-close, read everything back; true if every byte came back. */
    static Future<Boolean> client(InetSocketAddress addr, int k, int size) {
        byte[] data = payload(k, size);
        return then(TcpStream.connect(addr), c -> {
            if (!c.isOk()) {
                throw new AssertionError("connect failed: " + c.error());
            }
            TcpStream s = c.value();
            return then(s.writeAll(data), w -> then(s.shutdown(), x -> map(s.readToEnd(), r -> {
                s.close();
                return r.isOk() && java.util.Arrays.equals(data, r.value());
            })));
        });
    }

    static int echoRun(Runtime rt, int clients, int size) {
        return rt.blockOn(then(TcpListener.bind(0), lr -> {
            TcpListener l = lr.value();
            Handle.current().spawn(acceptLoop(l), "server", null);
            List<JoinHandle<Boolean>> hs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                hs.add(Handle.current().spawn(client(l.localAddr(), i, size), "client-" + i, null));
            }
            return map(Futures.sequence(hs), oks -> {
                l.close();
                return (int) oks.stream().filter(b -> b).count();
            });
        }));
    }

    @Test
    void realLoopbackEchoWithAThousandClientsOnTwoWorkers() {
        try (Runtime rt = Runtime.builder().multiThread(2).threaded().build()) {
            assertEquals(1000, echoRun(rt, 1000, 2000));
            assertTrue(rt.core().internalErrors().isEmpty(), rt.core().internalErrors().toString());
        }
    }

    @Test
    void realLoopbackEchoOnTheCurrentThreadFlavour() {
        try (Runtime rt = Runtime.builder().currentThread().threaded().build()) {
            assertEquals(50, echoRun(rt, 50, 100_000));
        }
    }

    @Test
    void simulatedEchoIsComplete() {
        try (Runtime rt = Runtime.builder().multiThread(3).simulated(17).build()) {
            assertEquals(200, echoRun(rt, 200, 3000));
            assertTrue(rt.nanos() > 0, "simulated latency takes virtual time");
        }
    }

    @Test
    void connectingToAClosedPortIsRefused() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(3).build()) {
                IoResult<TcpStream> r = rt.blockOn(TcpStream.connect("127.0.0.1", port));
                assertEquals(IoError.Kind.REFUSED, r.error() == null ? null : r.error().kind(), d + ": " + r);
            }
        }
    }

    @Test
    void aPeerResetIsAnErrorValue() throws Exception {
        // A plain blocking server that accepts, then closes with SO_LINGER 0: the kernel sends RST.
        try (ServerSocket server = new ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    in.read(new byte[5]);
                    s.setSoLinger(true, 0);
                } catch (Exception ignored) {
                    // the test fails on the client side if this does not happen
                }
            });
            t.start();
            try (Runtime rt = Runtime.builder().multiThread(2).threaded().build()) {
                IoResult<byte[]> r = rt.blockOn(then(TcpStream.connect("127.0.0.1", server.getLocalPort()),
                        c -> then(c.value().writeAll("hello".getBytes()), w -> c.value().read(100))));
                assertEquals(IoError.Kind.RESET, r.error() == null ? null : r.error().kind(), String.valueOf(r));
            }
            t.join();
        }
    }

    @Test
    void abortResetsThePeerInBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(5).build()) {
                IoResult<byte[]> r = rt.blockOn(then(TcpListener.bind(0), lr -> {
                    TcpListener l = lr.value();
                    Handle.current().spawn(map(l.accept(), a -> {
                        a.value().abort();
                        return null;
                    }), "aborter", null);
                    // The reset may even beat the end of the handshake: then connect itself reports it.
                    return then(TcpStream.connect(l.localAddr()), c -> then(Time.sleep(Duration.ofMillis(50)),
                            x -> c.isOk() ? c.value().read(10) : ready(c.<byte[]>castErr())));
                }));
                assertTrue(r.error() != null && (r.error().kind() == IoError.Kind.RESET), d + ": " + r);
            }
        }
    }

    @Test
    void simulatedBindOfATakenPortIsAnError() {
        try (Runtime rt = Runtime.builder().multiThread(1).simulated(1).build()) {
            IoResult<TcpListener> second = rt.blockOn(then(TcpListener.bind(0),
                    a -> TcpListener.bind(a.value().localAddr().getPort())));
            assertEquals(IoError.Kind.ADDR_IN_USE, second.error().kind());
        }
    }

    @Test
    void droppingAReadDeregistersItsWaiter() {
        try (Runtime rt = Runtime.builder().multiThread(2).threaded().build()) {
            int waiters = rt.blockOn(then(TcpListener.bind(0), lr -> {
                TcpListener l = lr.value();
                return then(Futures.lazy(() -> Handle.current().spawn(l.accept(), "acc", null)), acc ->
                        then(TcpStream.connect(l.localAddr()), c -> then(acc, a -> {
                            TcpStream s = c.value();
                            // A read that times out is dropped: its registration must go with it.
                            return then(Time.timeout(Duration.ofMillis(30), s.read(10)), t -> {
                                assertTrue(t.isElapsed());
                                Reactor r = Reactor.of(Handle.current().core());
                                assertEquals(0, r.waitingCount(), "the dropped read must leave no waker behind");
                                return lazy(r::registeredCount);
                            });
                        })));
            }));
            assertEquals(3, waiters, "listener, client and accepted stream stay registered");
        }
    }

    @Test
    void wakeupIsFreeWhenNobodySelects() throws InterruptedException {
        // A current-thread runtime outside blockOn: nobody is in select(), so no system call is made.
        try (Runtime rt = Runtime.builder().currentThread().threaded().build()) {
            Reactor r = Reactor.of(rt.core());
            for (int i = 0; i < 1000; i++) {
                r.wakeup();
            }
            assertEquals(0, r.selectorWakeups());
        }
        // A parked worker blocks in select(): then a wakeup really interrupts it.
        try (Runtime rt = Runtime.builder().multiThread(1).threaded().build()) {
            Reactor r = Reactor.of(rt.core());
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (!r.isSelecting() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertTrue(r.isSelecting(), "the idle worker should be driving the reactor");
            r.wakeup();
            assertTrue(r.selectorWakeups() >= 1);
        }
    }

    @Test
    void sameSeedSameTimerAndIoTrace() {
        List<Event> a = simTrace(99);
        List<Event> b = simTrace(99);
        assertEquals(a, b);
        assertTrue(a.stream().anyMatch(e -> e.kind() == EventKind.IO_READY));
        assertTrue(a.stream().anyMatch(e -> e.kind() == EventKind.TIMER_FIRE));
    }

    static List<Event> simTrace(long seed) {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().multiThread(3).simulated(seed).recorder(rec).build()) {
            rt.blockOn(then(TcpListener.bind(0), lr -> {
                TcpListener l = lr.value();
                Handle.current().spawn(acceptLoop(l), "server", null);
                List<JoinHandle<Boolean>> hs = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    int k = i;
                    hs.add(Handle.current().spawn(then(Time.sleep(Duration.ofMillis(k * 3)),
                            x -> client(l.localAddr(), k, 500)), "client-" + k, null));
                }
                return map(Futures.sequence(hs), oks -> {
                    assertTrue(oks.stream().allMatch(o -> o));
                    l.close();
                    return null;
                });
            }));
        }
        return rec.events();
    }
}
