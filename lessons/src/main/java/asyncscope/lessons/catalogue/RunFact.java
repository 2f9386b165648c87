package asyncscope.lessons.catalogue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.EventKind;
import asyncscope.engine.event.Payload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fact of a run that a quiz answer or a "try this" expectation is about: the first line printed, the
 * elapsed time, how many lines contain a word, how many steals happened… Written in a lesson file after
 * {@code ?} (quiz) or {@code then:} (try this); see {@code lessons/AUTHORING.md} for the list. A fact is read
 * off an {@link ObservedRun}, and {@link #matches} says whether a choice's text states it, so a test can
 * prove that the marked answer is what the engine did. {@code simulated:} in front marks a fact that
 * depends on scheduling: it is checked on the simulator only (over several seeds) and not on real threads.
 */
public record RunFact(Kind kind, List<String> args, int number, boolean simulatedOnly, String source) {
    public RunFact {
        args = List.copyOf(args);
    }

    /** The kinds of fact, with the shape of value each yields. */
    public enum Kind {
        LINE("line N", Shape.TEXT),
        FIRST_LINE("first line", Shape.TEXT),
        LAST_LINE("last line", Shape.TEXT),
        LINE_WITH("line with \"text\"", Shape.TEXT),
        FIRST_OF("first of \"a\", \"b\", …", Shape.ONE_OF),
        ORDER_OF("order of \"a\", \"b\", …", Shape.TEXT),
        COUNT("count \"text\"", Shape.NUMBER),
        COUNT_BEFORE("count \"text\" before \"other\"", Shape.NUMBER),
        PRINTED("printed \"text\"", Shape.YES_NO),
        STDERR_HAS("stderr has \"text\"", Shape.YES_NO),
        WARNED("warned \"text\"", Shape.YES_NO),
        ELAPSED("elapsed", Shape.MILLIS),
        EXIT_CODE("exit code", Shape.NUMBER),
        EVENTS("events KIND", Shape.NUMBER),
        ANY("any KIND", Shape.YES_NO),
        TASKS("tasks", Shape.NUMBER),
        BLOCKING_JOBS("blocking jobs", Shape.NUMBER),
        WORKERS_USED("workers used", Shape.NUMBER),
        PEAK("peak semaphore|mutex|mpsc", Shape.NUMBER);

        final String syntax;
        final Shape shape;

        Kind(String syntax, Shape shape) {
            this.syntax = syntax;
            this.shape = shape;
        }
    }

    /** How a value is compared with a choice. */
    public enum Shape { TEXT, ONE_OF, NUMBER, YES_NO, MILLIS }

    /** A fact's value in one run. */
    public record Value(Shape shape, String text, double number) {
        static Value text(String s) {
            return new Value(Shape.TEXT, s, 0);
        }

        static Value number(double n) {
            return new Value(Shape.NUMBER, null, n);
        }

        /** A duration measured on real threads (late by however busy the machine was), not on the virtual clock. */
        public boolean isRealTime() {
            return shape == Shape.MILLIS && "real".equals(text);
        }

        @Override
        public String toString() {
            return switch (shape) {
                case TEXT, ONE_OF -> "\"" + text + "\"";
                case YES_NO -> number != 0 ? "yes" : "no";
                case MILLIS -> String.format(Locale.ROOT, "%.1f ms", number);
                case NUMBER -> Long.toString((long) number);
            };
        }
    }

    /** A fact that cannot be read, with the 1-based column (within the fact's text) of what is wrong. */
    public static final class SyntaxError extends Exception {
        private final int column;

        SyntaxError(int column, String message) {
            super(message);
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Reads a fact; the error's column counts from 1 at the start of {@code text}. */
    public static RunFact parse(String text) throws SyntaxError {
        String t = text;
        int offset = 0;
        boolean sim = false;
        if (t.startsWith("simulated:")) {
            sim = true;
            offset = "simulated:".length();
            while (offset < t.length() && t.charAt(offset) == ' ') {
                offset++;
            }
            t = t.substring(offset);
        }
        String body = t.strip();
        if (body.isEmpty()) {
            throw new SyntaxError(offset + 1, "expected a fact of the run (" + syntaxList() + ")");
        }
        String head = body;
        List<String> quoted = new ArrayList<>();
        int firstQuote = body.indexOf('"');
        if (firstQuote >= 0) {
            head = body.substring(0, firstQuote).strip();
            Matcher m = QUOTED.matcher(body);
            int pos = firstQuote;
            String between = null;
            while (pos < body.length()) {
                if (!m.find(pos) || m.start() != pos) {
                    throw new SyntaxError(offset + pos + 1, "expected a quoted text (\"…\") here, with \\\" for a quote inside");
                }
                quoted.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                pos = m.end();
                int next = pos;
                while (next < body.length() && body.charAt(next) != '"') {
                    next++;
                }
                String sep = body.substring(pos, next).strip();
                if (next < body.length()) {
                    if (!sep.equals(",") && !sep.equals("before")) {
                        int where = pos;
                        while (where < next && body.charAt(where) == ' ') {
                            where++;
                        }
                        throw new SyntaxError(offset + where + 1, "expected \",\" or \"before\" between quoted texts, found \"" + sep + "\"");
                    }
                    if (between != null && !between.equals(sep)) {
                        throw new SyntaxError(offset + pos + 1, "mixed separators between quoted texts");
                    }
                    between = sep;
                } else if (!sep.isEmpty()) {
                    throw new SyntaxError(offset + pos + 1, "unexpected \"" + sep + "\" after the quoted text");
                }
                pos = next;
            }
            if ("before".equals(between) && (!head.equals("count") || quoted.size() != 2)) {
                throw new SyntaxError(offset + 1, "\"before\" only goes in: count \"text\" before \"other\"");
            }
            if ("before".equals(between)) {
                head = "count before";
            }
        }
        String[] words = head.split("\\s+");
        Kind kind;
        int n = 0;
        switch (head) {
            case "first line" -> kind = Kind.FIRST_LINE;
            case "last line" -> kind = Kind.LAST_LINE;
            case "line with" -> kind = Kind.LINE_WITH;
            case "first of" -> kind = Kind.FIRST_OF;
            case "order of" -> kind = Kind.ORDER_OF;
            case "count" -> kind = Kind.COUNT;
            case "count before" -> kind = Kind.COUNT_BEFORE;
            case "printed" -> kind = Kind.PRINTED;
            case "stderr has" -> kind = Kind.STDERR_HAS;
            case "warned" -> kind = Kind.WARNED;
            case "elapsed" -> kind = Kind.ELAPSED;
            case "exit code" -> kind = Kind.EXIT_CODE;
            case "tasks" -> kind = Kind.TASKS;
            case "blocking jobs" -> kind = Kind.BLOCKING_JOBS;
            case "workers used" -> kind = Kind.WORKERS_USED;
            default -> {
                if (words.length == 2 && words[0].equals("line")) {
                    kind = Kind.LINE;
                    try {
                        n = Integer.parseInt(words[1]);
                    } catch (NumberFormatException e) {
                        n = 0;
                    }
                    if (n < 1) {
                        throw new SyntaxError(offset + 1 + body.indexOf(words[1]), "a line number counts from 1, got \"" + words[1] + "\"");
                    }
                } else if (words.length == 2 && (words[0].equals("events") || words[0].equals("any"))) {
                    kind = words[0].equals("any") ? Kind.ANY : Kind.EVENTS;
                    try {
                        n = EventKind.valueOf(words[1].toUpperCase(Locale.ROOT)).ordinal();
                    } catch (IllegalArgumentException e) {
                        throw new SyntaxError(offset + 1 + body.indexOf(words[1]), "unknown event kind \"" + words[1] + "\" (expected one of "
                                + eventKinds() + ")");
                    }
                } else if (words.length == 2 && words[0].equals("peak")) {
                    kind = Kind.PEAK;
                    if (!List.of("semaphore", "mutex", "mpsc").contains(words[1])) {
                        throw new SyntaxError(offset + 1 + body.indexOf(words[1]), "peak of what? expected semaphore, mutex or mpsc, found \""
                                + words[1] + "\"");
                    }
                    quoted = List.of(words[1]);
                } else {
                    throw new SyntaxError(offset + 1, "unknown fact \"" + body + "\" (expected one of " + syntaxList() + ")");
                }
            }
        }
        int wantQuoted = switch (kind) {
            case LINE_WITH, COUNT, PRINTED, STDERR_HAS, WARNED -> 1;
            case COUNT_BEFORE -> 2;
            case FIRST_OF, ORDER_OF -> -2;
            case PEAK -> 1;
            default -> 0;
        };
        if (wantQuoted >= 0 && quoted.size() != wantQuoted) {
            throw new SyntaxError(offset + 1, "\"" + kind.syntax + "\" takes " + (wantQuoted == 0 ? "no quoted text" : wantQuoted + " quoted text(s)")
                    + ", found " + quoted.size());
        }
        if (wantQuoted < 0 && quoted.size() < 2) {
            throw new SyntaxError(offset + 1, "\"" + kind.syntax + "\" needs at least two quoted texts");
        }
        return new RunFact(kind, quoted, n, sim, text.strip());
    }

    private static String eventKinds() {
        return Arrays.stream(EventKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    static String syntaxList() {
        return Arrays.stream(Kind.values()).map(k -> k.syntax).collect(Collectors.joining("; "));
    }

    /** What this fact is in {@code run}. */
    public Value of(ObservedRun run) {
        List<String> lines = run.lines();
        return switch (kind) {
            case LINE -> Value.text(number <= lines.size() ? lines.get(number - 1) : "(no line " + number + ")");
            case FIRST_LINE -> Value.text(lines.isEmpty() ? "(nothing printed)" : lines.get(0));
            case LAST_LINE -> Value.text(lines.isEmpty() ? "(nothing printed)" : lines.get(lines.size() - 1));
            case LINE_WITH -> Value.text(lines.stream().filter(l -> l.contains(args.get(0))).findFirst()
                    .orElse("(no line with \"" + args.get(0) + "\")"));
            case FIRST_OF -> {
                String best = args.stream().filter(a -> firstIndex(lines, a) >= 0)
                        .min(Comparator.comparingInt(a -> firstIndex(lines, a))).orElse("(none of them printed)");
                yield new Value(Shape.ONE_OF, best, 0);
            }
            case ORDER_OF -> Value.text(args.stream().filter(a -> firstIndex(lines, a) >= 0)
                    .sorted(Comparator.comparingInt(a -> firstIndex(lines, a))).collect(Collectors.joining(", ")));
            case COUNT -> Value.number(lines.stream().filter(l -> l.contains(args.get(0))).count());
            case COUNT_BEFORE -> {
                int stop = firstIndex(lines, args.get(1));
                List<String> upTo = stop < 0 ? lines : lines.subList(0, stop);
                yield Value.number(upTo.stream().filter(l -> l.contains(args.get(0))).count());
            }
            case PRINTED -> yesNo(lines.stream().anyMatch(l -> l.contains(args.get(0))));
            case STDERR_HAS -> yesNo(run.stderr().contains(args.get(0)));
            case WARNED -> yesNo(run.warnings().stream().anyMatch(w -> w.contains(args.get(0))));
            case ELAPSED -> new Value(Shape.MILLIS, run.virtualClock() ? "virtual" : "real", run.elapsedMillis());
            case EXIT_CODE -> Value.number(run.exitCode());
            case EVENTS -> Value.number(run.events().stream().filter(e -> e.kind().ordinal() == number).count());
            case ANY -> yesNo(run.events().stream().anyMatch(e -> e.kind().ordinal() == number));
            case TASKS -> Value.number(run.events().stream()
                    .filter(e -> e.payload() instanceof Payload.Spawn s && !s.blocking() && s.parent() >= 0 && !s.name().equals("main")).count());
            case BLOCKING_JOBS -> Value.number(run.events().stream()
                    .filter(e -> e.payload() instanceof Payload.Spawn s && s.blocking()).count());
            case WORKERS_USED -> Value.number(run.events().stream()
                    .filter(e -> e.payload() instanceof Payload.PollStart && e.worker() >= 0).map(Event::worker).distinct().count());
            case PEAK -> Value.number(peak(run.events(), args.get(0)));
        };
    }

    private static Value yesNo(boolean b) {
        return new Value(Shape.YES_NO, null, b ? 1 : 0);
    }

    private static int firstIndex(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The most of a resource in use at once: permits held (semaphore, mutex) or messages buffered (mpsc). */
    private static long peak(List<Event> events, String resource) {
        Map<Long, Long> total = new HashMap<>();
        long max = 0;
        for (Event e : events) {
            if (e.payload() instanceof Payload.Resource r && r.resourceKind().equals(resource)) {
                long inUse;
                if (resource.equals("mpsc")) {
                    if (r.op().equals("create") || r.op().equals("sender_clone")) {
                        continue;
                    }
                    inUse = r.value();
                } else {
                    if (r.op().equals("create")) {
                        total.put(r.id(), r.value());
                    }
                    inUse = total.getOrDefault(r.id(), r.value()) - r.value();
                }
                max = Math.max(max, inUse);
            }
        }
        return max;
    }

    /**
     * Whether {@code choice} states {@code v}: the same text (quotes and backticks aside) for a line; the
     * listed text for "first of"; one of the choice's numbers for a count; "yes…" or "no…" for a yes/no
     * fact; for a time on the virtual clock, a duration within 5 % (at least 2 ms) of the run's, or 10 % (and
     * 50 µs) below 10 ms; for real time, from that up to twice as long plus 50 ms (real time runs late on a
     * busy machine). Quiz questions pick the nearest choice instead, see {@link QuizQuestion}.
     */
    public static boolean matches(String choice, Value v) {
        String c = normalize(choice);
        return switch (v.shape()) {
            case TEXT -> c.equals(normalize(v.text()));
            case ONE_OF -> c.contains(normalize(v.text()));
            case NUMBER -> numbers(c).stream().anyMatch(x -> x == v.number());
            case YES_NO -> {
                String l = c.toLowerCase(Locale.ROOT);
                yield v.number() != 0 ? l.matches("yes\\b.*") : l.matches("no\\b.*");
            }
            case MILLIS -> {
                Double ms = millis(c);
                if (ms == null) {
                    yield false;
                }
                // timers fire on whole milliseconds: 5 % (at least 2 ms) from 10 ms up, 10 % (and 50 µs) below that
                double slack = ms >= 10 ? Math.max(2, 0.05 * ms) : 0.1 * ms + 0.05;
                // real time only runs late, and on a busy machine by a lot
                yield v.isRealTime() ? v.number() >= ms - slack && v.number() <= 2 * ms + 50 : Math.abs(ms - v.number()) <= slack;
            }
        };
    }

    /** The duration a choice states, in milliseconds ("about 300 ms", "1.5 s"), or null. */
    public static Double millis(String choice) {
        Matcher m = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(ms|s|µs|us)\\b").matcher(normalize(choice));
        if (!m.find()) {
            return null;
        }
        double x = Double.parseDouble(m.group(1).replace(",", ""));
        return switch (m.group(2)) {
            case "s" -> x * 1000;
            case "ms" -> x;
            default -> x / 1000;
        };
    }

    private static List<Double> numbers(String c) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(c);
        while (m.find()) {
            String s = m.group();
            if (s.endsWith(",")) {
                s = s.substring(0, s.length() - 1);
            }
            out.add(Double.parseDouble(s.replace(",", "")));
        }
        String l = c.toLowerCase(Locale.ROOT);
        if (out.isEmpty() && (l.startsWith("none") || l.startsWith("zero") || l.startsWith("never") || l.startsWith("no "))) {
            out.add(0.0);
        }
        return out;
    }

    static String normalize(String s) {
        String t = s.strip().replace("`", "");
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return source;
    }
}
