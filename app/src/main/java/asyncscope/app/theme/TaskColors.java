package asyncscope.app.theme;

import javafx.scene.paint.Color;

/**
 * One colour per task, the same everywhere (stage token, timeline span, code-line highlight): a palette
 * of twelve colours that stay distinct on a projector, indexed by task id. The code view uses the CSS
 * classes {@code task-c0..task-c11} defined in the theme with the same colours.
 */
public final class TaskColors {
    private static final Color[] PALETTE = {
        Color.web("#2f6fde"), Color.web("#e0582b"), Color.web("#1a9e5a"), Color.web("#b0389e"),
        Color.web("#c99400"), Color.web("#14a3b8"), Color.web("#7a4fd6"), Color.web("#d23a55"),
        Color.web("#5c8a1e"), Color.web("#995c2e"), Color.web("#3b5b8c"), Color.web("#e07a9b"),
    };

    private TaskColors() {}

    public static int slot(long taskId) {
        return (int) Math.floorMod(taskId, (long) PALETTE.length);
    }

    public static Color of(long taskId) {
        return PALETTE[slot(taskId)];
    }

    public static String cssClass(long taskId) {
        return "task-c" + slot(taskId);
    }

    public static int size() {
        return PALETTE.length;
    }
}
