package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.interp.Watch;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.ArrayList;
import java.util.List;

/** Methods of {@code String} and {@code &str}: building, searching, splitting, parsing. */
final class StringMethods {
    private StringMethods() {}

    /** {@code str::parse::<f64>}: Rust's grammar (no spaces, no Java suffixes), "inf" and "NaN" included. */
    static REnum parseFloat(String t) {
        String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean named = u.equalsIgnoreCase("inf") || u.equalsIgnoreCase("infinity") || u.equalsIgnoreCase("nan");
        if (!named && !u.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            return REnum.err(new SyncPrelude.ErrVal(t.isEmpty() ? "cannot parse float from empty string" : "invalid float literal",
                    "ParseFloatError { kind: " + (t.isEmpty() ? "Empty" : "Invalid") + " }"));
        }
        double v = u.equalsIgnoreCase("nan") ? Double.NaN : named ? Double.POSITIVE_INFINITY : Double.parseDouble(u);
        return REnum.ok(t.startsWith("-") ? -v : v);
    }

    private static float parseFloat32(String t) {
        String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        float v = u.equalsIgnoreCase("nan") ? Float.NaN : u.equalsIgnoreCase("inf") || u.equalsIgnoreCase("infinity")
                ? Float.POSITIVE_INFINITY : new java.math.BigDecimal(u.startsWith(".") ? "0" + u : u.endsWith(".") ? u + "0" : u).floatValue();
        return t.startsWith("-") ? -v : v;
    }

    static Object strMethod(Interp in, RStr s, String name, String turbofish, Object[] args) {
        switch (name) { // growing a String copies only what is added
            case "push_str" -> {
                String more = Methods.str(Methods.arg(args, 0));
                Watch.reserve(2L * (s.sb.length() + (long) more.length()));
                Watch.work(more.length());
                s.sb.append(more);
                return Unit.UNIT;
            }
            case "push" -> {
                s.sb.append(Methods.arg(args, 0).toString());
                return Unit.UNIT;
            }
            default -> {
                // every other method reads a copy of the text: work in proportion to its length
                Watch.work(s.sb.length() >> 4);
            }
        }
        String t = s.toString();
        switch (name) {
            case "len" -> {
                return Methods.usize(t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            }
            case "is_empty" -> {
                return t.isEmpty();
            }
            case "pop" -> {
                if (t.isEmpty()) {
                    return REnum.NONE;
                }
                int cp = t.codePointBefore(t.length());
                s.sb.setLength(t.length() - Character.charCount(cp));
                return REnum.some(new RChar(cp));
            }
            case "clear" -> {
                s.sb.setLength(0);
                return Unit.UNIT;
            }
            case "as_str", "to_owned", "into_boxed_str", "into_owned" -> {
                return s;
            }
            case "as_bytes", "into_bytes" -> {
                return Utf8Prelude.vec(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            case "to_uppercase", "to_ascii_uppercase" -> {
                return new RStr(t.toUpperCase());
            }
            case "to_lowercase", "to_ascii_lowercase" -> {
                return new RStr(t.toLowerCase());
            }
            case "trim" -> {
                return new RStr(t.strip());
            }
            case "trim_start" -> {
                return new RStr(t.stripLeading());
            }
            case "trim_end" -> {
                return new RStr(t.stripTrailing());
            }
            case "contains" -> {
                return t.contains(Methods.str(Methods.arg(args, 0)));
            }
            case "starts_with" -> {
                return t.startsWith(Methods.str(Methods.arg(args, 0)));
            }
            case "ends_with" -> {
                return t.endsWith(Methods.str(Methods.arg(args, 0)));
            }
            case "find" -> {
                int k = t.indexOf(Methods.str(Methods.arg(args, 0)));
                return k < 0 ? REnum.NONE : REnum.some(Methods.usize(k));
            }
            case "replace" -> {
                return new RStr(t.replace(Methods.str(Methods.arg(args, 0)), Methods.str(Methods.arg(args, 1))));
            }
            case "repeat" -> {
                long n = Methods.intArg(args, 0).v;
                long len = t.length();
                if (n < 0 || (len > 0 && n > (Integer.MAX_VALUE - 8) / len)) {
                    Watch.build(Long.MAX_VALUE, 1); // no String this long fits in the memory budget
                    throw new RPanic("capacity overflow");
                }
                Watch.build(len * n, 2);
                return new RStr(t.repeat((int) n));
            }
            case "chars" -> {
                return Iters.chars(s);
            }
            case "bytes" -> {
                List<Object> l = new ArrayList<>();
                for (byte b : t.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    l.add(RInt.of(b & 0xff, IntTy.U8));
                }
                return RIter.over(l.iterator());
            }
            case "split", "split_whitespace", "lines", "split_terminator" -> {
                String[] parts = switch (name) {
                    case "split_whitespace" -> t.strip().isEmpty() ? new String[0] : t.strip().split("\\s+");
                    case "lines" -> t.isEmpty() ? new String[0] : t.split("\r?\n");
                    default -> t.split(java.util.regex.Pattern.quote(Methods.str(Methods.arg(args, 0))), -1);
                };
                List<Object> l = new ArrayList<>();
                for (String p : parts) {
                    l.add(new RStr(p));
                }
                return RIter.over(l.iterator());
            }
            case "parse" -> {
                String ty = turbofish == null ? "i32" : turbofish;
                if (ty.equals("f64") || ty.equals("f32")) {
                    REnum r = parseFloat(t);
                    // an f32 is the decimal rounded once to single precision (not through f64)
                    return ty.equals("f32") && r.is("Ok") ? REnum.ok(parseFloat32(t)) : r;
                }
                if (ty.equals("bool")) {
                    if (!t.equals("true") && !t.equals("false")) {
                        return REnum.err(new SyncPrelude.ErrVal("provided string was not `true` or `false`", "ParseBoolError"));
                    }
                    return REnum.ok(Boolean.valueOf(t));
                }
                if (ty.equals("char")) {
                    int n = t.codePointCount(0, t.length());
                    if (n != 1) {
                        return REnum.err(n == 0 ? new SyncPrelude.ErrVal("cannot parse char from empty string", "ParseCharError { kind: EmptyString }")
                                : new SyncPrelude.ErrVal("too many characters in string", "ParseCharError { kind: TooManyChars }"));
                    }
                    return REnum.ok(new RChar(t.codePointAt(0)));
                }
                if (ty.equals("String")) {
                    return REnum.ok(new RStr(t));
                }
                IntTy it = IntTy.parse(ty);
                return IntParse.parse(t, 10, it == null ? IntTy.I32 : it, turbofish == null);
            }
            case "char_indices" -> {
                List<Object> l = new ArrayList<>();
                int idx = 0;
                for (int cp : t.codePoints().toArray()) {
                    l.add(new RTuple(new Object[] {Methods.usize(idx), new RChar(cp)}));
                    idx += new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                }
                return RIter.over(l.iterator());
            }
            case "split_once", "rsplit_once" -> {
                String sep = Methods.str(Methods.arg(args, 0));
                int k = name.equals("split_once") ? t.indexOf(sep) : t.lastIndexOf(sep);
                return k < 0 ? REnum.NONE : REnum.some(new RTuple(new Object[] {new RStr(t.substring(0, k)), new RStr(t.substring(k + sep.length()))}));
            }
            case "eq_ignore_ascii_case" -> {
                return t.equalsIgnoreCase(Methods.str(Methods.arg(args, 0)));
            }
            default -> throw new RPanic("no method named `" + name + "` found for `String`");
        }
    }
}
