package asyncscope.lessons.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The shape every practice data file shares: a front matter of {@code key: value} lines between {@code ---}
 * fences, then sections that each start with a {@code ## heading} line. Knows line numbers, so a file that
 * does not parse is reported as {@code file:line: what was expected}; the caller decides what exception that
 * is ({@code error}).
 */
public final class DataFile {
    /** A {@code ## heading} and the lines under it, with the line number of the heading. */
    public record Section(String heading, int line, List<String> lines) {
        public String text() {
            return String.join("\n", lines).strip();
        }
    }

    private final String file;
    private final Map<String, String> header = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final BiFunction<Integer, String, RuntimeException> error;

    private DataFile(String file, BiFunction<Integer, String, RuntimeException> error) {
        this.file = file;
        this.error = error;
    }

    public static DataFile parse(String file, String text, BiFunction<Integer, String, RuntimeException> error) {
        DataFile d = new DataFile(file, error);
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw error.apply(1, "expected a front matter starting with ---");
        }
        for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
            String l = lines[i];
            if (l.isBlank()) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                throw error.apply(i + 1, "expected key: value in the front matter, found \"" + l.strip() + "\"");
            }
            d.header.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        if (i >= lines.length) {
            throw error.apply(lines.length, "the front matter is not closed with ---");
        }
        Section cur = null;
        boolean fenced = false;
        for (i = i + 1; i < lines.length; i++) {
            String l = lines[i];
            if (l.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && l.startsWith("## ")) {
                cur = new Section(l.substring(3).strip(), i + 1, new ArrayList<>());
                d.sections.add(cur);
            } else if (cur != null) {
                cur.lines().add(l);
            } else if (!l.isBlank() && !l.startsWith("# ")) {
                throw error.apply(i + 1, "expected a ## section heading, found \"" + l.strip() + "\"");
            }
        }
        if (fenced) {
            throw error.apply(lines.length, "a ``` code block is not closed");
        }
        return d;
    }

    public String file() {
        return file;
    }

    public Map<String, String> header() {
        return header;
    }

    /** A required front-matter value. */
    public String require(String key) {
        String v = header.get(key);
        if (v == null || v.isBlank()) {
            throw error.apply(1, "the front matter has no \"" + key + ":\"");
        }
        return v;
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String heading) {
        return sections.stream().filter(s -> s.heading().equalsIgnoreCase(heading)).findFirst();
    }

    public Section requireSection(String heading) {
        return section(heading).orElseThrow(() -> error.apply(1, "no \"## " + heading + "\" section"));
    }

    public RuntimeException error(int line, String message) {
        return error.apply(line, message);
    }

    /** The text of the first fenced code block of a section. */
    public String code(Section s) {
        return codeBlock(s).orElseThrow(() -> error.apply(s.line(), "\"## " + s.heading() + "\" needs a ```rust code block"));
    }

    public static Optional<String> codeBlock(Section s) {
        StringBuilder b = null;
        for (String l : s.lines()) {
            if (l.strip().startsWith("```")) {
                if (b != null) {
                    return Optional.of(b.toString());
                }
                b = new StringBuilder();
            } else if (b != null) {
                b.append(l).append('\n');
            }
        }
        return Optional.empty();
    }

    /** The items of a numbered ({@code 1.}) or bulleted ({@code -}) list; an item goes on over indented lines. */
    public static List<String> listItems(Section s) {
        List<String> items = new ArrayList<>();
        StringBuilder cur = null;
        for (String l : s.lines()) {
            String t = l.strip();
            if (t.matches("^(\\d+\\.|-)\\s.*")) {
                if (cur != null) {
                    items.add(cur.toString().strip());
                }
                cur = new StringBuilder(t.replaceFirst("^(\\d+\\.|-)\\s+", ""));
            } else if (cur != null && !t.isEmpty()) {
                cur.append(' ').append(t);
            } else if (cur != null) {
                items.add(cur.toString().strip());
                cur = null;
            }
        }
        if (cur != null) {
            items.add(cur.toString().strip());
        }
        return items;
    }
}
