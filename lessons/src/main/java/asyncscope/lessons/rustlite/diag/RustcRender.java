package asyncscope.lessons.rustlite.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Prints a {@link Diagnostic} the way rustc does, so what a learner reads here is what they will read from
 * {@code cargo build} (and can search for):
 * <pre>
 * error[E0308]: mismatched types
 *   --> main.rs:13:18
 *    |
 * 13 |     let m: u32 = n;
 *    |            ---   ^ expected `u32`, found `u64`
 *    |            |
 *    |            expected due to this
 * </pre>
 * The gutter is as wide as the largest line number shown; the rightmost mark on a line carries its label
 * inline and the others hang below it on {@code |} connectors; a span over several lines is drawn in the
 * margin ({@code /}, {@code |}, {@code |___^}); lines between marked lines are shown when there is one, elided
 * ({@code ...}) when there are more; tabs print as four spaces. Notes without a place print as
 * {@code = note: ...}, notes with one get their own snippet, and a suggested insertion prints the line as it
 * would read with {@code +++} under the new text.
 * <p>
 * What it prints comes from a file someone else wrote: control characters are shown as control pictures
 * ({@link Diagnostic#visible}) so a lesson cannot drive the terminal, and a line longer than {@value #LONG_LINE}
 * characters is shown as a window of {@value #WINDOW} around its marks ({@code ...} where it is cut).
 */
public final class RustcRender {
    static final int LONG_LINE = 160;
    static final int WINDOW = 100;

    private RustcRender() {}

    private static String v(String s) {
        return Diagnostic.visible(s);
    }

    /** Warnings as cargo prints them before a run: each in full, then {@code warning: `file` generated N warnings}. */
    public static String warnings(List<Diagnostic> ws, Source src) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : ws) {
            b.append(render(d, src)).append("\n\n");
        }
        int n = ws.size();
        b.append("warning: `").append(src.file()).append("` generated ").append(n).append(n == 1 ? " warning" : " warnings");
        return b.toString();
    }

    public static String render(Diagnostic d, Source src) {
        int width = digits(maxLine(d));
        StringBuilder b = new StringBuilder();
        b.append(v(d.headline())).append('\n');
        Span at = d.span();
        b.append(" ".repeat(width)).append("--> ").append(v(d.file())).append(':').append(at.line()).append(':').append(at.column()).append('\n');
        String bar = " ".repeat(width + 1) + "|";
        b.append(bar).append('\n');
        snippet(b, d.labels(), src, width);
        boolean barDone = false;
        for (Note n : d.notes()) {
            if (n.inline()) {
                if (!barDone) {
                    b.append(bar).append('\n');
                    barDone = true;
                }
                String indent = " ".repeat(width + 1) + "  " + " ".repeat(n.kind().length() + 2);
                b.append(" ".repeat(width + 1)).append("= ").append(n.kind()).append(": ")
                        .append(v(n.text()).replace("\u240a", "\n" + indent)).append('\n');
            }
        }
        for (Note n : d.notes()) {
            if (n.inline()) {
                continue;
            }
            if (!barDone) {
                b.append(bar).append('\n');
                barDone = true;
            }
            b.append(n.kind()).append(": ").append(v(n.text())).append('\n');
            if (n.insertion() != null) {
                Note.Insertion ins = n.insertion();
                String line = src.line(ins.line());
                if (line == null) {
                    continue;
                }
                int c = Math.max(0, Math.min(line.length(), ins.column() - 1));
                String patched = line.substring(0, c) + ins.text() + line.substring(c);
                b.append(bar).append('\n');
                b.append(pad(ins.line(), width)).append(" | ").append(v(expand(patched))).append('\n');
                String added = ins.text();
                int lead = added.length() - added.stripLeading().length();
                int shown = expandedColumn(line, ins.column()) + lead;
                b.append(bar).append(' ').append(" ".repeat(shown - 1)).append("+".repeat(added.strip().length())).append('\n');
            } else {
                Span s = n.labels().get(0).span();
                b.append(" ".repeat(width)).append("--> ").append(v(d.file())).append(':').append(s.line()).append(':').append(s.column()).append('\n');
                b.append(bar).append('\n');
                snippet(b, n.labels(), src, width);
            }
        }
        return b.toString().stripTrailing();
    }

    private static int maxLine(Diagnostic d) {
        int m = 1;
        for (Label l : d.labels()) {
            m = Math.max(m, l.span().endLine());
        }
        for (Note n : d.notes()) {
            for (Label l : n.labels()) {
                m = Math.max(m, l.span().endLine());
            }
            if (n.insertion() != null) {
                m = Math.max(m, n.insertion().line());
            }
        }
        return m;
    }

    private static int digits(int n) {
        return String.valueOf(n).length();
    }

    private static String pad(int n, int width) {
        String s = String.valueOf(n);
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** The source line with tabs as four spaces, as rustc prints it. */
    static String expand(String line) {
        return line.replace("\t", "    ");
    }

    /** Where 1-based {@code column} of {@code line} lands once tabs print as four spaces. */
    static int expandedColumn(String line, int column) {
        int shown = 1;
        for (int i = 0; i < column - 1 && i < line.length(); i++) {
            shown += line.charAt(i) == '\t' ? 4 : 1;
        }
        return shown + Math.max(0, column - 1 - line.length());
    }

    // ------------------------------------------------------------------ snippets

    private static void snippet(StringBuilder b, List<Label> labels, Source src, int width) {
        String bar = " ".repeat(width + 1) + "|";
        Label multi = null;
        TreeMap<Integer, List<Label>> byLine = new TreeMap<>();
        for (Label l : labels) {
            if (src.line(l.span().line()) == null) {
                continue;
            }
            if (l.span().multiLine() && multi == null && src.line(l.span().endLine()) != null) {
                multi = l;
                byLine.computeIfAbsent(l.span().line(), k -> new ArrayList<>());
                byLine.computeIfAbsent(l.span().endLine(), k -> new ArrayList<>());
            } else {
                Span s = l.span();
                int end = s.multiLine() ? src.line(s.line()).length() + 1 : s.endColumn();
                byLine.computeIfAbsent(s.line(), k -> new ArrayList<>())
                        .add(new Label(new Span(s.line(), s.column(), s.line(), end), l.text(), l.primary()));
            }
        }
        if (byLine.isEmpty()) {
            return;
        }
        // lines to show: every marked line, the lines a multi-line span covers (elided when long), single gaps
        List<Integer> shown = new ArrayList<>();
        Integer prev = null;
        for (int line : byLine.keySet()) {
            if (multi != null && line == multi.span().endLine() && prev != null && prev == multi.span().line()) {
                int from = multi.span().line() + 1;
                int to = multi.span().endLine() - 1;
                for (int k = from; k <= to; k++) {
                    if (to - from + 1 > 6 && k > from + 3 && k < to - 1) {
                        if (shown.get(shown.size() - 1) != -1) {
                            shown.add(-1);
                        }
                        continue;
                    }
                    shown.add(k);
                }
            } else if (prev != null && line - prev == 2) {
                shown.add(prev + 1);
            } else if (prev != null && line - prev > 2) {
                shown.add(-1);
            }
            shown.add(line);
            prev = line;
        }
        boolean margin = multi != null;
        for (int line : shown) {
            if (line == -1) {
                b.append("...").append('\n');
                continue;
            }
            String text = src.line(line);
            List<Label> lineLabels = byLine.getOrDefault(line, List.of());
            if (text.length() > LONG_LINE && !margin) {
                int focus = lineLabels.isEmpty() ? 1 : lineLabels.stream().filter(Label::primary).findFirst().orElse(lineLabels.get(0)).span().column();
                int from = Math.max(0, Math.min(focus - 1 - WINDOW / 2, text.length() - WINDOW));
                int to = Math.min(text.length(), from + WINDOW);
                String head = from > 0 ? "..." : "";
                int shift = from - head.length();
                List<Label> moved = new ArrayList<>();
                for (Label l : lineLabels) {
                    int c = Math.max(head.length() + 1, l.span().column() - shift);
                    int e = Math.min(head.length() + (to - from) + 1, Math.max(c + 1, l.span().endColumn() - shift));
                    moved.add(new Label(new Span(line, c, line, e), l.text(), l.primary()));
                }
                text = head + text.substring(from, to) + (to < src.line(line).length() ? "..." : "");
                b.append(pad(line, width)).append(" | ").append(v(expand(text))).append('\n');
                if (!moved.isEmpty()) {
                    marks(b, bar + " ", moved, text);
                }
                continue;
            }
            String mark = "";
            if (margin) {
                Span ms = multi.span();
                boolean startsAtIndent = ms.column() <= firstNonBlank(text) + 1;
                if (line == ms.line()) {
                    mark = startsAtIndent ? "/ " : "  ";
                } else if (line > ms.line() && line <= ms.endLine()) {
                    mark = "| ";
                } else {
                    mark = "  ";
                }
            }
            b.append(pad(line, width)).append(" | ").append(mark).append(v(expand(text))).append('\n');
            if (margin && line == multi.span().line() && multi.span().column() > firstNonBlank(text) + 1) {
                int c = expandedColumn(text, multi.span().column());
                b.append(bar).append("  ").append("_".repeat(c)).append(multi.primary() ? '^' : '-').append('\n');
            }
            List<Label> ls = lineLabels;
            if (!ls.isEmpty()) {
                marks(b, bar + " " + (margin ? (line > multi.span().line() && line <= multi.span().endLine() ? "| " : "  ") : ""), ls, text);
            }
            if (margin && line == multi.span().endLine()) {
                int c = expandedColumn(text, multi.span().endColumn() - 1);
                String label = multi.text().isEmpty() ? "" : " " + v(multi.text());
                b.append(bar).append(" |").append("_".repeat(Math.max(0, c))).append(multi.primary() ? '^' : '-').append(label).append('\n');
            }
        }
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The underline row of one source line and the rows its labels hang on. */
    private static void marks(StringBuilder b, String prefix, List<Label> ls, String text) {
        List<Label> sorted = new ArrayList<>(ls);
        sorted.sort(Comparator.comparingInt((Label l) -> l.span().column()));
        StringBuilder row = new StringBuilder();
        for (Label l : sorted) {
            int from = expandedColumn(text, l.span().column()) - 1;
            int to = Math.max(from + 1, expandedColumn(text, l.span().endColumn()) - 1);
            while (row.length() < to) {
                row.append(' ');
            }
            for (int i = from; i < to; i++) {
                char cur = row.charAt(i);
                if (cur == ' ' || l.primary()) {
                    row.setCharAt(i, l.primary() ? '^' : '-');
                }
            }
        }
        Label last = sorted.get(sorted.size() - 1);
        if (!last.text().isEmpty()) {
            row.append(' ').append(v(last.text()));
        }
        b.append(prefix).append(row.toString().stripTrailing()).append('\n');
        List<Label> hanging = new ArrayList<>();
        for (int i = 0; i < sorted.size() - 1; i++) {
            if (!sorted.get(i).text().isEmpty()) {
                hanging.add(sorted.get(i));
            }
        }
        if (hanging.isEmpty()) {
            return;
        }
        b.append(prefix).append(connectors(text, hanging, hanging.size())).append('\n');
        for (int k = hanging.size() - 1; k >= 0; k--) {
            Label l = hanging.get(k);
            StringBuilder r = new StringBuilder(connectors(text, hanging, k));
            int col = expandedColumn(text, l.span().column()) - 1;
            while (r.length() < col) {
                r.append(' ');
            }
            r.setLength(col);
            r.append(v(l.text()));
            b.append(prefix).append(r.toString().stripTrailing()).append('\n');
        }
    }

    private static String connectors(String text, List<Label> hanging, int count) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int col = expandedColumn(text, hanging.get(i).span().column()) - 1;
            while (r.length() < col) {
                r.append(' ');
            }
            if (r.length() == col) {
                r.append('|');
            }
        }
        return r.toString();
    }
}
