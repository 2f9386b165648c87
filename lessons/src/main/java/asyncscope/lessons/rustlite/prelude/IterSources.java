package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.REnum;
import java.util.List;

/**
 * Functions a program names by path that are not constructors: std::iter's ({@code once}, {@code empty}, {@code repeat},
 * {@code repeat_with}, {@code from_fn}, {@code successors}), methods used as functions ({@code char::is_numeric}) and
 * {@code String::from_utf8}. The iterator ones are: {@code once}, {@code empty}, {@code repeat}, {@code repeat_with},
 * {@code from_fn} (call a closure until it returns None) and {@code successors} (each item made from the last).
 * All lazy, so the endless ones are fine under {@code take} or {@code find}.
 */
final class IterSources {
    private IterSources() {}

    /** Methods named as functions ({@code .filter(char::is_numeric)}, {@code .map(str::trim)}): the first argument is the receiver. */
    private static final String METHOD_PATHS = "char::is_numeric, char::is_alphabetic, char::is_alphanumeric, char::is_whitespace, "
            + "char::is_uppercase, char::is_lowercase, char::is_ascii_digit, char::is_ascii_alphabetic, char::is_ascii_punctuation, "
            + "char::is_ascii_uppercase, char::is_ascii_lowercase, char::is_ascii_alphanumeric, char::is_ascii_whitespace, "
            + "char::to_ascii_uppercase, char::to_ascii_lowercase, str::len, str::trim, str::to_uppercase, str::to_lowercase, "
            + "str::is_empty, str::to_owned, String::len, String::is_empty, String::as_str, Vec::len, Vec::is_empty";

    static void install() {
        for (String path : METHOD_PATHS.split(",")) {
            String p = path.trim();
            String method = p.substring(p.indexOf("::") + 2);
            Prelude.register(p, (in, a, at) -> Methods.call(in, asyncscope.lessons.rustlite.interp.Interp.deref(a[0]), method, null,
                    java.util.Arrays.copyOfRange(a, 1, a.length), at));
        }
        Prelude.register("String::from_utf8", (in, a, at) -> {
            java.util.List<Object> bytes = Iters.drain(in, a[0]);
            byte[] b = new byte[bytes.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ((asyncscope.lessons.rustlite.value.RInt) bytes.get(i)).v;
            }
            java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            try {
                return REnum.ok(new asyncscope.lessons.rustlite.value.RStr(d.decode(java.nio.ByteBuffer.wrap(b)).toString()));
            } catch (java.nio.charset.CharacterCodingException e) {
                return REnum.err(new SyncPrelude.ErrVal("invalid utf-8 sequence", "FromUtf8Error { .. }"));
            }
        });
        Prelude.register("String::from_utf8_lossy", (in, a, at) -> {
            java.util.List<Object> bytes = Iters.drain(in, a[0]);
            byte[] b = new byte[bytes.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ((asyncscope.lessons.rustlite.value.RInt) bytes.get(i)).v;
            }
            return new asyncscope.lessons.rustlite.value.RStr(new String(b, java.nio.charset.StandardCharsets.UTF_8));
        });
        Prelude.register("std::iter::once, iter::once", (in, a, at) -> RIter.over(List.of(a[0]).iterator()));
        Prelude.register("std::iter::empty, iter::empty", (in, a, at) -> RIter.over(List.of().iterator()));
        Prelude.register("std::iter::repeat, iter::repeat", (in, a, at) -> {
            Object v = a[0];
            return new RIter() {
                @Override
                protected Object advance() {
                    return Methods.cloneValue(v);
                }
            };
        });
        Prelude.register("std::iter::repeat_with, iter::repeat_with", (in, a, at) -> new RIter() {
            @Override
            protected Object advance() {
                return in.call(a[0], new Object[0], at);
            }
        });
        Prelude.register("std::iter::from_fn, iter::from_fn", (in, a, at) -> new RIter() {
            @Override
            protected Object advance() {
                Object r = in.call(a[0], new Object[0], at);
                return r instanceof REnum e && e.is("Some") ? e.fields[0] : null;
            }
        });
        Prelude.register("std::iter::successors, iter::successors", (in, a, at) -> new RIter() {
            Object next = a[0] instanceof REnum e && e.is("Some") ? e.fields[0] : null;

            @Override
            protected Object advance() {
                Object cur = next;
                if (cur != null) {
                    Object r = in.call(a[1], new Object[] {cur}, at);
                    next = r instanceof REnum e && e.is("Some") ? e.fields[0] : null;
                }
                return cur;
            }
        });
    }
}
