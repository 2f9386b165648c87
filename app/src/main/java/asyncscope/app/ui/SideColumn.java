package asyncscope.app.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left column: the Programs, Lessons and Practice tabs (a lesson's narrative and quiz live in the
 * second; drills, bugs, flashcards and the timed test in the third). It
 * collapses to a thin strip with one button, so the code and the stage get the room; the window sizes it
 * (the same width for both tabs, so switching them moves nothing else).
 */
public final class SideColumn extends StackPane {
    /** The collapsed strip's width in px. */
    public static final double COLLAPSED_WIDTH = 40;

    private final TabPane tabs = new TabPane();
    private final BooleanProperty collapsed = new SimpleBooleanProperty();

    public SideColumn(Node programs, Node lessons, Node practice) {
        getStyleClass().add("side-column");
        tabs.getTabs().addAll(new Tab("Programs", programs), new Tab("Lessons", lessons), new Tab("Practice", practice));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        Button collapse = new Button(null, new FontIcon(Feather.CHEVRONS_LEFT));
        collapse.setId("collapse-side");
        collapse.getStyleClass().add("flat");
        collapse.setTooltip(new Tooltip("Hide the programs, lessons and practice column (the code and stage get its room)"));
        collapse.setOnAction(e -> collapsed.set(true));
        StackPane.setAlignment(collapse, Pos.TOP_RIGHT);
        StackPane.setMargin(collapse, new Insets(2, 4, 0, 0));
        StackPane open = new StackPane(tabs, collapse);

        Button expand = new Button(null, new FontIcon(Feather.CHEVRONS_RIGHT));
        expand.setId("expand-side");
        expand.getStyleClass().add("flat");
        expand.setTooltip(new Tooltip("Show the programs, lessons and practice column"));
        expand.setOnAction(e -> collapsed.set(false));
        VBox strip = new VBox(expand);
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(expand, Priority.NEVER);

        getChildren().setAll(open);
        collapsed.addListener((o, a, b) -> getChildren().setAll(b ? strip : open));
    }

    public TabPane tabs() {
        return tabs;
    }

    public boolean isCollapsed() {
        return collapsed.get();
    }

    public BooleanProperty collapsedProperty() {
        return collapsed;
    }
}
