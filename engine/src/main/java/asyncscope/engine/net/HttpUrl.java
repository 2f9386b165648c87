package asyncscope.engine.net;

import asyncscope.engine.io.IoError;
import asyncscope.engine.io.IoResult;
import java.nio.charset.StandardCharsets;

/**
 * An {@code http://host:port/path?query} URL, parsed strictly. Only loopback hosts are accepted: the
 * client exists to talk to the built-in server, and a lesson program must not reach the outside world.
 * A control character anywhere in the URL refuses it (a CR or LF in the query would otherwise end the
 * request line and let a second request be smuggled after it); spaces and non-ASCII characters in the
 * path and query are percent-encoded as UTF-8, as Rust's {@code url} crate does, so the request line
 * always holds exactly three space-separated parts.
 */
public record HttpUrl(String host, int port, String path, String query) {

    public static IoResult<HttpUrl> parse(String url) {
        if (url == null) {
            return bad(url, "there is no URL");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c)) {
                return bad(url, "it contains the control character " + String.format("U+%04X", (int) c) + " at "
                        + (i + 1) + " (control characters are not allowed anywhere in a URL)");
            }
        }
        if (!url.startsWith("http://")) {
            return bad(url, "it must start with http://");
        }
        String rest = url.substring("http://".length());
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String target = slash < 0 ? "/" : rest.substring(slash);
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        int port = 80;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                return bad(url, "the port '" + authority.substring(colon + 1) + "' is not a number");
            }
            if (port < 1 || port > 65_535) {
                return bad(url, "the port " + port + " is out of range");
            }
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            return bad(url, "only the loopback host (127.0.0.1 or localhost) is allowed, got '" + host + "'");
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        return IoResult.ok(new HttpUrl("127.0.0.1", port, percentEncode(path), percentEncode(query)));
    }

    /** Spaces and non-ASCII characters become {@code %XX} of their UTF-8 bytes; the rest is kept as written. */
    static String percentEncode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c > ' ' && c < 0x7F) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return b.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static IoResult<HttpUrl> bad(String url, String why) {
        return IoResult.err(IoError.Kind.INVALID_INPUT, "invalid URL " + quoted(url) + ": " + why);
    }

    /** The URL as Rust's {@code {:?}} would show it: control characters escaped, so an error message never carries them. */
    static String quoted(String url) {
        if (url == null) {
            return "None";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Path and query as sent in the request line. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
