package asyncscope.engine.net;

import asyncscope.engine.io.IoError;
import asyncscope.engine.io.IoResult;

/**
 * An {@code http://host:port/path?query} URL, parsed strictly. Only loopback hosts are accepted: the
 * client exists to talk to the built-in server, and a lesson program must not reach the outside world.
 */
public record HttpUrl(String host, int port, String path, String query) {

    public static IoResult<HttpUrl> parse(String url) {
        if (url == null || !url.startsWith("http://")) {
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
        if (path.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            return bad(url, "the path contains spaces or control characters");
        }
        return IoResult.ok(new HttpUrl("127.0.0.1", port, path, query));
    }

    private static IoResult<HttpUrl> bad(String url, String why) {
        return IoResult.err(IoError.Kind.INVALID_INPUT, "invalid URL '" + url + "': " + why);
    }

    /** Path and query as sent in the request line. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
