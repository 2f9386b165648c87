package asyncscope.lessons.rustlite.prelude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import asyncscope.lessons.rustlite.RunOptions;
import asyncscope.lessons.rustlite.RunResult;
import asyncscope.lessons.rustlite.RustLite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A live program may talk to the built-in server only: another loopback port (a listener of this test's own,
 * which must see no connection) is answered as a refused connection, and a URL with a control character is
 * refused before a byte is sent (a CR LF in the query would otherwise smuggle a second request line).
 */
class HttpSandboxTest {

    @Test
    void aLiveProgramReachesOnlyTheBuiltInServer() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = other.getLocalPort();
            String src = """
                    async fn show(url: String) {
                        match reqwest::get(&url).await {
                            Ok(r) => println!("ok {}", r.status()),
                            Err(e) => println!("err {}", e.to_string().starts_with("error sending request") || e.to_string().starts_with("builder error")),
                        }
                    }
                    #[tokio::main]
                    async fn main() {
                        show(format!("http://127.0.0.1:{}/", PORT)).await;
                        show(format!("http://localhost:{}/echo?a=1", PORT)).await;
                        show(http::base_url()).await;
                        show("http://localhost/echo?a=1\\r\\nGET /smuggled HTTP/1.1\\r\\nHost: x".to_string()).await;
                        show(format!("http://127.0.0.1:{}/?a\\nb", PORT)).await;
                        show("http://localhost/?q=\\u{1b}[2J".to_string()).await;
                        show("http://localhost/".to_string()).await;
                        println!("the server saw {} requests", http::requests());
                    }
                    """.replace("PORT", String.valueOf(port));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RunResult r = RustLite.run(RustLite.compile("reach.rs", src), RunOptions.simulated(0).withLive(true),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, r.exitCode(), out.toString(StandardCharsets.UTF_8));
            assertEquals("""
                    err true
                    err true
                    ok 200 OK
                    err true
                    err true
                    err true
                    ok 200 OK
                    the server saw 2 requests
                    """, out.toString(StandardCharsets.UTF_8));
            other.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, other::accept, "the program connected to a port that is not the built-in server's");
        }
    }
}
