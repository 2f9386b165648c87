package asyncscope.engine.net;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.StateMachine;
import asyncscope.engine.io.IoResult;
import asyncscope.engine.io.TcpStream;
import asyncscope.engine.time.Sleep;
import asyncscope.engine.time.Time;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * One server connection, written as the state machine an {@code async fn} compiles to: read the request
 * head, wait the route's latency, write the response, close. One request per connection
 * ({@code Connection: close}), which is all the lessons need.
 */
final class HttpConnection implements Future<Void>, StateMachine {
    private static final int MAX_HEAD = 16 * 1024;
    private static final List<String> STATES = List.of("ReadingHead", "Waiting", "Writing", "Done");

    private enum S { READING_HEAD, WAITING, WRITING, DONE }

    private final HttpServer server;
    private final TcpStream stream;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final ByteBuffer buf = ByteBuffer.allocate(4096);
    private S state = S.READING_HEAD;
    private Future<IoResult<Integer>> reading;
    private Sleep waiting;
    private Future<IoResult<Void>> writing;
    private byte[] response;
    private boolean counted;

    HttpConnection(HttpServer server, TcpStream stream) {
        this.server = server;
        this.stream = stream;
    }

    @Override
    public Poll<Void> poll(Context cx) {
        for (;;) {
            switch (state) {
                case READING_HEAD -> {
                    if (reading == null) {
                        buf.clear();
                        reading = stream.read(buf);
                    }
                    Poll<IoResult<Integer>> p = reading.poll(cx);
                    if (p.isPending()) {
                        return Poll.pending();
                    }
                    reading = null;
                    IoResult<Integer> r = p.value();
                    if (!r.isOk() || r.value() == 0) {
                        return finish(); // the client went away before sending a request
                    }
                    head.write(buf.array(), 0, r.value());
                    String text = head.toString(StandardCharsets.ISO_8859_1);
                    int end = text.indexOf("\r\n\r\n");
                    if (end >= 0) {
                        plan(text.substring(0, end));
                    } else if (head.size() > MAX_HEAD) {
                        respond(new HttpRoutes.Planned(431, "request head over " + MAX_HEAD + " bytes\n", 0), false);
                    }
                }
                case WAITING -> {
                    if (waiting.poll(cx).isPending()) {
                        return Poll.pending();
                    }
                    waiting = null;
                    state = S.WRITING;
                }
                case WRITING -> {
                    if (writing == null) {
                        writing = stream.writeAll(response);
                    }
                    if (writing.poll(cx).isPending()) {
                        return Poll.pending();
                    }
                    writing = null;
                    return finish();
                }
                case DONE -> {
                    return Poll.ready(null);
                }
            }
        }
    }

    private void plan(String headText) {
        String requestLine = headText.split("\r\n", 2)[0];
        String[] parts = requestLine.split(" ");
        server.requestStarted();
        counted = true;
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith("/")) {
            respond(new HttpRoutes.Planned(400, "malformed request line '" + requestLine + "'\n", 0), false);
            return;
        }
        long base = server.config().baseLatency().toMillis();
        respond(HttpRoutes.route(parts[0], parts[1], base), parts[0].equals("HEAD"));
    }

    private void respond(HttpRoutes.Planned planned, boolean headOnly) {
        byte[] body = planned.body().getBytes(StandardCharsets.UTF_8);
        String headText = "HTTP/1.1 " + planned.status() + " " + HttpRoutes.reason(planned.status()) + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        byte[] h = headText.getBytes(StandardCharsets.US_ASCII);
        response = headOnly ? h : concat(h, body);
        if (planned.delayMs() > 0) {
            waiting = Time.sleep(Duration.ofMillis(planned.delayMs()));
            state = S.WAITING;
        } else {
            state = S.WRITING;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private Poll<Void> finish() {
        state = S.DONE;
        if (counted) {
            counted = false;
            server.requestFinished();
        }
        stream.close();
        return Poll.ready(null);
    }

    @Override
    public void drop() {
        if (reading != null) {
            reading.drop();
        }
        if (waiting != null) {
            waiting.drop();
        }
        if (writing != null) {
            writing.drop();
        }
        if (counted) {
            counted = false;
            server.requestFinished();
        }
        stream.close();
    }

    @Override
    public String describe() {
        return "http connection " + stream.peerAddr();
    }

    @Override
    public List<String> stateNames() {
        return STATES;
    }

    @Override
    public int currentState() {
        return state.ordinal();
    }
}
