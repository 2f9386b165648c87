package asyncscope.app.ui;

import java.util.function.IntConsumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tool bar's Export menu, for slides: the stage as a PNG at 1×, 2× or 4× (drawn again at that size, so
 * it stays sharp on a projector or in print) and an animation of a range of the run (GIF or a numbered PNG
 * sequence). The window does the dialogs and the writing.
 */
public final class ExportMenu extends MenuButton {
    /** What the window does: save the stage at a scale; ask for and write an animation. */
    public record Actions(IntConsumer savePng, Runnable saveAnimation) {}

    public ExportMenu(Actions actions) {
        super("Export", new FontIcon(Feather.IMAGE));
        setId("export");
        setTooltip(new Tooltip("Save the stage as a picture (1×, 2×, 4×) or a range of the run as an animation, for slides"));
        for (int k : new int[] {1, 2, 4}) {
            MenuItem png = new MenuItem("Stage as PNG, " + k + "× …");
            png.setId("export-png-" + k);
            png.setOnAction(e -> actions.savePng().accept(k));
            getItems().add(png);
        }
        MenuItem anim = new MenuItem("Animation of the run (GIF or PNG sequence) …");
        anim.setId("export-animation");
        anim.setOnAction(e -> actions.saveAnimation().run());
        getItems().addAll(new SeparatorMenuItem(), anim);
    }
}
