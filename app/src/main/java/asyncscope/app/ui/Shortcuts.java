package asyncscope.app.ui;

import java.util.List;

/**
 * Every keyboard shortcut of the window, as the help (F1 or ?) lists them. The window's key handler and
 * the menus' accelerators are checked against this list by a test, so a new key cannot go unlisted.
 */
public final class Shortcuts {
    /** One shortcut: the keys as written for people, and what they do. */
    public record Shortcut(String keys, String what) {}

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Space", "Play / pause the run"),
            new Shortcut("→  /  ←", "Step forward / back (to the lesson's stop-at events when it names them)"),
            new Shortcut("Alt+→  /  Alt+←", "Step exactly one event forward / back"),
            new Shortcut("Shift+→  /  Shift+←", "To the next / previous poll"),
            new Shortcut("Home  /  End", "Jump to the start / end of the run"),
            new Shortcut("[  /  ]", "Play slower / faster"),
            new Shortcut("Ctrl+R", "Run the program"),
            new Shortcut("Ctrl+N", "New program"),
            new Shortcut("Ctrl+O", "Open a program (.rs) or a trace (.trace)"),
            new Shortcut("Ctrl+S", "Save the program"),
            new Shortcut("Ctrl+Shift+S", "Save the program as …"),
            new Shortcut("Ctrl+=  /  Ctrl+-", "Zoom the whole window in / out"),
            new Shortcut("Ctrl+0", "Zoom back to 100 %"),
            new Shortcut("F5", "Presenter mode on / off"),
            new Shortcut("Esc", "Close the inspector; then leave presenter mode"),
            new Shortcut("O  /  C", "In presenter mode: show the output / the resources chart"),
            new Shortcut("N", "In presenter mode: show / hide the lesson's teacher notes"),
            new Shortcut("F1  or  ?", "This list of shortcuts"));

    private Shortcuts() {}
}
