package asyncscope.lessons.catalogue;

import asyncscope.engine.event.EventKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a lesson file: Markdown with a small header, written to be pleasant to author
 * ({@code lessons/AUTHORING.md} documents it with a complete example).
 *
 * <pre>
 * ---
 * id: join
 * title: join! — three fetches at once
 * topic: Combinators
 * order: 7
 * minutes: 10                      (optional)
 * prerequisites: lazy, spawn       (optional: ids of lessons to take first)
 * stage: block_on, timers          (optional: the stage parts shown first)
 * stop-at: wake, timer_fire        (optional: event kinds "step" stops at)
 * ---
 * Narrative in Markdown …
 *
 * ## Program
 * ```rust
 * async fn main() { … }
 * ```
 *
 * ## Try this
 * - an edit to try (2 or 3 of them)
 *   edit: `old text` → `new text`
 *   then: elapsed = 600 ms
 *
 * ## Quiz
 * ### How long will this take?
 * - [ ] 600 ms
 * - [x] 300 ms
 * &gt; why (shown after the run)
 * ? elapsed
 *
 * ## Teacher notes               (optional)
 * Markdown for the teacher …
 * </pre>
 *
 * Every problem is reported with the file name, line and column it was found at.
 */
public final class LessonParser {
    private static final List<String> REQUIRED = List.of("id", "title", "topic", "order");
    private static final List<String> OPTIONAL = List.of("minutes", "prerequisites", "stage", "stop-at");
    private static final int MIN_QUESTIONS = 3;
    private static final int MAX_QUESTIONS = 8;

    private final String file;
    private final String[] lines;
    private int at; // 0-based index of the next line
    private final Map<String, Integer> keyLines = new HashMap<>();
    private final Map<String, Integer> valueColumns = new HashMap<>();

    private LessonParser(String file, String text) {
        this.file = file;
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
    }

    public static Lesson parse(String file, String text) throws LessonFormatException {
        return new LessonParser(file, text).lesson();
    }

    private LessonFormatException error(int line, String problem) {
        return new LessonFormatException(file, line, 1, problem);
    }

    private LessonFormatException error(int line, int column, String problem) {
        return new LessonFormatException(file, line, column, problem);
    }

    private Lesson lesson() throws LessonFormatException {
        Map<String, String> meta = frontMatter();
        int order = wholeNumber(meta, "order", Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
        int minutes = wholeNumber(meta, "minutes", 1, 240, 0);
        List<String> prerequisites = list(meta, "prerequisites");
        for (int i = 0; i < prerequisites.size(); i++) {
            if (!prerequisites.get(i).matches("[A-Za-z0-9_-]+")) {
                throw error(keyLines.get("prerequisites"), columnOf("prerequisites", prerequisites.get(i)),
                        "a prerequisite is a lesson id (letters, digits, - and _), found \"" + prerequisites.get(i) + "\"");
            }
        }
        List<StagePart> stage = new ArrayList<>();
        for (String w : list(meta, "stage")) {
            stage.add(StagePart.of(w).orElseThrow(() -> error(keyLines.get("stage"), columnOf("stage", w),
                    "unknown stage part \"" + w + "\" (expected some of " + Arrays.stream(StagePart.values()).map(StagePart::word)
                            .collect(Collectors.joining(", ")) + ")")));
        }
        List<EventKind> stopAt = new ArrayList<>();
        for (String w : list(meta, "stop-at")) {
            try {
                stopAt.add(EventKind.valueOf(w.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw error(keyLines.get("stop-at"), columnOf("stop-at", w), "unknown event kind \"" + w + "\" (expected some of "
                        + Arrays.stream(EventKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
            }
        }
        StringBuilder narrative = new StringBuilder();
        while (at < lines.length && !isHeading(lines[at], "Program")) {
            if (lines[at].startsWith("## ")) {
                throw error(at + 1, "expected \"## Program\" after the narrative, found \"" + lines[at] + "\"");
            }
            narrative.append(lines[at]).append('\n');
            at++;
        }
        if (at == lines.length) {
            throw error(lines.length, "missing \"## Program\" section");
        }
        if (narrative.toString().isBlank()) {
            throw error(at + 1, "the narrative before \"## Program\" is empty");
        }
        at++;
        skipBlank();
        int programLine = at + 2;
        String program = program();
        List<TryThis> tries = tryThis();
        List<QuizQuestion> quiz = quiz();
        String notes = teacherNotes();
        return new Lesson(meta.get("id"), meta.get("title"), meta.get("topic"), order, file,
                narrative.toString().strip() + "\n", program, tries, quiz, minutes, prerequisites, stage, stopAt, notes,
                programLine, keyLines);
    }

    private int wholeNumber(Map<String, String> meta, String key, int min, int max, int absent) throws LessonFormatException {
        String v = meta.get(key);
        if (v == null) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(keyLines.get(key), valueColumns.get(key), key + " must be a whole number, got \"" + v + "\"");
        }
        if (n < min || n > max) {
            throw error(keyLines.get(key), valueColumns.get(key), key + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    /** A comma-separated header value as its items (empty when the key is absent). */
    private List<String> list(Map<String, String> meta, String key) throws LessonFormatException {
        String v = meta.get(key);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split(",", -1)) {
            String w = s.strip();
            if (w.isEmpty()) {
                throw error(keyLines.get(key), valueColumns.get(key), "\"" + key + "\" is a comma-separated list with an empty item: \"" + v + "\"");
            }
            out.add(w);
        }
        return out;
    }

    private int columnOf(String key, String word) {
        String l = lines[keyLines.get(key) - 1];
        int from = valueColumns.get(key) - 1;
        int i = l.indexOf(word, from);
        return i < 0 ? valueColumns.get(key) : i + 1;
    }

    private Map<String, String> frontMatter() throws LessonFormatException {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw error(1, "a lesson file starts with a \"---\" line (front matter with id, title, topic, order)");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        at = 1;
        while (true) {
            if (at >= lines.length) {
                throw error(lines.length, "front matter is not closed by a \"---\" line");
            }
            String l = lines[at];
            if (l.strip().equals("---")) {
                at++;
                break;
            }
            if (!l.isBlank()) {
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    throw error(at + 1, "expected \"key: value\" in the front matter, found \"" + l + "\"");
                }
                String key = l.substring(0, colon).strip();
                if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                    throw error(at + 1, l.indexOf(key) + 1, "unknown front-matter key \"" + key + "\" (expected one of " + REQUIRED
                            + " and optionally " + OPTIONAL + ")");
                }
                if (meta.containsKey(key)) {
                    throw error(at + 1, l.indexOf(key) + 1, "\"" + key + "\" is given twice");
                }
                String value = l.substring(colon + 1);
                int lead = value.length() - value.stripLeading().length();
                meta.put(key, value.strip());
                keyLines.put(key, at + 1);
                valueColumns.put(key, colon + 2 + lead);
            }
            at++;
        }
        for (String k : REQUIRED) {
            if (meta.get(k) == null || meta.get(k).isEmpty()) {
                throw error(at, "front matter lacks \"" + k + ":\"");
            }
        }
        return meta;
    }

    private static boolean isHeading(String line, String name) {
        return line.strip().equalsIgnoreCase("## " + name);
    }

    private void skipBlank() {
        while (at < lines.length && lines[at].isBlank()) {
            at++;
        }
    }

    private String program() throws LessonFormatException {
        skipBlank();
        if (at >= lines.length || !lines[at].strip().startsWith("```")) {
            throw error(Math.min(at + 1, lines.length), "expected a fenced code block (```rust) under \"## Program\"");
        }
        int open = at + 1;
        at++;
        StringBuilder b = new StringBuilder();
        while (at < lines.length && !lines[at].strip().equals("```")) {
            b.append(lines[at]).append('\n');
            at++;
        }
        if (at >= lines.length) {
            throw error(open, "the code block opened here is never closed with ```");
        }
        at++;
        if (b.toString().isBlank()) {
            throw error(open, "the program is empty");
        }
        skipBlank();
        return b.toString();
    }

    private List<TryThis> tryThis() throws LessonFormatException {
        if (at >= lines.length || !isHeading(lines[at], "Try this")) {
            throw error(Math.min(at + 1, lines.length), "expected \"## Try this\" after the program");
        }
        int heading = at + 1;
        at++;
        List<TryThis> items = new ArrayList<>();
        String text = null;
        int itemLine = 0;
        List<TryThis.Edit> edits = new ArrayList<>();
        List<TryThis.Expectation> expect = new ArrayList<>();
        while (at < lines.length && !lines[at].startsWith("## ")) {
            String l = lines[at];
            if (l.startsWith("- ")) {
                if (text != null) {
                    items.add(finishTry(text, edits, expect, itemLine));
                }
                text = l.substring(2).strip();
                itemLine = at + 1;
                edits = new ArrayList<>();
                expect = new ArrayList<>();
            } else if (!l.isBlank()) {
                if (text == null || !l.startsWith("  ")) {
                    throw error(at + 1, "expected a \"- \" list item under \"## Try this\", found \"" + l + "\"");
                }
                String s = l.strip();
                int col = l.indexOf(s) + 1;
                if (s.startsWith("edit:")) {
                    edits.add(edit(s, col));
                } else if (s.startsWith("then:")) {
                    expect.add(expectation(s, col));
                } else if (!edits.isEmpty() || !expect.isEmpty()) {
                    throw error(at + 1, col, "after \"edit:\" or \"then:\" lines only more of them may follow, found \"" + s + "\"");
                } else {
                    text = text + " " + s;
                }
            }
            at++;
        }
        if (text != null) {
            items.add(finishTry(text, edits, expect, itemLine));
        }
        if (items.size() < 2 || items.size() > 3) {
            throw error(heading, "\"## Try this\" needs 2 or 3 items, found " + items.size());
        }
        return items;
    }

    private TryThis finishTry(String text, List<TryThis.Edit> edits, List<TryThis.Expectation> expect, int line)
            throws LessonFormatException {
        if (!edits.isEmpty() && expect.isEmpty()) {
            throw error(line, "this \"try this\" item has an edit but no \"then:\" line saying what the edited program does");
        }
        if (edits.isEmpty() && !expect.isEmpty()) {
            throw error(line, "this \"try this\" item has \"then:\" lines but no \"edit:\" line");
        }
        return new TryThis(text, edits, expect, line);
    }

    /** {@code edit: `old` → `new`}; inside the backticks {@code \n} is a line break and {@code \\} a backslash. */
    private TryThis.Edit edit(String s, int col) throws LessonFormatException {
        int i = "edit:".length();
        int[] pos = {i};
        String from = span(s, pos, col, "the text to replace");
        int j = pos[0];
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (s.startsWith("→", j)) {
            j += 1;
        } else if (s.startsWith("->", j)) {
            j += 2;
        } else {
            throw error(at + 1, col + j, "expected \"→\" (or \"->\") between the old and the new text");
        }
        pos[0] = j;
        String to = span(s, pos, col, "the new text");
        if (!s.substring(pos[0]).isBlank()) {
            throw error(at + 1, col + pos[0], "unexpected text after the edit: \"" + s.substring(pos[0]).strip() + "\"");
        }
        if (from.isEmpty()) {
            throw error(at + 1, col + i, "the text to replace is empty");
        }
        return new TryThis.Edit(from, to, at + 1);
    }

    private String span(String s, int[] pos, int col, String what) throws LessonFormatException {
        int j = pos[0];
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '`') {
            throw error(at + 1, col + j, "expected " + what + " in backticks (`…`)");
        }
        int close = s.indexOf('`', j + 1);
        if (close < 0) {
            throw error(at + 1, col + j, "this backtick is never closed");
        }
        pos[0] = close + 1;
        StringBuilder b = new StringBuilder();
        String raw = s.substring(j + 1, close);
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '\\' && k + 1 < raw.length() && (raw.charAt(k + 1) == 'n' || raw.charAt(k + 1) == '\\')) {
                b.append(raw.charAt(k + 1) == 'n' ? '\n' : '\\');
                k++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code then: FACT = value}. */
    private TryThis.Expectation expectation(String s, int col) throws LessonFormatException {
        String body = s.substring("then:".length());
        int eq = -1;
        boolean quoted = false;
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\\' && quoted) {
                k++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '=' && !quoted) {
                eq = k;
                break;
            }
        }
        int bodyCol = col + "then:".length();
        if (eq < 0) {
            throw error(at + 1, bodyCol + body.length() - body.stripLeading().length(), "expected \"then: FACT = value\" (for example: then: elapsed = 600 ms)");
        }
        String factText = body.substring(0, eq);
        int lead = factText.length() - factText.stripLeading().length();
        RunFact fact;
        try {
            fact = RunFact.parse(factText.strip());
        } catch (RunFact.SyntaxError e) {
            throw error(at + 1, bodyCol + lead + e.column() - 1, e.getMessage());
        }
        String value = body.substring(eq + 1).strip();
        if (value.isEmpty()) {
            throw error(at + 1, bodyCol + eq + 1, "expected the value after \"=\"");
        }
        return new TryThis.Expectation(fact, value, at + 1);
    }

    private List<QuizQuestion> quiz() throws LessonFormatException {
        if (at >= lines.length || !isHeading(lines[at], "Quiz")) {
            throw error(Math.min(at + 1, lines.length), "expected \"## Quiz\" after \"## Try this\"");
        }
        int heading = at + 1;
        at++;
        List<QuizQuestion> qs = new ArrayList<>();
        skipBlank();
        while (at < lines.length && !lines[at].startsWith("## ")) {
            String l = lines[at];
            if (l.isBlank()) {
                at++;
                continue;
            }
            if (!l.startsWith("### ")) {
                throw error(at + 1, "expected a question (\"### …?\"), found \"" + l + "\"");
            }
            qs.add(question());
        }
        if (qs.size() < MIN_QUESTIONS || qs.size() > MAX_QUESTIONS) {
            throw error(heading, "\"## Quiz\" needs " + MIN_QUESTIONS + " to " + MAX_QUESTIONS + " questions, found " + qs.size());
        }
        return qs;
    }

    private QuizQuestion question() throws LessonFormatException {
        int qline = at + 1;
        String q = lines[at].substring(4).strip();
        at++;
        List<String> choices = new ArrayList<>();
        int answer = -1;
        StringBuilder why = new StringBuilder();
        RunFact check = null;
        while (at < lines.length && !lines[at].startsWith("### ") && !lines[at].startsWith("## ")) {
            String l = lines[at];
            if (l.startsWith("- [x] ") || l.startsWith("- [X] ")) {
                if (answer >= 0) {
                    throw error(at + 1, 3, "a question has one right answer; this is the second \"[x]\"");
                }
                answer = choices.size();
                choices.add(l.substring(6).strip());
            } else if (l.startsWith("- [ ] ")) {
                choices.add(l.substring(6).strip());
            } else if (l.startsWith(">")) {
                why.append(l.substring(1).strip()).append(' ');
            } else if (l.startsWith("?")) {
                if (check != null) {
                    throw error(at + 1, "a question checks one fact of the run; this is the second \"?\" line");
                }
                String f = l.substring(1);
                int lead = f.length() - f.stripLeading().length();
                try {
                    check = RunFact.parse(f.strip());
                } catch (RunFact.SyntaxError e) {
                    throw error(at + 1, 1 + 1 + lead + e.column() - 1, e.getMessage());
                }
            } else if (!l.isBlank()) {
                throw error(at + 1, "expected \"- [ ] choice\", \"- [x] right choice\", \"> explanation\" or \"? fact of the run\", found \""
                        + l + "\"");
            }
            at++;
        }
        if (choices.size() < 2) {
            throw error(qline, "a question needs at least 2 choices, found " + choices.size());
        }
        if (answer < 0) {
            throw error(qline, "no choice is marked right (\"- [x] …\")");
        }
        if (why.length() == 0) {
            throw error(qline, "the question has no explanation (\"> …\" line)");
        }
        return new QuizQuestion(q, choices, answer, why.toString().strip(), check, qline);
    }

    private String teacherNotes() throws LessonFormatException {
        if (at >= lines.length) {
            return "";
        }
        if (!isHeading(lines[at], "Teacher notes")) {
            throw error(at + 1, "expected \"## Teacher notes\" (or the end of the file) after the quiz, found \"" + lines[at] + "\"");
        }
        at++;
        StringBuilder b = new StringBuilder();
        while (at < lines.length) {
            if (lines[at].startsWith("## ")) {
                throw error(at + 1, "\"## Teacher notes\" is the last section; found \"" + lines[at] + "\" after it");
            }
            b.append(lines[at]).append('\n');
            at++;
        }
        String notes = b.toString().strip();
        return notes.isEmpty() ? "" : notes + "\n";
    }
}
