package asyncscope.app.practice;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * What a practice view on the projector is made of: a scrolling column at presenter size ({@code box}) that
 * its subclass refills from its model, and the numbered choices of a drill ({@code choices}).
 */
abstract class ProjectorPane extends ScrollPane {
    protected final VBox box = new VBox(16);
    protected final ChoiceList choices = new ChoiceList();

    ProjectorPane(String id) {
        getStyleClass().add("practice-projector");
        setId(id);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        box.setPadding(new Insets(16));
        setContent(box);
    }
}
