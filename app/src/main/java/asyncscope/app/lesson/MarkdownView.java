package asyncscope.app.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * Renders a lesson's Markdown narrative as JavaFX text (no WebView): commonmark parses it, and a visitor
 * turns headings, paragraphs, emphasis, inline code, lists and code blocks into styled {@link Text}
 * runs in one {@link TextFlow}. Styles come from the theme's {@code md-*} classes.
 */
public final class MarkdownView extends TextFlow {
    private static final Parser PARSER = Parser.builder().build();

    public MarkdownView() {
        getStyleClass().add("markdown");
    }

    public void setMarkdown(String md) {
        getChildren().setAll(render(md));
    }

    /** The Text runs for {@code md} (visible for tests). */
    public static List<Node> render(String md) {
        Renderer r = new Renderer();
        PARSER.parse(md).accept(r);
        return r.out;
    }

    private static final class Renderer extends AbstractVisitor {
        final List<Node> out = new ArrayList<>();
        final List<String> styles = new ArrayList<>();
        int listDepth;

        private void text(String s) {
            Text t = new Text(s);
            t.getStyleClass().add("md-text");
            t.getStyleClass().addAll(styles);
            out.add(t);
        }

        private void block(Runnable inner) {
            if (!out.isEmpty()) {
                text("\n\n");
            }
            inner.run();
        }

        @Override
        public void visit(Heading h) {
            block(() -> {
                styles.add("md-h" + Math.min(3, h.getLevel()));
                visitChildren(h);
                styles.remove(styles.size() - 1);
            });
        }

        @Override
        public void visit(Paragraph p) {
            if (p.getParent() instanceof ListItem) {
                visitChildren(p);
                return;
            }
            block(() -> visitChildren(p));
        }

        @Override
        public void visit(org.commonmark.node.Text t) {
            text(t.getLiteral());
        }

        @Override
        public void visit(Emphasis e) {
            styles.add("md-em");
            visitChildren(e);
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(StrongEmphasis e) {
            styles.add("md-strong");
            visitChildren(e);
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(Code c) {
            styles.add("md-code");
            text(c.getLiteral());
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(FencedCodeBlock c) {
            block(() -> {
                styles.add("md-codeblock");
                text(c.getLiteral().stripTrailing());
                styles.remove(styles.size() - 1);
            });
        }

        @Override
        public void visit(BulletList l) {
            list(l);
        }

        @Override
        public void visit(OrderedList l) {
            list(l);
        }

        private void list(org.commonmark.node.Node l) {
            block(() -> {
                listDepth++;
                boolean first = true;
                for (org.commonmark.node.Node n = l.getFirstChild(); n != null; n = n.getNext()) {
                    if (!first) {
                        text("\n");
                    }
                    first = false;
                    text("  ".repeat(listDepth - 1) + " •  ");
                    visitChildren(n);
                }
                listDepth--;
            });
        }

        @Override
        public void visit(SoftLineBreak b) {
            text(" ");
        }

        @Override
        public void visit(HardLineBreak b) {
            text("\n");
        }
    }
}
