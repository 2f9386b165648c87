package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.stage.StageLayout;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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
 * The window's layout facts, measured on the laid-out scene: the stage gets at least half of the window's
 * width at 1280×800, 1600×1000 and 1920×1080 with a lesson open and its narrative column shown (which takes
 * at most 28 %); switching Programs ⇄ Lessons moves nothing; the inspector is a drawer over the stage that
 * a picked task opens and Esc closes; no lesson's code line is cut at 1600×1000, normal or presenter.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = TestWindows.open(s);
    }

    @AfterEach
    void normalMode(FxRobot robot) {
        if (window.isPresenter()) {
            robot.interact(window::togglePresenter);
        }
        size(robot, 1600, 1000);
    }

    private void size(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        settle(robot);
    }

    /** Lets the deferred fitting run (it waits for a layout pass). */
    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Lesson> lessons() {
        return LessonCatalogue.builtIn().lessons();
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void theStageGetsHalfTheWindowAndTheNarrativeAtMost28PercentAtThreeSizes(FxRobot robot) {
        robot.interact(window::openFirstUnfinishedLesson);
        for (double[] wh : new double[][] {{1280, 800}, {1600, 1000}, {1920, 1080}}) {
            size(robot, wh[0], wh[1]);
            for (Lesson l : List.of(longestAndShortest()[0], longestAndShortest()[1])) {
                robot.interact(() -> window.openLesson(l));
                settle(robot);
                double sceneW = stage.getScene().getWidth();
                assertEquals(wh[0], sceneW, 1, "the window is " + wh[0] + " wide");
                double stageW = sceneBounds(window.stageBox()).getWidth();
                double sideW = sceneBounds(window.sideColumn()).getWidth();
                String at = l.id() + " at " + (int) wh[0] + "×" + (int) wh[1];
                assertTrue(stageW >= 0.5 * sceneW, "stage " + stageW + " of " + sceneW + ", " + at);
                assertTrue(sideW <= 0.28 * sceneW + 1, "narrative column " + sideW + " of " + sceneW + ", " + at);
                assertTrue(sideW > 0.15 * sceneW, "the narrative column is shown, " + at);
                assertTrue(window.lessonBrowser().narrative().isVisible() && window.lessonBrowser().narrative().getScene() != null);
            }
        }
    }

    @Test
    void atASmallWindowTheCodeGetsMoreRoomAndLessonRowsAreWhole(FxRobot robot) {
        size(robot, 1280, 800);
        Lesson longest = longestAndShortest()[0];
        robot.interact(() -> window.openLesson(longest));
        settle(robot);
        double sceneW = stage.getScene().getWidth();
        double codeW = sceneBounds(window.codeView()).getWidth();
        double stageW = sceneBounds(window.stageBox()).getWidth();
        assertTrue(stageW >= 0.5 * sceneW, "the stage keeps half: " + stageW);
        assertTrue(codeW >= 0.29 * sceneW, "the code gets " + codeW + " px of " + sceneW + " (the side column narrows)");
        // every lesson row shows its whole line: the row is as tall as its text needs (nothing clipped below)
        int rows = 0;
        for (javafx.scene.control.TreeCell<?> cell : robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)) {
            if (cell.isEmpty() || cell.getItem() == null || cell.getScene() == null || !cell.isVisible()) {
                continue;
            }
            rows++;
            // (a fixed cell size makes the cell's own preferred height meaningless: measure what it holds)
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
            double content = Math.max(shown == null ? 0 : shown.getLayoutBounds().getHeight(),
                    cell.getGraphic() == null ? 0 : cell.getGraphic().prefHeight(-1));
            double need = cell.snappedTopInset() + content + cell.snappedBottomInset();
            assertTrue(need <= cell.getHeight() + 0.5, "row '" + cell.getText() + "' needs " + need + " px, has " + cell.getHeight());
        }
        assertTrue(rows >= 4, "rows checked: " + rows);
    }

    @Test
    void theInspectorFollowsTheSelectionAndIsClearedWhenAnotherLessonOpens(FxRobot robot) throws Exception {
        Lesson spawn = lessons().stream().filter(l -> l.id().equals("spawn")).findFirst().orElseThrow();
        robot.interact(() -> window.openLesson(spawn));
        robot.interact(window::runCurrent);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != null);
        var m = window.playback().model();
        robot.interact(() -> {
            window.playback().seek(m.size() / 2);
            window.refreshNow();
        });
        long[] ids = m.tasks().all().stream().mapToLong(asyncscope.app.model.TaskInfo::id).limit(2).toArray();
        assertEquals(2, ids.length, "the lesson runs more than one task");
        for (long id : ids) {
            robot.interact(() -> window.session().selectedTaskProperty().set(id));
            settle(robot);
            assertEquals(id, window.inspector().task(), "the inspector shows the selected task");
            assertTrue(window.inspectorDrawer().isOpen());
            assertTrue(robot.lookup(".inspector-title").queryLabeled().getText().contains("task " + id)
                    || robot.lookup(".inspector-title").queryLabeled().getText().contains(m.tasks().byId(id).name()),
                    robot.lookup(".inspector-title").queryLabeled().getText());
        }
        Lesson other = lessons().stream().filter(l -> !l.id().equals("spawn")).findFirst().orElseThrow();
        robot.interact(() -> window.openLesson(other));
        settle(robot);
        assertEquals(-1, window.session().selectedTaskProperty().get(), "another lesson clears the selection");
        assertEquals(-1, window.inspector().task(), "and the inspector");
        assertFalse(window.inspectorDrawer().isOpen(), "whose drawer closes");
    }

    @Test
    void theEventLogsColumnsShowTheirValuesWhole(FxRobot robot) throws Exception {
        size(robot, 1280, 800);
        Lesson shutdown = lessons().stream().filter(l -> l.id().equals("shutdown")).findFirst().orElseThrow();
        robot.interact(() -> window.openLesson(shutdown));
        robot.interact(window::runCurrent);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != null);
        var m = window.playback().model();
        robot.interact(() -> window.bottomTabs().selectLog());
        settle(robot);
        var table = window.eventLog().table();
        int checked = 0;
        for (int at : new int[] {m.size() / 2, m.size()}) { // late events have the widest numbers and times
            robot.interact(() -> {
                window.playback().seek(at);
                window.refreshNow();
            });
            settle(robot);
            for (var cell : robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)) {
                if (cell.isEmpty() || cell.getText() == null || cell.getTableColumn() == table.getColumns().get(table.getColumns().size() - 1)) {
                    continue; // the last column takes what is left of the width
                }
                javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
                assertEquals(cell.getText(), shown.getText(), "the " + cell.getTableColumn().getText() + " column shows its value whole");
                checked++;
            }
        }
        assertTrue(checked >= 8, "cells checked: " + checked);
        // a long run (20 minutes on the virtual clock): its times still fit
        robot.interact(() -> window.showProgram(new asyncscope.app.scenario.RustLiteScenario("long", "a long sleep", "main.rs", """
                use tokio::time::{sleep, Duration};

                #[tokio::main(flavor = "current_thread")]
                async fn main() {
                    sleep(Duration::from_millis(1234567)).await;
                    println!("done");
                }
                """)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != m);
        var longRun = window.playback().model();
        robot.interact(() -> {
            window.bottomTabs().selectLog();
            window.playback().seek(longRun.size());
            window.refreshNow();
        });
        settle(robot);
        boolean sawLongTime = false;
        for (var cell : robot.from(table).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)) {
            if (!cell.isEmpty() && cell.getText() != null && cell.getText().startsWith("1,234,567")) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
                assertEquals(cell.getText(), shown.getText(), "a time of 20 minutes shows whole");
                sawLongTime = true;
            }
        }
        assertTrue(sawLongTime, "the last events are at 1,234,567 ms");
    }

    @Test
    void switchingProgramsAndLessonsMovesNothing(FxRobot robot) {
        robot.interact(window::openFirstUnfinishedLesson);
        settle(robot);
        Bounds code = sceneBounds(window.codeView());
        Bounds stageBox = sceneBounds(window.stageBox());
        Bounds sideBox = sceneBounds(window.sideColumn());
        for (int tab : new int[] {0, 1, 0, 1}) {
            robot.interact(() -> window.leftTabs().getSelectionModel().select(tab));
            settle(robot);
            assertEquals(sideBox, sceneBounds(window.sideColumn()), "the side column, tab " + tab);
            assertEquals(code, sceneBounds(window.codeView()), "the code, tab " + tab);
            assertEquals(stageBox, sceneBounds(window.stageBox()), "the stage, tab " + tab);
        }
    }

    @Test
    void collapsingTheNarrativeGivesTheRoomToCodeAndStage(FxRobot robot) {
        Lesson longest = lessons().stream().max((a, b) -> Integer.compare(longestLine(a), longestLine(b))).orElseThrow();
        robot.interact(() -> window.openLesson(longest));
        settle(robot);
        double stageBefore = sceneBounds(window.stageBox()).getWidth();
        double codeBefore = sceneBounds(window.codeView()).getWidth();
        robot.clickOn("#collapse-side");
        settle(robot);
        assertTrue(sceneBounds(window.sideColumn()).getWidth() <= SideColumn.COLLAPSED_WIDTH + 1);
        assertTrue(sceneBounds(window.codeView()).getWidth() > codeBefore + 50, "the code got room");
        assertTrue(sceneBounds(window.stageBox()).getWidth() >= stageBefore - 1, "the stage kept its share");
        robot.clickOn("#expand-side");
        settle(robot);
        assertEquals(codeBefore, sceneBounds(window.codeView()).getWidth(), 1);
    }

    /** The lessons with the longest and the shortest longest line (the code pane's widest and narrowest need). */
    private static Lesson[] longestAndShortest() {
        var byLine = lessons().stream().sorted(java.util.Comparator.comparingInt(WindowLayoutTest::longestLine)).toList();
        return new Lesson[] {byLine.get(byLine.size() - 1), byLine.get(0)};
    }

    private static int longestLine(Lesson l) {
        return l.program().lines().mapToInt(String::length).max().orElse(0);
    }

    @Test
    void pickingATaskOpensTheInspectorDrawerOverTheStageAndEscClosesIt(FxRobot robot) throws Exception {
        Lesson join = lessons().stream().filter(l -> l.id().equals("join")).findFirst().orElseThrow();
        robot.interact(() -> window.openLesson(join));
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != null);
        assertFalse(window.inspectorDrawer().isOpen(), "closed until a task is picked");
        var m = window.playback().model();
        robot.interact(() -> {
            window.playback().seek(m.nextPollStart(0) + 1);
            window.refreshNow();
        });
        // a click on a token on the stage
        StageLayout layout = window.stageView().layoutNow();
        StageLayout.Token token = layout.tokens.get(0);
        Point2D at = window.stageView().localToScreen(token.x(), token.y());
        robot.clickOn(at);
        settle(robot);
        assertTrue(window.inspectorDrawer().isOpen(), "a token click opens the drawer");
        assertEquals(token.task(), window.inspector().task());
        Bounds drawer = sceneBounds(window.inspectorDrawer());
        Bounds stageB = sceneBounds(window.stageBox());
        assertTrue(stageB.contains(drawer), "the drawer lies over the stage: " + drawer + " in " + stageB);
        assertEquals(stageB.getMaxX(), drawer.getMaxX(), 1, "at its right edge");
        robot.type(KeyCode.ESCAPE);
        settle(robot);
        assertFalse(window.inspectorDrawer().isOpen(), "Esc closes it");
        assertEquals(-1, window.session().selectedTaskProperty().get());
        // a click on a span in the timeline
        robot.interact(() -> window.bottomTabs().getSelectionModel().select(0));
        settle(robot);
        var tl = window.timeline();
        Point2D span = null;
        for (double x = tl.getWidth() - 5; x > 0 && span == null; x -= 3) {
            for (double y = 0; y < tl.getHeight(); y += 4) {
                if (tl.taskAt(x, y) >= 0) {
                    span = new Point2D(x, y);
                    break;
                }
            }
        }
        assertTrue(span != null, "the timeline has a span");
        robot.clickOn(tl.localToScreen(span));
        settle(robot);
        assertTrue(window.inspectorDrawer().isOpen(), "a span click opens the drawer");
        robot.clickOn("#close-inspector");
        settle(robot);
        assertFalse(window.inspectorDrawer().isOpen(), "its close button closes it");
    }

    @Test
    void noLessonCodeLineIsCutAt1600x1000NormalOrPresenter(FxRobot robot) {
        size(robot, 1600, 1000);
        for (boolean presenter : new boolean[] {false, true}) {
            if (presenter) {
                robot.interact(window::togglePresenter);
            }
            for (Lesson l : lessons()) {
                robot.interact(() -> window.openLesson(l));
                settle(robot);
                List<String> cut = cutLines(robot);
                assertTrue(cut.isEmpty(), l.id() + (presenter ? " (presenter)" : "") + ": lines cut " + cut);
                double minSize = (presenter ? MainWindow.PRESENTER_CODE_SIZE : MainWindow.CODE_SIZE) * CodeView.MIN_SHARE;
                assertTrue(window.codeView().fontSize() >= minSize, "code stays readable: " + window.codeView().fontSize());
            }
        }
    }

    /**
     * Lines whose last character is not inside the code's viewport: every line drawn now is checked, then the
     * first unchecked one is scrolled to the top, until all are checked (a line not drawn twice is reported).
     */
    private List<String> cutLines(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        CodeView code = window.codeView();
        int n = code.area().getParagraphs().size();
        int[] next = {0};
        int stuck = 0;
        while (next[0] < n) {
            int from = next[0];
            robot.interact(() -> {
                Bounds view = code.area().localToScreen(code.area().getLayoutBounds()); // without the scroll bar
                for (; next[0] < n; next[0]++) {
                    int p = next[0];
                    int len = code.area().getParagraph(p).length();
                    if (len == 0) {
                        continue;
                    }
                    int end = code.area().getAbsolutePosition(p, len);
                    var last = code.area().getCharacterBoundsOnScreen(end - 1, end);
                    if (last.isEmpty() || last.get().getMaxY() > view.getMaxY()) {
                        break; // not drawn (or not whole) yet: scroll to it
                    }
                    if (last.get().getMaxX() > view.getMaxX() + 0.5) {
                        cut.add((p + 1) + " (ends at " + last.get().getMaxX() + " of " + view.getMaxX() + "): "
                                + code.area().getParagraph(p).getText().strip());
                    }
                }
            });
            if (next[0] >= n) {
                break;
            }
            stuck = next[0] == from ? stuck + 1 : 0;
            if (stuck > 2) {
                cut.add((next[0] + 1) + " (never drawn)");
                next[0]++;
                continue;
            }
            int top = next[0];
            robot.interact(() -> {
                code.area().showParagraphAtTop(top);
                code.area().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        return cut;
    }
}
