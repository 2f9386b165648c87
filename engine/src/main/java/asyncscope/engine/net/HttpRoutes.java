package asyncscope.engine.net;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the built-in server answers: a pure function from a request line to a planned response (status,
 * body, and how long to wait before answering). Kept apart from the socket code so it is easy to read
 * and to test.
 */
final class HttpRoutes {
    static final long MAX_LATENCY_MS = 60_000;

    /** A response to send after {@code delayMs}. */
    record Planned(int status, String body, long delayMs) {}

    private HttpRoutes() {}

    static Planned route(String method, String target, long baseLatencyMs) {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        Map<String, String> params = params(query);
        long delay = baseLatencyMs;
        String ms = params.get("ms");
        if (ms != null) {
            try {
                delay += Long.parseLong(ms);
            } catch (NumberFormatException e) {
                return new Planned(400, "bad ms parameter '" + ms + "': expected a whole number of milliseconds\n", 0);
            }
            if (delay < 0 || delay > MAX_LATENCY_MS) {
                return new Planned(400, "ms must be between 0 and " + MAX_LATENCY_MS + "\n", 0);
            }
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new Planned(405, "method " + method + " not allowed; use GET\n", 0);
        }
        if (path.equals("/")) {
            return new Planned(200, "Hello from asyncscope!\n", delay);
        }
        if (path.equals("/slow")) {
            return new Planned(200, "slept " + (delay - baseLatencyMs) + " ms\n", delay);
        }
        if (path.equals("/echo")) {
            return new Planned(200, decode(query) + "\n", delay);
        }
        if (path.startsWith("/status/")) {
            String code = path.substring("/status/".length());
            try {
                int c = Integer.parseInt(code);
                if (c >= 200 && c <= 599) {
                    return new Planned(c, "status " + c + "\n", delay);
                }
            } catch (NumberFormatException ignored) {
                // falls through to 400
            }
            return new Planned(400, "bad status '" + code + "': expected 200-599\n", 0);
        }
        return new Planned(404, "no route for " + path + "\n", delay);
    }

    static Map<String, String> params(String query) {
        Map<String, String> m = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return m;
        }
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            m.put(decode(eq < 0 ? part : part.substring(0, eq)), eq < 0 ? "" : decode(part.substring(eq + 1)));
        }
        return m;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status < 300 ? "OK" : status < 400 ? "Redirect" : status < 500 ? "Client Error" : "Server Error";
        };
    }
}
