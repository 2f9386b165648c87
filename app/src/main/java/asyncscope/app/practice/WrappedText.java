package asyncscope.app.practice;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The practice views' text: a label of one style class that wraps and is never shorter than its text. */
final class WrappedText {
    private WrappedText() {}

    static Label of(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
