package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RVec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to text as std does it: {@code String::from_utf8} / {@code std::str::from_utf8} validate with core's rules
 * (where the first error is, how many bytes it spans, or none when the input ends inside a character) and fail with
 * {@code FromUtf8Error} / {@code Utf8Error} printing core's messages; {@code String::from_utf8_lossy} puts one
 * U+FFFD per invalid sequence exactly where core's {@code Utf8Chunks} finds them.
 */
public final class Utf8Prelude {
    private Utf8Prelude() {}

    static void install() {
        Prelude.reg("String::from_utf8", (in, a, at) -> {
            byte[] b = bytes(in, a[0]);
            int[] err = validate(b, 0);
            return err == null ? REnum.ok(new RStr(new String(b, StandardCharsets.UTF_8)))
                    : REnum.err(new FromUtf8Error(b, new Utf8Error(err[0], err[1])));
        });
        Prelude.reg("str::from_utf8, std::str::from_utf8", (in, a, at) -> {
            byte[] b = bytes(in, a[0]);
            int[] err = validate(b, 0);
            return err == null ? REnum.ok(new RStr(new String(b, StandardCharsets.UTF_8))) : REnum.err(new Utf8Error(err[0], err[1]));
        });
        Prelude.reg("String::from_utf8_lossy", (in, a, at) -> new RStr(lossy(bytes(in, a[0]))));
    }

    /** The bytes of a {@code &[u8]}/{@code Vec<u8>} (or a byte string). */
    static byte[] bytes(Interp in, Object v) {
        Object u = Methods.arg(new Object[] {v}, 0);
        if (u instanceof RStr s) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
        List<Object> items = Iters.drain(in, u);
        byte[] b = new byte[items.size()];
        for (int i = 0; i < b.length; i++) {
            if (!(items.get(i) instanceof RInt r)) {
                throw new RPanic("expected bytes, found " + Fmt.debug(items.get(i), false));
            }
            b[i] = (byte) r.v;
        }
        return b;
    }

    static RVec vec(byte[] b) {
        List<Object> l = new ArrayList<>(b.length);
        for (byte x : b) {
            l.add(RInt.of(x & 0xff, IntTy.U8));
        }
        return new RVec(l);
    }

    private static boolean cont(byte[] b, int i) {
        return (b[i] & 0xC0) == 0x80;
    }

    /**
     * The first error at or after {@code from}: {valid_up_to, error_len} (error_len -1 when the input ends inside a
     * character), or null when the rest is valid. Core's rules: overlong forms, surrogates and code points past
     * U+10FFFF are refused at their second byte.
     */
    static int[] validate(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int first = b[i] & 0xff;
            if (first < 0x80) {
                i++;
                continue;
            }
            int width = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3 : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
            if (width == 0) {
                return new int[] {i, 1};
            }
            if (i + 1 >= b.length) {
                return new int[] {i, -1};
            }
            int second = b[i + 1] & 0xff;
            boolean ok2 = switch (width) {
                case 2 -> cont(b, i + 1);
                case 3 -> first == 0xE0 ? second >= 0xA0 && second <= 0xBF
                        : first == 0xED ? second >= 0x80 && second <= 0x9F : cont(b, i + 1);
                default -> first == 0xF0 ? second >= 0x90 && second <= 0xBF
                        : first == 0xF4 ? second >= 0x80 && second <= 0x8F : cont(b, i + 1);
            };
            if (!ok2) {
                return new int[] {i, 1};
            }
            for (int k = 2; k < width; k++) {
                if (i + k >= b.length) {
                    return new int[] {i, -1};
                }
                if (!cont(b, i + k)) {
                    return new int[] {i, k};
                }
            }
            i += width;
        }
        return null;
    }

    static String lossy(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int[] err = validate(b, i);
            if (err == null) {
                out.write(b, i, b.length - i);
                break;
            }
            out.write(b, i, err[0] - i);
            out.writeBytes("\uFFFD".getBytes(StandardCharsets.UTF_8));
            i = err[1] < 0 ? b.length : err[0] + err[1];
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code core::str::Utf8Error}. */
    public record Utf8Error(int validUpTo, int errorLen) implements Methods.HasMethods, Fmt.Displayable {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return switch (name) {
                case "valid_up_to" -> Methods.usize(validUpTo);
                case "error_len" -> errorLen < 0 ? REnum.NONE : REnum.some(Methods.usize(errorLen));
                default -> Methods.NO_SUCH;
            };
        }

        @Override
        public String display() {
            return errorLen < 0 ? "incomplete utf-8 byte sequence from index " + validUpTo
                    : "invalid utf-8 sequence of " + errorLen + " bytes from index " + validUpTo;
        }

        @Override
        public String debug() {
            return "Utf8Error { valid_up_to: " + validUpTo + ", error_len: " + (errorLen < 0 ? "None" : "Some(" + errorLen + ")") + " }";
        }
    }

    /** {@code alloc::string::FromUtf8Error}: the bytes given back and the {@link Utf8Error}. */
    public record FromUtf8Error(byte[] bytes, Utf8Error error) implements Methods.HasMethods, Fmt.Displayable {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return switch (name) {
                case "utf8_error" -> error;
                case "into_bytes", "as_bytes" -> vec(bytes);
                default -> Methods.NO_SUCH;
            };
        }

        @Override
        public String display() {
            return error.display();
        }

        @Override
        public String debug() {
            return "FromUtf8Error { bytes: " + Fmt.debug(vec(bytes), false) + ", error: " + error.debug() + " }";
        }
    }
}
