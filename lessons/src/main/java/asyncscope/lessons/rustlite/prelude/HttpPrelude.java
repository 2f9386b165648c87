package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.io.IoError;
import asyncscope.engine.io.IoResult;
import asyncscope.engine.net.HttpClient;
import asyncscope.engine.net.HttpResponse;
import asyncscope.engine.net.HttpServer;
import asyncscope.engine.runtime.RuntimeCore;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.Values;

/**
 * The HTTP client of Rust-lite: {@code http::get(url)} (also spelled {@code reqwest::get}) makes a real request
 * (a simulated one under the simulator) to the built-in loopback server, which the runner starts for programs
 * that use it. URLs on {@code localhost} / {@code 127.0.0.1} without a port are sent to that server, so tutorial
 * code runs unchanged; any other host or port gets the error a refused connection gives, and a URL with a control
 * character is refused before anything is sent (the sandbox: a program talks to the built-in server only). {@code http::max_in_flight()} and
 * {@code http::requests()} let a lesson check what the server saw.
 */
public final class HttpPrelude {
    private HttpPrelude() {}

    static final String SERVER = "http-server";

    static void install() {
        Prelude.onStart(HttpPrelude::startIfUsed);
        Prelude.register("http::get, reqwest::get", (in, a, at) -> get(in, a[0].toString()));
        Prelude.register("http::max_in_flight", (in, a, at) -> RInt.usize(server(in).maxInFlight()));
        Prelude.register("http::requests", (in, a, at) -> RInt.usize(server(in).requests()));
        Prelude.register("http::base_url", (in, a, at) -> new RStr(server(in).url("")));
    }

    static void startIfUsed(Interp in, RuntimeCore core) {
        String text = in.program.source().text();
        if (!text.contains("http::") && !text.contains("reqwest::")) {
            return;
        }
        IoResult<HttpServer> s = HttpServer.start(core, HttpServer.Config.defaults());
        if (s.isOk()) {
            in.services.put(SERVER, s.value());
        } else {
            in.io.print("error: cannot start the built-in HTTP server: " + s.error() + "\n", true);
        }
    }

    static HttpServer server(Interp in) {
        Object s = in.services.get(SERVER);
        if (s instanceof HttpServer h) {
            return h;
        }
        throw new RPanic("the built-in HTTP server is not running");
    }

    /**
     * Where a request may go: the built-in server, and nothing else. {@code http://localhost/...},
     * {@code http://127.0.0.1/...} and {@code http://asyncscope/...} without a port are sent to it (so tutorial
     * code runs unchanged), as is a URL naming its own port ({@code http::base_url()}). Null for any other
     * host or port: the sandbox answers those as a refused connection would.
     */
    static String rewrite(Interp in, String url) {
        for (String host : new String[] {"http://localhost", "http://127.0.0.1", "http://asyncscope"}) {
            if (url.startsWith(host) && (url.length() == host.length() || url.charAt(host.length()) == '/'
                    || url.charAt(host.length()) == '?')) {
                String rest = url.substring(host.length());
                return server(in).url(rest.isEmpty() ? "/" : rest);
            }
        }
        for (String host : new String[] {"http://localhost:", "http://127.0.0.1:"}) {
            String own = host + server(in).port();
            if (url.startsWith(own) && (url.length() == own.length() || url.charAt(own.length()) == '/'
                    || url.charAt(own.length()) == '?')) {
                return url;
            }
        }
        return null;
    }

    static Object get(Interp in, String url) {
        if (url.chars().anyMatch(Character::isISOControl)) {
            String shown = Fmt.debug(new RStr(url), false);
            return Futures.ready(REnum.err(new SyncPrelude.ErrVal("builder error for url (" + shown
                    + "): a URL may not contain control characters", "reqwest::Error { kind: Builder, url: " + shown + " }")));
        }
        String target = rewrite(in, url);
        if (target == null) {
            return Futures.ready(REnum.err(new SyncPrelude.ErrVal("error sending request for url (" + url
                    + "): error trying to connect: Connection refused (Rust-lite reaches only its built-in server, http://localhost/)",
                    "reqwest::Error { kind: Request, url: \"" + url + "\", source: ConnectError(\"Connection refused\") }")));
        }
        Future<IoResult<HttpResponse>> f = HttpClient.get(target);
        return SyncPrelude.mapped(f, r -> {
            @SuppressWarnings("unchecked")
            IoResult<HttpResponse> res = (IoResult<HttpResponse>) r;
            if (res.isOk()) {
                return REnum.ok(new Response(res.value()));
            }
            IoError e = res.error();
            return REnum.err(new SyncPrelude.ErrVal("error sending request for url (" + url + "): " + e,
                    "reqwest::Error { kind: Request, url: \"" + url + "\", source: " + e + " }"));
        });
    }

    /** {@code reqwest::Response}: {@code status()}, {@code text().await}, {@code headers()}. */
    record Response(HttpResponse r) implements Methods.HasMethods, Fmt.Displayable {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "status" -> {
                    return new Status(r.status(), r.reason());
                }
                case "text" -> {
                    return Futures.ready(REnum.ok(new RStr(r.body())));
                }
                case "content_length" -> {
                    return REnum.some(RInt.of(r.body().length(), IntTy.U64));
                }
                case "header" -> {
                    String v = r.headers().get(args[0].toString().toLowerCase());
                    return v == null ? REnum.NONE : REnum.some(new RStr(v));
                }
                case "error_for_status" -> {
                    return r.status() >= 400 ? REnum.err(new SyncPrelude.ErrVal("HTTP status " + r.status() + " " + r.reason(),
                            "reqwest::Error { kind: Status(" + r.status() + ") }")) : REnum.ok(this);
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "Response { status: " + r.status() + " }";
        }
    }

    /** {@code StatusCode}: prints {@code 200 OK}, compares equal to its number. */
    record Status(int code, String reason) implements Methods.HasMethods, Fmt.Displayable, Values.NumberLike {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return switch (name) {
                case "as_u16" -> RInt.of(code, IntTy.U16);
                case "is_success" -> code >= 200 && code < 300;
                case "is_client_error" -> code >= 400 && code < 500;
                case "is_server_error" -> code >= 500;
                case "canonical_reason" -> REnum.some(new RStr(reason));
                default -> Methods.NO_SUCH;
            };
        }

        @Override
        public long asLong() {
            return code;
        }

        @Override
        public String display() {
            return code + " " + reason;
        }
    }
}
