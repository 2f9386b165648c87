package asyncscope.lessons.rustlite;

import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rustc's diagnostics out of what the oracle printed on stderr (stored beside a program as {@code .rustc}),
 * keeping the kinds the checker models, so a test can compare code, first line and position with the checker's.
 */
final class RustcDiagnostics {
    private RustcDiagnostics() {}

    /** One diagnostic: severity word, code (or ""), first line, line and column. */
    record Key(String severity, String code, String message, int line, int column) {
        @Override
        public String toString() {
            return severity + (code.isEmpty() ? "" : "[" + code + "]") + ": " + message + " @" + line + ":" + column;
        }

        static Key of(Diagnostic d) {
            return new Key(d.severity().word(), d.code() == null ? "" : d.code(), d.message(), d.line(), d.column());
        }
    }

    private static final Pattern HEAD = Pattern.compile("^(error|warning)(?:\\[(E\\d{4})\\])?: (.*)$");
    private static final Pattern AT = Pattern.compile("^\\s*--> src/main\\.rs:(\\d+):(\\d+)$");

    static List<Key> parse(String stderr) {
        List<Key> out = new ArrayList<>();
        String[] lines = stderr.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher h = HEAD.matcher(lines[i]);
            if (!h.matches() || i + 1 >= lines.length) {
                continue;
            }
            Matcher at = AT.matcher(lines[i + 1]);
            if (!at.matches()) {
                continue;
            }
            Key k = new Key(h.group(1), h.group(2) == null ? "" : h.group(2), h.group(3), Integer.parseInt(at.group(1)),
                    Integer.parseInt(at.group(2)));
            if (modelled(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The diagnostics the checker is meant to report (issue 11); the rest of rustc's are out of its scope. */
    static boolean modelled(Key k) {
        if (k.severity().equals("error")) {
            return switch (k.code()) {
                case "E0599", "E0609", "E0308", "E0061", "E0382", "E0425", "E0373", "E0615", "E0369", "E0600", "E0368" -> true;
                // E0277 only where the checker models it: `for` over a value that is no iterator
                case "E0277" -> k.message().endsWith("is not an iterator");
                case "" -> k.message().equals("future cannot be sent between threads safely")
                        // rustc's deny-by-default lints on arithmetic it knows at compile time (issue 16)
                        || k.message().equals("this arithmetic operation will overflow")
                        || k.message().equals("this operation will panic at runtime");
                default -> false;
            };
        }
        return k.message().startsWith("unused implementer of `Future` that must be used")
                || k.message().matches("unused `[^`]+` that must be used");
    }
}
