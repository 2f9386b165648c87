package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.layout.PlacedText;
import asyncscope.app.model.TraceModel;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode and help: zoom keys everywhere, presenter's stage text at least 20 px at 1600×1000, Esc
 * leaves presenter, presenter shows the output and the resources chart on demand, F1 and ? list every
 * shortcut, Help › About gives the versions, and every control in the window has a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterAndHelpTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = TestWindows.open(s);
    }

    @AfterEach
    void normal(FxRobot robot) {
        robot.interact(() -> {
            if (window.isPresenter()) {
                window.togglePresenter();
            }
            window.zoomPane().zoomProperty().set(1);
        });
    }

    private static Lesson lesson(String id) {
        return LessonCatalogue.builtIn().lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private void runLesson(FxRobot robot, String id) throws Exception {
        robot.interact(() -> window.openLesson(lesson(id)));
        TraceModel before = window.playback().model();
        robot.interact(window::runCurrent);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void zoomKeysWorkEverywhereTheEditorIncluded(FxRobot robot) {
        robot.interact(() -> window.openLesson(lesson("join")));
        robot.clickOn(window.codeView()); // the focus is in the editable code
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.1, window.zoomPane().zoomProperty().get(), 1e-9, "Ctrl+= zooms in");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.2, window.zoomPane().zoomProperty().get(), 1e-9);
        double titleH = window.statusLabel().localToScene(window.statusLabel().getBoundsInLocal()).getHeight();
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(1.1, window.zoomPane().zoomProperty().get(), 1e-9, "Ctrl+- zooms out");
        assertEquals(lesson("join").program(), window.codeView().area().getText(), "nothing was typed into the code");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1, window.zoomPane().zoomProperty().get(), 1e-9, "Ctrl+0 resets");
        double normalH = window.statusLabel().localToScene(window.statusLabel().getBoundsInLocal()).getHeight();
        assertEquals(1.2, titleH / normalH, 0.02, "the window's text grew with the zoom");
        assertEquals(stage.getScene().getWidth(), window.root().getWidth(), 1, "at 100 % the window is filled");
    }

    @Test
    void presenterStageTextIsAtLeast20pxAndEscLeavesIt(FxRobot robot) throws Exception {
        runLesson(robot, "join");
        robot.interact(window::togglePresenter);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(1600, stage.getScene().getWidth(), 1);
        TraceModel m = window.playback().model();
        double smallest = Double.MAX_VALUE;
        String which = "";
        for (int k = 1; k <= 10; k++) {
            int at = m.size() * k / 10;
            robot.interact(() -> {
                window.playback().seek(at);
                window.refreshNow();
            });
            for (PlacedText t : window.stageView().texts().placed()) {
                double px = t.size() * window.zoomPane().zoomProperty().get();
                if (px < smallest) {
                    smallest = px;
                    which = t.kind() + " \"" + t.text() + "\" at event " + at;
                }
            }
        }
        assertTrue(smallest >= 20, "smallest stage text in presenter mode: " + smallest + " px (" + which + ")");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isPresenter(), "Esc leaves presenter mode");
    }

    @Test
    void aZoomedStageIsDrawnAtTheZoomNotBlownUp(FxRobot robot) throws Exception {
        runLesson(robot, "join");
        robot.interact(() -> {
            window.playback().seek(window.playback().model().size() / 3);
            window.refreshNow();
            window.zoomPane().zoomProperty().set(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(window::refreshNow);
        var view = window.stageView();
        assertEquals(2, view.renderScale(), 1e-9, "the stage knows the window's zoom");
        assertEquals(Math.round(view.getWidth() * 2), view.canvas().getWidth(), 1, "its canvas has a pixel per screen pixel");
        java.awt.image.BufferedImage[] shot = new java.awt.image.BufferedImage[1];
        robot.interact(() -> {
            javafx.geometry.Bounds b = view.localToScene(view.getBoundsInLocal());
            java.awt.image.BufferedImage all = javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            int x = (int) Math.ceil(b.getMinX());
            int y = (int) Math.ceil(b.getMinY());
            int w = Math.min(all.getWidth() - x, (int) Math.floor(b.getWidth())) & ~1;
            int h = Math.min(all.getHeight() - y, (int) Math.floor(b.getHeight())) & ~1;
            shot[0] = all.getSubimage(x, y, w, h);
        });
        // What a 1× drawing blown up to 2× looks like: the same picture halved and doubled again, smoothly.
        java.awt.image.BufferedImage blown = resize(resize(shot[0], shot[0].getWidth() / 2, shot[0].getHeight() / 2),
                shot[0].getWidth(), shot[0].getHeight());
        // A picture drawn at 200 % has detail that halving loses; a 100 % picture blown up has none to lose.
        long lost = changedPixels(shot[0], blown);
        double share = lost / (double) (shot[0].getWidth() * shot[0].getHeight());
        assertTrue(share > 0.02, "at 200 % the stage is drawn at 200 %, not blown up from 100 %: halving it changes "
                + String.format("%.2f %%", 100 * share) + " of its pixels");
    }

    private static java.awt.image.BufferedImage resize(java.awt.image.BufferedImage src, int w, int h) {
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Pixels that differ clearly between two pictures of the same size. */
    private static long changedPixels(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255));
                if (d > 96) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void presenterShowsTheOutputAndTheResourcesChartOnDemand(FxRobot robot) throws Exception {
        runLesson(robot, "semaphore");
        robot.interact(window::togglePresenter);
        assertTrue(window.bottomTabs().getScene() == null, "presenter starts with code and stage only");
        robot.type(KeyCode.O);
        assertTrue(window.bottomTabs().getScene() != null && window.bottomTabs().isOutputSelected(), "O shows the output");
        robot.clickOn(window.presenterResourcesButton());
        assertTrue(window.bottomTabs().getScene() != null && window.bottomTabs().isResourcesSelected(), "the chart");
        robot.type(KeyCode.C);
        assertTrue(window.bottomTabs().getScene() == null, "C again hides it");
        assertTrue(window.isPresenter());
    }

    @Test
    void f1AndQuestionMarkListEveryShortcutAndAboutGivesTheVersions(FxRobot robot) {
        robot.clickOn(window.stageView());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Alert help = window.showShortcuts(); // the one already showing
        assertTrue(help.isShowing(), "F1 shows the shortcuts");
        List<String> shown = new ArrayList<>();
        for (Node n : help.getDialogPane().getContent().lookupAll(".label")) {
            shown.add(((Label) n).getText());
        }
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            assertTrue(shown.contains(s.keys()) && shown.contains(s.what()), "listed: " + s);
        }
        for (String keys : List.of("F5", "Esc", "Ctrl+R", "Ctrl+O", "Ctrl+S", "Ctrl+0", "Space")) {
            assertTrue(Shortcuts.ALL.stream().anyMatch(s -> s.keys().contains(keys)), keys + " is in the list");
        }
        robot.interact(help::close);
        robot.clickOn(window.stageView());
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.showShortcuts() != help && window.showShortcuts().isShowing(), "? shows them too");
        robot.interact(() -> window.showShortcuts().close());
        Alert[] about = new Alert[1];
        robot.interact(() -> about[0] = window.showAbout());
        String text = about[0].getContentText();
        assertTrue(text.contains("Asyncscope " + HelpDialogs.appVersion()), text);
        assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
        assertTrue(text.contains("JavaFX " + System.getProperty("javafx.runtime.version")), text);
        assertFalse(HelpDialogs.appVersion().isBlank());
        robot.interact(about[0]::close);
    }

    @Test
    void everyControlHasATooltip(FxRobot robot) throws Exception {
        runLesson(robot, "semaphore"); // every kind of pane filled: lesson, quiz, run tabs, resources chart
        List<String> missing = new ArrayList<>();
        for (int tab = 0; tab < 3; tab++) { // Programs, Lessons, Practice (its drills)
            int t = tab;
            robot.interact(() -> window.leftTabs().getSelectionModel().select(t));
            for (int b = 0; b < window.bottomTabs().getTabs().size(); b++) {
                int bb = b;
                robot.interact(() -> window.bottomTabs().getSelectionModel().select(bb));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> walk(stage.getScene().getRoot(), missing));
            }
        }
        robot.interact(window::togglePresenter);
        robot.interact(() -> walk(stage.getScene().getRoot(), missing));
        assertTrue(missing.isEmpty(), "controls without a tooltip: " + missing.stream().distinct().toList());
    }

    /** Buttons, toggles, combo boxes, spinners, sliders and text fields that are shown; quiz choices are their own words. */
    private static void walk(Node n, List<String> missing) {
        if (!n.isVisible()) {
            return;
        }
        boolean control = n instanceof ButtonBase && !(n instanceof RadioButton) || n instanceof ComboBoxBase
                || n instanceof Spinner || n instanceof Slider || n instanceof TextField && !(n.getParent() instanceof Spinner)
                && !isInside(n, Spinner.class) && !isInside(n, ComboBoxBase.class);
        if (control && !isInside(n, javafx.scene.control.ScrollBar.class) && !isInside(n, javafx.scene.control.TableView.class)
                && !isInside(n, Spinner.class) && !isInside(n, javafx.scene.control.TabPane.class, true)
                && ((Control) n).getTooltip() == null) {
            String name = n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "")
                    + (n instanceof javafx.scene.control.Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "");
            missing.add(name);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, missing);
            }
        }
    }

    private static boolean isInside(Node n, Class<?> type) {
        return isInside(n, type, false);
    }

    /** With {@code headerOnly}: inside a tab pane's header area (its tab buttons), not its content. */
    private static boolean isInside(Node n, Class<?> type, boolean headerOnly) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (headerOnly && p.getStyleClass().contains("tab-header-area")) {
                return true;
            }
            if (!headerOnly && type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }
}
