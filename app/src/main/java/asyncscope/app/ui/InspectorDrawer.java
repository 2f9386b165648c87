package asyncscope.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector as a drawer over the right edge of the stage: it opens when the session has a picked task
 * (a token, a timeline span or a code line clicked) and closes with its button or Esc, which un-pick it.
 */
public final class InspectorDrawer extends VBox {
    /** The drawer's width in px at scale 1. */
    public static final double WIDTH = 330;

    public InspectorDrawer(SessionModel session, InspectorPane inspector) {
        getStyleClass().add("inspector-drawer");
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("close-inspector");
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Close the inspector (Esc)"));
        close.setOnAction(e -> session.selectedTaskProperty().set(-1));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(gap, close);
        head.setAlignment(Pos.CENTER_RIGHT);
        head.setPadding(new Insets(4, 4, 0, 4));
        ScrollPane scroll = new ScrollPane(inspector);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
        setMaxWidth(WIDTH);
        setPrefWidth(WIDTH);
        setFillWidth(true);
        setVisible(session.selectedTaskProperty().get() >= 0);
        session.selectedTaskProperty().addListener((o, a, b) -> setVisible(b.longValue() >= 0));
    }

    public boolean isOpen() {
        return isVisible();
    }
}
