package asyncscope.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.io.IoError;
import asyncscope.engine.io.IoResult;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Runtime;
import org.junit.jupiter.api.Test;

/** A URL can never put anything into a request but one request line: control characters refuse it, spaces are encoded. */
class HttpUrlTest {

    @Test
    void aControlCharacterAnywhereRefusesTheUrl() {
        for (String url : new String[] {"http://127.0.0.1:8080/echo?a=1\r\nGET /smuggled HTTP/1.1", "http://127.0.0.1:8080/a\nb",
                "http://127.0.0.1:8080/?q=\u001b[2J", "http://127.0.0.1\t:8080/", "http://127.0.0.1:8080/\u0000", "http://127.0.0.1:8080/\u007f",
                "http://127.0.0.1:8080/?\u0085"}) {
            IoResult<HttpUrl> r = HttpUrl.parse(url);
            assertFalse(r.isOk(), url);
            assertEquals(IoError.Kind.INVALID_INPUT, r.error().kind());
            assertTrue(r.error().toString().chars().noneMatch(Character::isISOControl), "the message never carries the character: " + r.error());
        }
    }

    @Test
    void spacesAndNonAsciiAreEncodedIntoTheRequestLine() {
        assertEquals("/a%20b?name=f%C3%A9rris%20x", HttpUrl.parse("http://127.0.0.1:80/a b?name=férris x").value().target());
        assertEquals("/echo?a=1&b=2", HttpUrl.parse("http://localhost:80/echo?a=1&b=2").value().target());
    }

    @Test
    void theServerNeverSeesASmuggledRequest() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = HttpTest.runtime(d)) {
                HttpServer server = HttpServer.start(rt.core(), HttpServer.Config.defaults()).value();
                IoResult<HttpResponse> r = rt.blockOn(HttpClient.get(server.url("/echo?a=1\r\n\r\nGET /status/500 HTTP/1.1\r\n")));
                assertEquals(IoError.Kind.INVALID_INPUT, r.error().kind(), d.toString());
                assertEquals(0, server.requests(), d.toString());
            }
        }
    }
}
