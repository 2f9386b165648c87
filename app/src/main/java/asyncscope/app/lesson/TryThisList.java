package asyncscope.app.lesson;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A lesson's "try this" edits: numbered, with inline code rendered as code, each with a button that
 * copies the suggestion (as plain text) to the clipboard so it can be pasted next to the program.
 */
public final class TryThisList extends VBox {
    private final Label title = new Label("Try this");

    public TryThisList() {
        super(8);
        getStyleClass().add("try-this");
        title.getStyleClass().add("section-title");
    }

    public void show(List<String> items) {
        getChildren().setAll(title);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            Label n = new Label((i + 1) + ".");
            n.getStyleClass().add("try-this-number");
            n.setMinWidth(24);
            MarkdownView text = new MarkdownView();
            text.setMarkdown(item);
            text.getStyleClass().add("try-this-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.maxWidthProperty().bind(widthProperty().subtract(90));
            Button copy = new Button(null, new FontIcon(Feather.COPY));
            copy.getStyleClass().add("try-this-copy");
            copy.setTooltip(new Tooltip("Copy this suggestion to the clipboard"));
            copy.setAccessibleText("Copy suggestion " + (i + 1));
            copy.setOnAction(e -> copy(item));
            HBox row = new HBox(8, n, text, copy);
            row.setAlignment(Pos.TOP_LEFT);
            getChildren().add(row);
        }
        setVisible(!items.isEmpty());
        setManaged(!items.isEmpty());
    }

    /** Puts the suggestion on the system clipboard, without Markdown's code marks. */
    public static void copy(String item) {
        ClipboardContent c = new ClipboardContent();
        c.putString(plain(item));
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** The suggestion as plain text: backticks and emphasis marks removed, lines joined. */
    public static String plain(String item) {
        return item.replace("`", "").replaceAll("\\*{1,2}([^*]+)\\*{1,2}", "$1").replaceAll("\\s*\n\\s*", " ").strip();
    }
}
