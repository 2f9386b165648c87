package asyncscope.app.ui;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The program, as the learner reads it: a RichTextFX code area with line numbers and Rust highlighting
 * (one regex with named groups turned into style spans), and whole-line highlights in a task's colour
 * for the lines where live tasks were spawned (the running one marked stronger).
 */
public final class CodeView extends VirtualizedScrollPane<CodeArea> {
    private static final String[] KEYWORDS = {
        "as", "async", "await", "break", "const", "continue", "else", "enum", "fn", "for", "if", "impl", "in",
        "let", "loop", "match", "move", "mut", "pub", "ref", "return", "self", "static", "struct", "trait",
        "type", "use", "where", "while", "dyn", "crate", "super", "true", "false",
    };
    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>//[^\n]*)"
            + "|(?<STRING>\"([^\"\\\\]|\\\\.)*\")"
            + "|(?<ATTR>#\\[[^\\]]*\\])"
            + "|(?<MACRO>\\b[a-z_][a-z0-9_]*!)"
            + "|(?<KEYWORD>\\b(" + String.join("|", KEYWORDS) + ")\\b)"
            + "|(?<TYPE>\\b[A-Z][A-Za-z0-9_]*\\b)"
            + "|(?<NUMBER>\\b\\d[\\d_]*(\\.\\d+)?\\b)"
            + "|(?<LIFETIME>'[a-z_]+\\b(?!'))");

    private final CodeArea area;

    public CodeView() {
        super(new CodeArea());
        area = getContent();
        area.getStyleClass().add("code-view");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setEditable(false);
        area.textProperty().addListener((o, a, b) -> area.setStyleSpans(0, highlight(b)));
    }

    public CodeArea area() {
        return area;
    }

    public void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Rust syntax styles for {@code text} (package-visible for tests). */
    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String cls = m.group("COMMENT") != null ? "comment"
                    : m.group("STRING") != null ? "string"
                    : m.group("ATTR") != null ? "attribute"
                    : m.group("MACRO") != null ? "macro"
                    : m.group("KEYWORD") != null ? "keyword"
                    : m.group("TYPE") != null ? "type"
                    : m.group("NUMBER") != null ? "number" : "lifetime";
            b.add(Collections.emptyList(), m.start() - last);
            b.add(Collections.singleton(cls), m.end() - m.start());
            last = m.end();
        }
        b.add(Collections.emptyList(), text.length() - last);
        return b.create();
    }

    /**
     * Lights lines (1-based) in task colours: {@code lines} maps a line to the task shown there;
     * {@code strong} is the line of the task being polled (or 0).
     */
    public void highlightLines(Map<Integer, Long> lines, int strong) {
        int n = area.getParagraphs().size();
        for (int p = 0; p < n; p++) {
            Long task = lines.get(p + 1);
            List<String> styles = task == null ? List.of()
                    : p + 1 == strong ? List.of("task-line", "task-line-strong", TaskColors.cssClass(task))
                    : List.of("task-line", TaskColors.cssClass(task));
            if (!area.getParagraph(p).getParagraphStyle().equals(styles)) {
                area.setParagraphStyle(p, styles);
            }
        }
    }

    /** The paragraph styles now set on line {@code line} (1-based), for tests. */
    public Collection<String> lineStyles(int line) {
        return area.getParagraph(line - 1).getParagraphStyle();
    }
}
