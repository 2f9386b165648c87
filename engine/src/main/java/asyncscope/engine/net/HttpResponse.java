package asyncscope.engine.net;

import java.util.Map;

/** An HTTP response as the client saw it: status code, reason phrase, headers (lower-case names) and body. */
public record HttpResponse(int status, String reason, Map<String, String> headers, String body) {
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
