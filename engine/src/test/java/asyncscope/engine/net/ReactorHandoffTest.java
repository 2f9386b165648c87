package asyncscope.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import asyncscope.engine.future.Futures;
import asyncscope.engine.io.IoResult;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: the block_on thread closing a client socket holds the reactor's driver for a moment; a
 * worker that went to park right then slept without watching the sockets, and if every worker did, the
 * next response was never noticed and the program hung. The holder now hands the watch on.
 */
class ReactorHandoffTest {

    @Test
    void sequentialRequestsFromBlockOnNeverStrandTheReactor() {
        int rounds = Rt.soak() ? 2000 : 120;
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            for (int round = 0; round < rounds; round++) {
                try (Runtime rt = Runtime.builder().multiThread(2).threaded().seed(round).build()) {
                    HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
                    List<IoResult<HttpResponse>> rs = rt.blockOn(Futures.sequence(List.of(
                            HttpClient.get(server.url("/")),
                            HttpClient.get(server.url("/status/404")),
                            HttpClient.get(server.url("/echo?n=3")))));
                    assertEquals(200, rs.get(0).value().status());
                    assertEquals(404, rs.get(1).value().status());
                    server.close();
                }
            }
        });
    }
}
