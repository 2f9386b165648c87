package asyncscope.lessons.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a lesson file: Markdown with a small front matter, written to be pleasant to author.
 *
 * <pre>
 * ---
 * id: join
 * title: join! — three fetches at once
 * topic: Combinators
 * order: 7
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
 *
 * ## Quiz
 * ### How long will this take?
 * - [ ] 600 ms
 * - [x] 300 ms
 * &gt; why (shown after the run)
 * </pre>
 *
 * Every problem is reported with the file name and the line it was found on.
 */
public final class LessonParser {
    private static final List<String> REQUIRED = List.of("id", "title", "topic", "order");

    private final String file;
    private final String[] lines;
    private int at; // 0-based index of the next line

    private LessonParser(String file, String text) {
        this.file = file;
        this.lines = text.replace("\r\n", "\n").split("\n", -1);
    }

    public static Lesson parse(String file, String text) throws LessonFormatException {
        return new LessonParser(file, text).lesson();
    }

    private LessonFormatException error(int line, String problem) {
        return new LessonFormatException(file, line, problem);
    }

    private Lesson lesson() throws LessonFormatException {
        Map<String, String> meta = frontMatter();
        int orderLine = Integer.parseInt(meta.remove("#order-line"));
        int order;
        try {
            order = Integer.parseInt(meta.get("order"));
        } catch (NumberFormatException e) {
            throw error(orderLine, "order must be a whole number, got \"" + meta.get("order") + "\"");
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
        String program = program();
        List<String> tries = tryThis();
        List<QuizQuestion> quiz = quiz();
        return new Lesson(meta.get("id"), meta.get("title"), meta.get("topic"), order, file,
                narrative.toString().strip() + "\n", program, tries, quiz);
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
                if (!REQUIRED.contains(key)) {
                    throw error(at + 1, "unknown front-matter key \"" + key + "\" (expected one of " + REQUIRED + ")");
                }
                if (meta.containsKey(key)) {
                    throw error(at + 1, "\"" + key + "\" is given twice");
                }
                meta.put(key, l.substring(colon + 1).strip());
                if (key.equals("order")) {
                    meta.put("#order-line", Integer.toString(at + 1));
                }
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

    private List<String> tryThis() throws LessonFormatException {
        if (at >= lines.length || !isHeading(lines[at], "Try this")) {
            throw error(Math.min(at + 1, lines.length), "expected \"## Try this\" after the program");
        }
        int heading = at + 1;
        at++;
        List<String> items = new ArrayList<>();
        while (at < lines.length && !lines[at].startsWith("## ")) {
            String l = lines[at];
            if (l.startsWith("- ")) {
                items.add(l.substring(2).strip());
            } else if (!l.isBlank()) {
                if (items.isEmpty() || !l.startsWith("  ")) {
                    throw error(at + 1, "expected a \"- \" list item under \"## Try this\", found \"" + l + "\"");
                }
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + l.strip());
            }
            at++;
        }
        if (items.size() < 2 || items.size() > 3) {
            throw error(heading, "\"## Try this\" needs 2 or 3 items, found " + items.size());
        }
        return items;
    }

    private List<QuizQuestion> quiz() throws LessonFormatException {
        if (at >= lines.length || !isHeading(lines[at], "Quiz")) {
            throw error(Math.min(at + 1, lines.length), "expected \"## Quiz\" after \"## Try this\"");
        }
        int heading = at + 1;
        at++;
        List<QuizQuestion> qs = new ArrayList<>();
        skipBlank();
        while (at < lines.length) {
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
        if (qs.size() != 2) {
            throw error(heading, "\"## Quiz\" needs exactly 2 questions, found " + qs.size());
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
        while (at < lines.length && !lines[at].startsWith("### ")) {
            String l = lines[at];
            if (l.startsWith("- [x] ") || l.startsWith("- [X] ")) {
                if (answer >= 0) {
                    throw error(at + 1, "a question has one right answer; this is the second \"[x]\"");
                }
                answer = choices.size();
                choices.add(l.substring(6).strip());
            } else if (l.startsWith("- [ ] ")) {
                choices.add(l.substring(6).strip());
            } else if (l.startsWith(">")) {
                why.append(l.substring(1).strip()).append(' ');
            } else if (!l.isBlank()) {
                throw error(at + 1, "expected \"- [ ] choice\", \"- [x] right choice\" or \"> explanation\", found \"" + l + "\"");
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
        return new QuizQuestion(q, choices, answer, why.toString().strip());
    }
}
