package asyncscope.app.practice;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the practice column so a node that just appeared (a verdict, an explanation) is on screen: after an
 * answer the learner reads the verdict, not the choices above it.
 */
final class ScrollTo {
    private ScrollTo() {}

    /** Brings {@code n}'s top into view in the scroll pane around it, once it is laid out. */
    static void show(Node n) {
        Platform.runLater(() -> Platform.runLater(() -> { // two pulses: wrapped labels have their height by then
            ScrollPane sp = null;
            for (Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane s) {
                    sp = s;
                    break;
                }
            }
            if (sp == null || sp.getContent() == null) {
                return;
            }
            Node content = sp.getContent();
            content.applyCss();
            if (content instanceof Parent p) {
                p.layout();
            }
            double contentH = content.getBoundsInLocal().getHeight();
            double viewH = sp.getViewportBounds().getHeight();
            if (contentH <= viewH) {
                return;
            }
            double y = content.sceneToLocal(n.localToScene(0, 0)).getY();
            double top = Math.max(0, Math.min(contentH - viewH, y - 8));
            if (y + n.getBoundsInLocal().getHeight() > sp.getVvalue() * (contentH - viewH) + viewH || y < sp.getVvalue() * (contentH - viewH)) {
                sp.setVvalue(top / (contentH - viewH));
            }
        }));
    }
}
