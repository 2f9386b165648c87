package asyncscope.engine.net;

import static asyncscope.engine.future.Futures.map;
import static asyncscope.engine.future.Futures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.io.IoError;
import asyncscope.engine.io.IoResult;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import asyncscope.engine.time.Time;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class HttpTest {
    static final long MS = 1_000_000L;

    static Runtime runtime(DriverKind d) {
        return Runtime.builder().multiThread(2).driver(d).seed(21).build();
    }

    @Test
    void roundTripInBothDrivers() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = runtime(d)) {
                HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
                assertTrue(server.port() > 0);
                List<IoResult<HttpResponse>> rs = rt.blockOn(Futures.sequence(List.of(
                        HttpClient.get(server.url("/")),
                        HttpClient.get(server.url("/status/404")),
                        HttpClient.get(server.url("/echo?name=ferris&n=3")),
                        HttpClient.get(server.url("/nowhere")),
                        HttpClient.get(server.url("/status/503?ms=20")))));
                HttpResponse hello = rs.get(0).value();
                assertEquals(200, hello.status(), d.toString());
                assertEquals("OK", hello.reason());
                assertEquals("Hello from asyncscope!\n", hello.body());
                assertEquals(404, rs.get(1).value().status());
                assertEquals("Not Found", rs.get(1).value().reason());
                assertEquals("name=ferris&n=3\n", rs.get(2).value().body());
                assertEquals(404, rs.get(3).value().status());
                assertEquals(503, rs.get(4).value().status());
                assertEquals(5, server.requests());
                server.close();
            }
        }
    }

    @Test
    void slowRouteTakesItsLatency() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = runtime(d)) {
                HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
                long[] took = new long[1];
                HttpResponse r = rt.blockOn(then(Futures.lazy(Time::now), t0 -> map(HttpClient.get(server.url("/slow?ms=300")), res -> {
                    took[0] = Time.now() - t0;
                    return res.value();
                })));
                assertEquals("slept 300 ms\n", r.body());
                assertTrue(took[0] >= 300 * MS, d + " answered early: " + took[0]);
                assertTrue(took[0] < 3000 * MS, d + " answered far too late: " + took[0]);
            }
        }
    }

    /** 20 requests through 4 lanes (each lane one request at a time): at most 4 in flight. */
    @Test
    void twentyRequestsAtMostFourInFlight() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = runtime(d)) {
                HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
                int ok = rt.blockOn(then(Futures.lazy(() -> {
                    List<JoinHandle<Integer>> lanes = new ArrayList<>();
                    for (int lane = 0; lane < 4; lane++) {
                        lanes.add(Handle.current().spawn(sequential(server, 5), "lane-" + lane, null));
                    }
                    return lanes;
                }), lanes -> map(Futures.sequence(lanes), l -> l.stream().mapToInt(x -> x).sum())));
                assertEquals(20, ok, d.toString());
                assertEquals(20, server.requests());
                assertTrue(server.maxInFlight() <= 4, "in flight: " + server.maxInFlight());
                if (d == DriverKind.SIMULATED) {
                    assertEquals(4, server.maxInFlight(), "the four lanes overlap");
                    assertTrue(rt.nanos() >= 5 * 100 * MS, "five sequential 100 ms requests per lane");
                }
            }
        }
    }

    /** The lesson's shape: 20 spawned requests, a Semaphore(4) held across each request. */
    @Test
    void twentyRequestsThroughASemaphoreOfFour() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = runtime(d)) {
                HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
                asyncscope.engine.sync.Semaphore sem = new asyncscope.engine.sync.Semaphore(4);
                int ok = rt.blockOn(then(Futures.lazy(() -> {
                    List<JoinHandle<Integer>> hs = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        hs.add(Handle.current().spawn(then(sem.acquire(), permit -> map(
                                HttpClient.get(server.url("/slow?ms=50")), r -> {
                                    permit.unwrap().release();
                                    return r.isOk() && r.value().status() == 200 ? 1 : 0;
                                })), "request-" + i, null));
                    }
                    return hs;
                }), hs -> map(Futures.sequence(hs), l -> l.stream().mapToInt(x -> x).sum())));
                assertEquals(20, ok, d.toString());
                assertTrue(server.maxInFlight() <= 4, d + " in flight: " + server.maxInFlight());
                assertTrue(server.maxInFlight() >= 2, d + " should overlap requests: " + server.maxInFlight());
            }
        }
    }

    @Test
    void simulatedHttpIsDeterministic() {
        assertEquals(httpTrace(5), httpTrace(5));
    }

    private static List<asyncscope.engine.event.Event> httpTrace(long seed) {
        asyncscope.engine.event.Recorder rec = new asyncscope.engine.event.Recorder();
        try (Runtime rt = Runtime.builder().multiThread(3).simulated(seed).recorder(rec).build()) {
            HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
            rt.blockOn(then(Futures.lazy(() -> {
                List<JoinHandle<Integer>> lanes = new ArrayList<>();
                for (int lane = 0; lane < 3; lane++) {
                    lanes.add(Handle.current().spawn(sequential(server, 3), "lane-" + lane, null));
                }
                return lanes;
            }), Futures::sequence));
        }
        return rec.events();
    }

    private static Future<Integer> sequential(HttpServer server, int n) {
        if (n == 0) {
            return Futures.ready(0);
        }
        return then(HttpClient.get(server.url("/slow?ms=100")),
                r -> map(sequential(server, n - 1), rest -> rest + (r.isOk() && r.value().status() == 200 ? 1 : 0)));
    }

    @Test
    void clientErrorsAreValues() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = runtime(d)) {
                HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
                String url = server.url("/");
                server.close();
                IoResult<HttpResponse> refused = rt.blockOn(HttpClient.get(url));
                assertEquals(IoError.Kind.REFUSED, refused.error().kind(), d + ": " + refused);
                assertEquals(IoError.Kind.INVALID_INPUT, rt.blockOn(HttpClient.get("http://example.com/")).error().kind());
                assertEquals(IoError.Kind.INVALID_INPUT, rt.blockOn(HttpClient.get("ftp://127.0.0.1/")).error().kind());
                assertEquals(IoError.Kind.INVALID_INPUT, rt.blockOn(HttpClient.get("http://127.0.0.1:99999/")).error().kind());
            }
        }
    }

    @Test
    void routesArePlannedFromTheRequestLine() {
        assertEquals(new HttpRoutes.Planned(200, "slept 250 ms\n", 250), HttpRoutes.route("GET", "/slow?ms=250", 0));
        assertEquals(400, HttpRoutes.route("GET", "/slow?ms=abc", 0).status());
        assertEquals(400, HttpRoutes.route("GET", "/slow?ms=-5", 0).status());
        assertEquals(405, HttpRoutes.route("POST", "/", 0).status());
        assertEquals(400, HttpRoutes.route("GET", "/status/99", 0).status());
        assertEquals(418, HttpRoutes.route("GET", "/status/418", 0).status());
        assertEquals(new HttpRoutes.Planned(200, "Hello from asyncscope!\n", 50), HttpRoutes.route("GET", "/", 50));
    }

    @Test
    void malformedResponsesAreErrors() {
        assertEquals(IoError.Kind.INVALID_INPUT, HttpClient.parse("garbage".getBytes()).error().kind());
        assertEquals(IoError.Kind.INVALID_INPUT,
                HttpClient.parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc".getBytes()).error().kind());
        HttpResponse r = HttpClient.parse("HTTP/1.1 201 Created\r\nX-A: b\r\n\r\nbody".getBytes()).value();
        assertEquals(201, r.status());
        assertEquals("b", r.headers().get("x-a"));
        assertEquals("body", r.body());
    }
}
