package asyncscope.lessons.practice.exam;

import asyncscope.lessons.practice.Concept;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A finished test as a document a candidate can keep: Markdown (for notes and repositories) or a standalone
 * HTML page (to print or mail). Both hold the score, the time, the breakdown by concept and every question
 * with the answer given, the right answer and why.
 */
public final class ResultExport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ResultExport() {}

    static String time(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String points(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.2f", p);
    }

    public static String markdown(TestResult r, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        b.append("# Asyncscope technical test\n\n");
        b.append("- Taken: ").append(WHEN.format(r.started().atZone(zone))).append('\n');
        b.append("- Score: **").append(points(r.points())).append(" / ").append(r.questions()).append("** (")
                .append(r.percent()).append(" %)\n");
        b.append("- Time: ").append(time(r.taken())).append(" of ").append(time(r.allowed()))
                .append(r.timedOut() ? " (time ran out)" : "").append('\n');
        b.append("- Test seed: ").append(r.seed()).append("\n\n");
        b.append("## By concept\n\n| concept | score | questions |\n|---|---|---|\n");
        for (Map.Entry<Concept, ConceptScore> e : r.byConcept().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            b.append("| ").append(e.getKey().title()).append(" | ").append(e.getValue().percent()).append(" % | ")
                    .append(e.getValue().questions()).append(" |\n");
        }
        b.append("\n## Questions\n");
        for (ItemResult i : r.items()) {
            b.append("\n### ").append(i.index() + 1).append(". ").append(oneLine(i.title())).append(" (").append(i.kind())
                    .append(", ").append(points(i.points())).append(" / 1)\n\n");
            b.append("- Concept: ").append(i.concept().title()).append('\n');
            b.append("- Your answer: ").append(block(i.given())).append('\n');
            b.append("- Right answer: ").append(block(i.right())).append('\n');
            if (!i.note().isBlank()) {
                b.append("- ").append(i.note()).append('\n');
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').strip();
    }

    private static String block(String s) {
        if (!s.contains("\n")) {
            return "`" + s.replace("`", "'") + "`";
        }
        return "\n\n  ```\n" + s.lines().map(l -> "  " + l).reduce((a, c) -> a + "\n" + c).orElse("") + "\n  ```\n";
    }

    public static String html(TestResult r, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Asyncscope technical test</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.45}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3em .7em;text-align:left}")
                .append("pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}.right{color:#1a7f37}.wrong{color:#b42318}")
                .append("</style></head><body>\n<h1>Asyncscope technical test</h1>\n<p>Taken ")
                .append(esc(WHEN.format(r.started().atZone(zone)))).append(" · score <strong>").append(points(r.points()))
                .append(" / ").append(r.questions()).append("</strong> (").append(r.percent()).append(" %) · time ")
                .append(time(r.taken())).append(" of ").append(time(r.allowed())).append(r.timedOut() ? " (time ran out)" : "")
                .append(" · seed ").append(r.seed()).append("</p>\n<h2>By concept</h2>\n<table><tr><th>concept</th><th>score</th><th>questions</th></tr>\n");
        for (Map.Entry<Concept, ConceptScore> e : r.byConcept().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            b.append("<tr><td>").append(esc(e.getKey().title())).append("</td><td>").append(e.getValue().percent())
                    .append(" %</td><td>").append(e.getValue().questions()).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Questions</h2>\n");
        for (ItemResult i : r.items()) {
            b.append("<h3 class=\"").append(i.points() >= 1 ? "right" : "wrong").append("\">").append(i.index() + 1)
                    .append(". ").append(esc(oneLine(i.title()))).append(" <small>(").append(i.kind()).append(", ")
                    .append(points(i.points())).append(" / 1)</small></h3>\n<p>Concept: ").append(esc(i.concept().title()))
                    .append("</p>\n<p>Your answer:</p><pre>").append(esc(i.given())).append("</pre>\n<p>Right answer:</p><pre>")
                    .append(esc(i.right())).append("</pre>\n");
            if (!i.note().isBlank()) {
                b.append("<p>").append(esc(i.note())).append("</p>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
