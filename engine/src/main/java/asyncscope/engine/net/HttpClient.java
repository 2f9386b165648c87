package asyncscope.engine.net;

import static asyncscope.engine.future.Futures.map;
import static asyncscope.engine.future.Futures.ready;
import static asyncscope.engine.future.Futures.then;

import asyncscope.engine.future.Future;
import asyncscope.engine.io.IoError;
import asyncscope.engine.io.IoResult;
import asyncscope.engine.io.TcpStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client for the built-in server: {@link #get(String)} opens a real connection (or a
 * simulated one under the simulator), sends one {@code GET} with {@code Connection: close}, reads the
 * response to the end and parses it. Every failure (refused, reset, a malformed response, a bad URL) is
 * an {@link IoError} value.
 */
public final class HttpClient {
    private HttpClient() {}

    /** {@code GET url}. */
    public static Future<IoResult<HttpResponse>> get(String url) {
        IoResult<HttpUrl> parsed = HttpUrl.parse(url);
        if (!parsed.isOk()) {
            return ready(parsed.castErr());
        }
        HttpUrl u = parsed.value();
        byte[] request = ("GET " + u.target() + " HTTP/1.1\r\n"
                + "Host: " + u.host() + ":" + u.port() + "\r\n"
                + "User-Agent: asyncscope\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return then(TcpStream.connect(u.host(), u.port()), c -> {
            if (!c.isOk()) {
                return ready(c.castErr());
            }
            TcpStream s = c.value();
            return then(s.writeAll(request), w -> {
                if (!w.isOk()) {
                    s.close();
                    return ready(w.castErr());
                }
                return map(s.readToEnd(), r -> {
                    s.close();
                    return r.isOk() ? parse(r.value()) : r.castErr();
                });
            });
        });
    }

    /** Parses a complete response (status line, headers, body by Content-Length or to the end). */
    static IoResult<HttpResponse> parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return malformed("no end of headers in " + raw.length + " bytes");
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            return malformed("bad status line '" + lines[0] + "'");
        }
        int code;
        try {
            code = Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            return malformed("bad status code '" + status[1] + "'");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                return malformed("bad header line '" + lines[i] + "'");
            }
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] bodyBytes = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        String len = headers.get("content-length");
        if (len != null) {
            int n;
            try {
                n = Integer.parseInt(len);
            } catch (NumberFormatException e) {
                return malformed("bad content-length '" + len + "'");
            }
            if (n > bodyBytes.length) {
                return malformed("body cut short: " + bodyBytes.length + " of " + n + " bytes");
            }
            bodyBytes = java.util.Arrays.copyOf(bodyBytes, n);
        }
        return IoResult.ok(new HttpResponse(code, status.length > 2 ? status[2] : "", Map.copyOf(headers),
                new String(bodyBytes, StandardCharsets.UTF_8)));
    }

    private static IoResult<HttpResponse> malformed(String why) {
        return IoResult.err(IoError.Kind.INVALID_INPUT, "malformed HTTP response: " + why);
    }
}
