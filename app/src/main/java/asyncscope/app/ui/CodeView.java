package asyncscope.app.ui;

import asyncscope.app.theme.TaskColors;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The program, as the learner reads it: a RichTextFX code area with line numbers and Rust highlighting
 * (one regex with named groups turned into style spans), and whole-line highlights in a task's colour
 * for the lines where live tasks are (the running one marked stronger). Compile errors are underlined from
 * their line and column to the end of the word there, with the message shown when the mouse rests on them.
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
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    /** The underlined problems: {from, to, index into problems}. Cleared when the text changes. */
    private final List<int[]> marks = new ArrayList<>();
    private List<Diagnostic> problems = List.of();

    public CodeView() {
        super(new CodeArea());
        area = getContent();
        area.getStyleClass().add("code-view");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setEditable(false);
        area.setWrapText(true); // a line the pane cannot hold even at the smallest font wraps: nothing is ever cut
        applyFont();
        area.textProperty().addListener((o, a, b) -> {
            marks.clear();
            area.setStyleSpans(0, highlight(b));
        });
        hoverText.getStyleClass().add("problem-popup");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(560);
        hover.getContent().add(hoverText);
        area.setMouseOverTextDelay(Duration.ofMillis(250));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String msg = problemAt(e.getCharacterIndex());
            if (msg != null && area.getScene() != null) {
                hoverText.setText(msg);
                Point2D p = e.getScreenPosition();
                hover.show(area, p.getX() + 8, p.getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    /** The code's font size when nothing needs to fit (the theme's size, times presenter mode and zoom). */
    private double baseSize = 15;
    /** The size now used: {@link #baseSize} or less, down to {@link #MIN_SHARE} of it, so the longest line fits. */
    private double fontSize = 15;
    /** The code is never shrunk below this share of its base size (it wraps instead). */
    public static final double MIN_SHARE = 0.85;

    /** Sets the base font size (px) and fits again to the last width. */
    public void setBaseFontSize(double px) {
        baseSize = px;
        fontSize = px;
        applyFont();
    }

    public double baseFontSize() {
        return baseSize;
    }

    /** The font size now used, in px. */
    public double fontSize() {
        return fontSize;
    }

    /**
     * Fits the code to {@code width} px: the largest size between {@link #MIN_SHARE} of the base size and the
     * base size at which the longest line shows whole; if even the smallest does not, lines wrap.
     */
    public void fitTo(double width) {
        double need = widthForLongestLine(baseSize);
        double size = need <= width ? baseSize : Math.max(baseSize * MIN_SHARE, Math.floor(baseSize * width / need * 2) / 2);
        if (size != fontSize) {
            fontSize = size;
            applyFont();
        }
    }

    private void applyFont() {
        area.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize));
    }

    /** Lets the learner edit the program (lessons) or not (built-in demos, whose real code is Java). */
    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    /** Character offset of 1-based {@code line} and {@code column}, clamped to the text. */
    public int offsetOf(int line, int column) {
        int paragraphs = area.getParagraphs().size();
        int p = Math.max(0, Math.min(paragraphs - 1, line - 1));
        int len = area.getParagraphLength(p);
        return area.getAbsolutePosition(p, Math.max(0, Math.min(len, column - 1)));
    }

    /** Moves the caret to 1-based {@code line}:{@code column}, scrolls it into view and focuses the editor. */
    public void moveCaretTo(int line, int column) {
        area.moveTo(offsetOf(line, column));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Underlines each diagnostic from its column to the end of the word there (at least one character). */
    public void showProblems(List<Diagnostic> ds) {
        area.setStyleSpans(0, highlight(area.getText()));
        marks.clear();
        problems = List.copyOf(ds);
        String text = area.getText();
        for (int i = 0; i < problems.size(); i++) {
            Diagnostic d = problems.get(i);
            int from = offsetOf(d.line(), d.column());
            int to = from;
            while (to < text.length() && (Character.isLetterOrDigit(text.charAt(to)) || text.charAt(to) == '_')) {
                to++;
            }
            if (to == from) {
                to = Math.min(text.length(), from + 1);
                if (to == from || text.charAt(from) == '\n') { // at the end of a line: mark the character before
                    from = Math.max(0, from - 1);
                    to = Math.max(to, from + 1);
                }
            }
            if (from >= to || to > text.length()) {
                continue;
            }
            marks.add(new int[] {from, to, i});
            area.setStyleSpans(from, area.getStyleSpans(from, to).mapStyles(st -> {
                Set<String> n = new LinkedHashSet<>(st);
                n.add("compile-error");
                return n;
            }));
        }
    }

    /** The message of the problem underlined at character {@code offset}, or null. */
    public String problemAt(int offset) {
        StringBuilder b = new StringBuilder();
        for (int[] m : marks) {
            if (offset >= m[0] && offset < m[1]) {
                Diagnostic d = problems.get(m[2]);
                b.append(b.length() == 0 ? "" : "\n").append(d.line()).append(':').append(d.column()).append("  ").append(d.message());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The underlined ranges now shown, as {from, to} character offsets (for tests). */
    public List<int[]> problemRanges() {
        return marks.stream().map(m -> new int[] {m[0], m[1]}).toList();
    }

    public CodeArea area() {
        return area;
    }

    public void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /**
     * The width this view needs to show its longest line without scrolling sideways: the line-number
     * gutter, the line in the font the style sheet gives the code (read off a laid-out text node, so
     * presenter mode's larger type counts), and a margin for the caret and the vertical scroll bar.
     */
    public double widthForLongestLine() {
        return widthForLongestLine(fontSize);
    }

    /** {@link #widthForLongestLine()} at font size {@code px}. */
    public double widthForLongestLine(double px) {
        int longest = 0;
        for (var p : area.getParagraphs()) {
            longest = Math.max(longest, p.length());
        }
        javafx.scene.text.Font font = javafx.scene.text.Font.font("DejaVu Sans Mono", px);
        for (javafx.scene.Node n : area.lookupAll(".text")) {
            // a run of code (inside a paragraph's text flow), not the line number's label
            if (n instanceof javafx.scene.text.Text t && n.getParent() instanceof javafx.scene.text.TextFlow) {
                font = javafx.scene.text.Font.font(t.getFont().getFamily(), px);
                break;
            }
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text("0".repeat(Math.max(1, longest)));
        probe.setFont(font);
        double gutter = area.lookup(".lineno") instanceof javafx.scene.layout.Region r ? r.getWidth() : 4 * font.getSize();
        return gutter + probe.getLayoutBounds().getWidth() + 2.5 * font.getSize();
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
