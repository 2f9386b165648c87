package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code str} methods that take a pattern — a {@code &str}, a {@code char} or a {@code |c| ...} predicate —
 * to trim, strip, search and split ({@code trim_matches}, {@code strip_prefix}, {@code rsplit}, {@code splitn},
 * {@code rfind}, {@code matches}...), plus the in-place edits ({@code insert}, {@code truncate}, {@code remove}).
 * Positions are byte offsets, as in Rust.
 */
final class StringPatterns {
    private StringPatterns() {}

    /** A pattern: the length (in Java chars) of the match at {@code i}, or -1. */
    private interface Pattern {
        int matchAt(String t, int i);
    }

    private static Pattern pattern(Interp in, Object p, Insn at) {
        Object v = Methods.arg(new Object[] {p}, 0);
        if (v instanceof RChar c) {
            String s = c.toString();
            return (t, i) -> t.startsWith(s, i) ? s.length() : -1;
        }
        if (v instanceof RStr s) {
            String str = s.toString();
            return (t, i) -> t.startsWith(str, i) ? str.length() : -1;
        }
        return (t, i) -> {
            if (i >= t.length()) {
                return -1;
            }
            int cp = t.codePointAt(i);
            return Values.truthy(in.call(v, new Object[] {new RChar(cp)}, at), 0, 0) ? Character.charCount(cp) : -1;
        };
    }

    static int bytes(String t, int charIndex) {
        return t.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    static int charIndex(String t, long byteIndex) {
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        return new String(b, 0, (int) Math.min(byteIndex, b.length), StandardCharsets.UTF_8).length();
    }

    private static int find(Pattern p, String t, int from) {
        for (int i = from; i <= t.length(); i++) {
            if (p.matchAt(t, i) >= 0 && !(p.matchAt(t, i) == 0 && i == t.length() && from > 0)) {
                return i;
            }
        }
        return -1;
    }

    private static int rfind(Pattern p, String t) {
        for (int i = t.length(); i >= 0; i--) {
            if (p.matchAt(t, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The pieces between matches, left to right, at most {@code limit} (0: no limit). */
    private static List<String> split(Pattern p, String t, int limit) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= t.length()) {
            if (limit > 0 && out.size() == limit - 1) {
                break;
            }
            int len = i < t.length() ? p.matchAt(t, i) : -1;
            if (len > 0) {
                out.add(t.substring(start, i));
                i += len;
                start = i;
            } else {
                i++;
            }
        }
        out.add(t.substring(start));
        return out;
    }

    static RIter strs(List<String> parts) {
        List<Object> l = new ArrayList<>();
        for (String s : parts) {
            l.add(new RStr(s));
        }
        return RIter.over(l.iterator());
    }

    static Object call(Interp in, RStr s, String name, Object[] args, Insn at) {
        String t = s.toString();
        switch (name) {
            case "replace", "replacen" -> {
                Object pat = Methods.arg(args, 0);
                if (pat instanceof RStr ps && (name.equals("replace") || ps.toString().isEmpty())) {
                    return Methods.NO_SUCH; // a plain substring: StringMethods
                }
                Pattern p = pattern(in, args[0], at);
                String with = Methods.str(Methods.arg(args, 1));
                long limit = name.equals("replacen") ? Methods.intArg(args, 2).v : Long.MAX_VALUE;
                StringBuilder b = new StringBuilder();
                long n = 0;
                for (int i = 0; i < t.length(); ) {
                    int len = n < limit ? p.matchAt(t, i) : -1;
                    if (len > 0) {
                        b.append(with);
                        i += len;
                        n++;
                    } else {
                        int cp = t.codePointAt(i);
                        b.appendCodePoint(cp);
                        i += Character.charCount(cp);
                    }
                }
                return new RStr(b.toString());
            }
            case "trim_matches", "trim_start_matches", "trim_end_matches" -> {
                Pattern p = pattern(in, args[0], at);
                int lo = 0;
                int hi = t.length();
                if (!name.equals("trim_end_matches")) {
                    for (int len; lo < hi && (len = p.matchAt(t, lo)) > 0;) {
                        lo += len;
                    }
                }
                if (!name.equals("trim_start_matches")) {
                    boolean more = true;
                    while (more && hi > lo) {
                        more = false;
                        for (int j = hi - 1; j >= lo; j--) {
                            int len = p.matchAt(t, j);
                            if (len > 0 && j + len == hi) {
                                hi = j;
                                more = true;
                                break;
                            }
                        }
                    }
                }
                return new RStr(t.substring(lo, hi));
            }
            case "strip_prefix" -> {
                int len = pattern(in, args[0], at).matchAt(t, 0);
                return len >= 0 ? REnum.some(new RStr(t.substring(len))) : REnum.NONE;
            }
            case "strip_suffix" -> {
                Pattern p = pattern(in, args[0], at);
                for (int j = t.length(); j >= 0; j--) {
                    int len = p.matchAt(t, j);
                    if (len >= 0 && j + len == t.length()) {
                        return REnum.some(new RStr(t.substring(0, j)));
                    }
                }
                return REnum.NONE;
            }
            case "find", "rfind" -> {
                Pattern p = pattern(in, args[0], at);
                int k = name.equals("find") ? find(p, t, 0) : rfind(p, t);
                return k < 0 ? REnum.NONE : REnum.some(Methods.usize(bytes(t, k)));
            }
            case "split", "splitn", "rsplit", "rsplitn" -> {
                boolean n = name.endsWith("n");
                Pattern p = pattern(in, args[n ? 1 : 0], at);
                int limit = n ? (int) Methods.intArg(args, 0).v : 0;
                if (n && limit == 0) {
                    return strs(List.of());
                }
                if (name.startsWith("r")) {
                    List<String> all = split(p, t, 0);
                    List<String> out = new ArrayList<>();
                    for (int i = all.size() - 1; i >= 0; i--) {
                        if (limit > 0 && out.size() == limit - 1) {
                            out.add(String.join(joiner(args[n ? 1 : 0]), all.subList(0, i + 1)));
                            break;
                        }
                        out.add(all.get(i));
                    }
                    return strs(out);
                }
                return strs(split(p, t, limit));
            }
            case "match_indices" -> {
                Pattern p = pattern(in, args[0], at);
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < t.length();) {
                    int len = p.matchAt(t, i);
                    if (len > 0) {
                        out.add(new RTuple(new Object[] {Methods.usize(bytes(t, i)), new RStr(t.substring(i, i + len))}));
                        i += len;
                    } else {
                        i++;
                    }
                }
                return RIter.over(out.iterator());
            }
            case "matches" -> {
                Pattern p = pattern(in, args[0], at);
                List<String> out = new ArrayList<>();
                for (int i = 0; i < t.length();) {
                    int len = p.matchAt(t, i);
                    if (len > 0) {
                        out.add(t.substring(i, i + len));
                        i += len;
                    } else {
                        i++;
                    }
                }
                return strs(out);
            }
            case "insert", "insert_str" -> {
                int k = charIndex(t, Methods.intArg(args, 0).v);
                s.sb.insert(k, Methods.arg(args, 1).toString());
                return Unit.UNIT;
            }
            case "truncate" -> {
                long n = Methods.intArg(args, 0).v;
                if (n < bytes(t, t.length())) {
                    s.sb.setLength(charIndex(t, n));
                }
                return Unit.UNIT;
            }
            case "remove" -> {
                int k = charIndex(t, Methods.intArg(args, 0).v);
                int cp = t.codePointAt(k);
                s.sb.delete(k, k + Character.charCount(cp));
                return new RChar(cp);
            }
            case "contains" -> {
                return find(pattern(in, args[0], at), t, 0) >= 0;
            }
            case "starts_with" -> {
                return pattern(in, args[0], at).matchAt(t, 0) >= 0;
            }
            case "ends_with" -> {
                Pattern p = pattern(in, args[0], at);
                for (int j = t.length(); j >= 0; j--) {
                    int len = p.matchAt(t, j);
                    if (len >= 0 && j + len == t.length()) {
                        return true;
                    }
                }
                return false;
            }
            case "get" -> {
                if (!(Methods.arg(args, 0) instanceof asyncscope.lessons.rustlite.value.RRange r)) {
                    return Methods.NO_SUCH;
                }
                int len = bytes(t, t.length());
                long lo = r.lo() == null ? 0 : r.lo().v;
                long hi = r.hi() == null ? len : r.hi().v + (r.inclusive() ? 1 : 0);
                if (lo > hi || hi > len || bytes(t, charIndex(t, lo)) != lo || bytes(t, charIndex(t, hi)) != hi) {
                    return REnum.NONE;
                }
                return REnum.some(new RStr(t.substring(charIndex(t, lo), charIndex(t, hi))));
            }
            case "split_at" -> {
                int k = charIndex(t, Methods.intArg(args, 0).v);
                return new RTuple(new Object[] {new RStr(t.substring(0, k)), new RStr(t.substring(k))});
            }
            case "is_char_boundary" -> {
                long n = Methods.intArg(args, 0).v;
                return n <= bytes(t, t.length()) && bytes(t, charIndex(t, n)) == n;
            }
            default -> {
                return Methods.NO_SUCH;
            }
        }
    }

    /** What rsplitn puts back between the unsplit rest's pieces (the separator, when it is a string or char). */
    private static String joiner(Object p) {
        Object v = Methods.arg(new Object[] {p}, 0);
        return v instanceof RChar || v instanceof RStr ? v.toString() : "";
    }
}
