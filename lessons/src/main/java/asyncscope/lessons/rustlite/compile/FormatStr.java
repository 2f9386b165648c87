package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.value.Fmt;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed format string ({@code "x = {x}, {:>5} {0:?}"}): literal pieces and placeholders referring to
 * argument indexes. Named placeholders that are not explicit {@code name = value} arguments capture the
 * variable of that name, as Rust 2021 does; the compiler appends them as extra arguments.
 */
public final class FormatStr {
    public sealed interface Piece {}

    public record Text(String text) implements Piece {}

    public record Hole(int arg, Fmt.Spec spec) implements Piece {}

    public final List<Piece> pieces = new ArrayList<>();
    /** Named placeholders in order of first use (resolved by the compiler). */
    public final List<String> names = new ArrayList<>();
    public int positionalUsed;
    /** Which arguments are temporaries ({@code lock.read().await}): a guard among them is released once the text is made. */
    public boolean[] temps = new boolean[0];
    /** Which temporaries the checker knows to be owned values of a type that is not Copy: dropped after formatting. */
    public boolean[] ownedTemps = new boolean[0];

    /** Thrown for a malformed format string; {@code offset} is the character index in the string. */
    public static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int offset;

        Bad(String msg, int offset) {
            super(msg);
            this.offset = offset;
        }
    }

    /**
     * Parses {@code s}. {@code named} maps a name to its argument index when given as {@code name = value};
     * other names get indexes after {@code nargs} in first-use order.
     */
    public static FormatStr parse(String s, int nargs, java.util.Map<String, Integer> named) {
        FormatStr f = new FormatStr();
        StringBuilder text = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                text.append('}');
                i += 2;
                continue;
            }
            if (c == '}') {
                throw new Bad("invalid format string: unmatched `}` found", i);
            }
            if (c != '{') {
                text.append(c);
                i++;
                continue;
            }
            int close = s.indexOf('}', i);
            if (close < 0) {
                throw new Bad("invalid format string: expected `}` but string was terminated", i);
            }
            if (text.length() > 0) {
                f.pieces.add(new Text(text.toString()));
                text.setLength(0);
            }
            String inner = s.substring(i + 1, close);
            String argPart = inner;
            String specPart = "";
            int colon = inner.indexOf(':');
            if (colon >= 0) {
                argPart = inner.substring(0, colon);
                specPart = inner.substring(colon + 1);
            }
            argPart = argPart.trim();
            // `{:.*}` takes two positional arguments: the precision first, then the value
            int starPrecision = -1;
            if (specPart.contains(".*")) {
                starPrecision = next++;
                f.positionalUsed = Math.max(f.positionalUsed, starPrecision + 1);
            }
            int arg;
            if (argPart.isEmpty()) {
                arg = next++;
                f.positionalUsed = Math.max(f.positionalUsed, arg + 1);
            } else if (Character.isDigit(argPart.charAt(0))) {
                if (!argPart.chars().allMatch(Character::isDigit) || argPart.length() > 4) {
                    throw new Bad("invalid format string: invalid argument `" + argPart + "`", i + 1);
                }
                arg = Integer.parseInt(argPart);
                f.positionalUsed = Math.max(f.positionalUsed, arg + 1);
            } else {
                if (!argPart.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new Bad("invalid format string: expected `}`, found `" + argPart.charAt(0) + "`", i + 1);
                }
                arg = f.nameIndex(argPart, nargs, named);
            }
            Fmt.Spec spec = spec(specPart.replace(".*", starPrecision >= 0 ? "." + starPrecision + "$" : ".*"),
                    i + 1 + (colon < 0 ? 0 : colon + 1), f, nargs, named);
            f.pieces.add(new Hole(arg, spec));
            i = close + 1;
        }
        if (text.length() > 0) {
            f.pieces.add(new Text(text.toString()));
        }
        return f;
    }

    private int nameIndex(String name, int nargs, java.util.Map<String, Integer> named) {
        Integer idx = named.get(name);
        if (idx != null) {
            return idx;
        }
        int k = names.indexOf(name);
        if (k < 0) {
            names.add(name);
            k = names.size() - 1;
        }
        return nargs + k;
    }

    /** The largest width or precision Rust accepts: they are {@code u16}s. */
    public static final int MAX_COUNT = 65_535;

    /** A literal width or precision, checked as rustc does (it must fit a {@code u16}). */
    private static int count(String digits, int offset) {
        String n = digits.replaceFirst("^0+(?=.)", "");
        if (n.length() > 5 || Integer.parseInt(n) > MAX_COUNT) {
            throw new Bad("invalid format string: integer `" + digits + "` does not fit into the type `u16` whose range is `0..=65535`",
                    offset);
        }
        return Integer.parseInt(n);
    }

    /** A {@code N$} or {@code name$} width or precision: the index of the argument that holds it. */
    private static String countArg(String ref, FormatStr f, int nargs, java.util.Map<String, Integer> named, int offset) {
        if (ref == null) {
            return null;
        }
        if (!ref.chars().allMatch(Character::isDigit)) {
            return String.valueOf(f.nameIndex(ref, nargs, named));
        }
        String n = ref.replaceFirst("^0+(?=.)", "");
        if (n.length() > 4) {
            throw new Bad("invalid format string: invalid reference to positional argument " + ref, offset);
        }
        f.positionalUsed = Math.max(f.positionalUsed, Integer.parseInt(n) + 1);
        return n;
    }

    private static Fmt.Spec spec(String sp, int offset, FormatStr f, int nargs, java.util.Map<String, Integer> named) {
        if (sp.isEmpty()) {
            return Fmt.Spec.PLAIN;
        }
        char fill = ' ';
        char align = '\0';
        int i = 0;
        if (sp.length() >= 2 && "<>^".indexOf(sp.charAt(1)) >= 0) {
            fill = sp.charAt(0);
            align = sp.charAt(1);
            i = 2;
        } else if ("<>^".indexOf(sp.charAt(0)) >= 0) {
            align = sp.charAt(0);
            i = 1;
        }
        boolean plus = false;
        if (i < sp.length() && sp.charAt(i) == '+') {
            plus = true;
            i++;
        } else if (i < sp.length() && sp.charAt(i) == '-') {
            i++; // the `-` flag is accepted and has no effect, as in std
        }
        boolean alt = false;
        if (i < sp.length() && sp.charAt(i) == '#') {
            alt = true;
            i++;
        }
        boolean zero = false;
        if (i < sp.length() && sp.charAt(i) == '0' && !(i + 1 < sp.length() && sp.charAt(i + 1) == '$')) {
            zero = true;
            i++;
        }
        int width = -1;
        String widthArg = null;
        int ws = i;
        if (i < sp.length() && Character.isDigit(sp.charAt(i))) {
            // a width (`10`) or the index of the argument holding it (`1$`)
            while (i < sp.length() && Character.isDigit(sp.charAt(i))) {
                i++;
            }
            String w = sp.substring(ws, i);
            if (i < sp.length() && sp.charAt(i) == '$') {
                widthArg = w;
                i++;
            } else {
                width = count(w, offset + ws);
            }
        } else if (i < sp.length() && (Character.isLetter(sp.charAt(i)) || sp.charAt(i) == '_')) {
            // the name of the argument holding the width (`width$`), else the format trait (`x`, `e`, `?`)
            while (i < sp.length() && (Character.isLetterOrDigit(sp.charAt(i)) || sp.charAt(i) == '_')) {
                i++;
            }
            if (i < sp.length() && sp.charAt(i) == '$') {
                widthArg = sp.substring(ws, i);
                i++;
            } else {
                i = ws;
            }
        }
        int precision = -1;
        String precArg = null;
        if (i < sp.length() && sp.charAt(i) == '.') {
            i++;
            int ps = i;
            boolean digits = i < sp.length() && Character.isDigit(sp.charAt(i));
            while (i < sp.length() && (digits ? Character.isDigit(sp.charAt(i)) : Character.isLetterOrDigit(sp.charAt(i)) || sp.charAt(i) == '_')) {
                i++;
            }
            String pr = sp.substring(ps, i);
            if (i < sp.length() && sp.charAt(i) == '$') {
                precArg = pr;
                i++;
            } else if (!pr.isEmpty() && pr.chars().allMatch(Character::isDigit)) {
                precision = count(pr, offset + ps);
            } else {
                throw new Bad("invalid format string: expected a precision after `.`", offset + ps);
            }
        }
        char kind = '\0';
        if (i < sp.length()) {
            String rest = sp.substring(i);
            if (rest.equals("?") || rest.equals("x") || rest.equals("X") || rest.equals("b") || rest.equals("o")
                    || rest.equals("e") || rest.equals("E") || rest.equals("x?") || rest.equals("X?")) {
                // `{:x?}`: Debug with its integers in hex (kinds 'h' / 'H')
                kind = rest.equals("x?") ? 'h' : rest.equals("X?") ? 'H' : rest.charAt(0);
            } else {
                throw new Bad("invalid format string: unknown format trait `" + rest + "`", offset + i);
            }
        }
        widthArg = countArg(widthArg, f, nargs, named, offset + ws);
        precArg = countArg(precArg, f, nargs, named, offset);
        return new Fmt.Spec(fill, align, alt, zero, plus, width, precision, kind, widthArg, precArg);
    }
}
