package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The course as learners and teachers meet it on every lesson: the list in course order with minutes and
 * prerequisites (a lesson whose prerequisites are not done is marked, not locked), the "Next lesson" button,
 * File › Open Lesson… with its errors at file:line:column in the problems strip, and the teacher notes in
 * presenter mode (N).
 */
@ExtendWith(ApplicationExtension.class)
class CourseAppTest {
    private MainWindow window;
    private final LessonCatalogue catalogue = LessonCatalogue.builtIn();
    @TempDir
    Path dir;

    @Start
    void start(Stage s) {
        window = TestWindows.open(s);
        window.setUnsavedPrompt(name -> MainWindow.UnsavedChoice.DISCARD);
    }

    @AfterEach
    void leavePresenter(FxRobot robot) {
        if (window.isPresenter()) {
            robot.interact(window::togglePresenter);
        }
    }

    private Lesson lesson(String id) {
        return catalogue.byId(id).orElseThrow();
    }

    @Test
    void theListIsTheCourseInOrderWithMinutesAndPrerequisitesMarkedNotLocked(FxRobot robot) {
        var browser = window.lessonBrowser();
        assertEquals(catalogue.lessons(), browser.listed(), "the list is the catalogue in course order");
        for (int i = 1; i < browser.listed().size(); i++) {
            assertTrue(browser.listed().get(i - 1).order() < browser.listed().get(i).order());
        }
        robot.interact(() -> {
            for (Lesson l : catalogue.lessons()) {
                browser.setDone(l, false);
            }
        });
        Lesson states = lesson("states"); // after poll
        String row = cellText(robot, states);
        assertTrue(row.startsWith(browser.number(states) + ". " + states.title() + "\n"), row);
        assertTrue(row.contains(states.minutes() + " min"), row);
        assertTrue(row.contains("first: poll"), "a prerequisite not done is named: " + row);
        robot.interact(() -> browser.setDone(lesson("poll"), true));
        assertFalse(cellText(robot, states).contains("first:"), "done prerequisites are not named");
        robot.interact(() -> browser.setDone(lesson("poll"), false));
        // marked, not locked: it opens, and its line above the narrative says what to take first
        robot.interact(() -> window.openLesson(states));
        assertEquals(states, window.session().lessonProperty().get());
        String meta = browser.metaLabel().getText();
        assertTrue(meta.contains("Lesson " + browser.number(states) + " of " + catalogue.lessons().size()), meta);
        assertTrue(meta.contains("about " + states.minutes() + " min") && meta.contains("(not done yet)"), meta);
    }

    @Test
    void nextLessonOpensTheNextOneOfTheCourseAndTheLastHasNone(FxRobot robot) {
        var browser = window.lessonBrowser();
        List<Lesson> all = catalogue.lessons();
        robot.interact(() -> window.openLesson(all.get(0)));
        assertTrue(browser.nextButton().isVisible());
        assertTrue(browser.nextButton().getText().contains(all.get(1).title()), browser.nextButton().getText());
        int quizAt = browser.nextButton().getParent().getChildrenUnmodifiable().indexOf(browser.quiz());
        assertTrue(browser.nextButton().getParent().getChildrenUnmodifiable().indexOf(browser.nextButton()) > quizAt,
                "the button comes after the quiz");
        robot.interact(() -> browser.nextButton().fire());
        assertEquals(all.get(1), window.session().lessonProperty().get());
        assertEquals(all.get(1), browser.tree().getSelectionModel().getSelectedItem().getValue(), "the list follows");
        assertEquals(all.get(1).program(), window.codeView().area().getText());
        robot.interact(() -> window.openLesson(all.get(all.size() - 1)));
        assertFalse(browser.nextButton().isVisible(), "the last lesson has no next");
    }

    @Test
    void openLessonReadsATeachersFileAndAddsItToTheList(FxRobot robot) throws Exception {
        Lesson join = lesson("join");
        String text = new String(LessonCatalogue.class.getResourceAsStream("/lessons/join.md").readAllBytes())
                .replace("id: join", "id: my-join").replace("title: join!", "title: My join!");
        Path f = dir.resolve("my-join.md");
        Files.writeString(f, text);
        assertTrue(window.toolBar().fileMenu().getItems().stream().anyMatch(i -> "open-lesson".equals(i.getId())));
        assertNull(open(f));
        Lesson mine = window.session().lessonProperty().get();
        assertEquals("my-join", mine.id());
        assertEquals(join.program(), window.codeView().area().getText());
        assertEquals(mine, window.lessonBrowser().listed().get(window.lessonBrowser().listed().size() - 1), "listed after the course");
        assertTrue(cellText(robot, mine).endsWith("(from file)"));
        assertFalse(window.lessonBrowser().nextButton().isVisible(), "a teacher's lesson has no next lesson of the course");
    }

    @Test
    void aBrokenLessonFileIsReportedAtItsLineAndColumnAndNothingIsLost(FxRobot robot) throws Exception {
        Lesson join = lesson("join");
        robot.interact(() -> window.openLesson(join));
        String text = new String(LessonCatalogue.class.getResourceAsStream("/lessons/join.md").readAllBytes());
        String[] lines = text.split("\n", -1);
        int programLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("let start = Instant::now();")) {
                programLine = i + 1;
                lines[i] = lines[i].replace("Instant::now()", "Instant::now(");
            }
        }
        Path f = dir.resolve("broken.md");
        Files.writeString(f, String.join("\n", lines));
        var problem = open(f);
        assertNotNull(problem);
        var strip = window.problemsStrip();
        assertTrue(strip.isVisible());
        String shown = ProblemsStrip.render(strip.getItems().get(0));
        assertTrue(shown.startsWith(f + ":"), shown);
        int line = strip.getItems().get(0).line();
        assertTrue(line >= programLine && line <= programLine + 1, "at the Markdown file's line of the program: " + shown);
        assertEquals(join, window.session().lessonProperty().get(), "the open lesson stays");
        assertEquals(join.program(), window.codeView().area().getText());
        robot.interact(() -> strip.choose(0)); // choosing it does not move the caret to a line of another text
        Path header = dir.resolve("header.md");
        Files.writeString(header, text.replace("order: 7", "order: seven"));
        open(header);
        String h = ProblemsStrip.render(strip.getItems().get(0));
        assertTrue(h.startsWith(header + ":5:"), h);
    }

    @Test
    void teacherNotesShowInPresenterModeOnN(FxRobot robot) {
        Lesson join = lesson("join");
        robot.interact(() -> window.openLesson(join));
        assertTrue(window.wholeStageButton().isVisible());
        robot.interact(window::togglePresenter);
        assertFalse(window.presenterNotesButton().isSelected(), "not shown to the room by default");
        assertFalse(window.wholeStageButton().isVisible() || window.lessonStopsButton().isVisible(),
                "on the projector the transport keeps its room for the counter and clock");
        assertFalse(window.teacherNotes().isVisible(), "not in the window");
        robot.interact(() -> window.stageView().requestFocus());
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presenterNotesButton().isSelected());
        assertTrue(window.teacherNotes().isVisible(), "N shows them");
        double stageX = window.stageBox().localToScene(0, 0).getX();
        String firstNote = join.teacherNotes().strip().split("\n")[0].replaceFirst("^- ", "").replace("`", "");
        assertTrue(window.teacherNotes().plainText().contains(firstNote.substring(0, Math.min(30, firstNote.length()))),
                window.teacherNotes().plainText());
        assertTrue(window.teacherNotes().getWidth() > 300, "readable width: " + window.teacherNotes().getWidth());
        assertTrue(window.teacherNotes().localToScene(window.teacherNotes().getWidth(), 0).getX() <= stageX + 1,
                "the notes cover the code, not the stage");
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.teacherNotes().isVisible(), "N hides them again");
        assertEquals(stageX, window.stageBox().localToScene(0, 0).getX(), 0.5, "the stage did not move");
        robot.interact(window::togglePresenter);
        assertFalse(window.presenterNotesButton().isSelected());
    }

    @Test
    void theStageShowsTheLessonsPartsAndStepsStopAtItsEventsUntilSwitchedOff(FxRobot robot) throws Exception {
        Lesson join = lesson("join"); // stage: block_on, timers; stop-at: poll_start, timer_fire
        robot.interact(() -> window.openLesson(join));
        robot.interact(() -> window.toolBar().settings().show(asyncscope.app.scenario.RunSettings.simulated(1, 1)));
        var before = window.playback().model();
        robot.interact(window::runCurrent);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != before);
        WaitForAsyncUtils.waitForFxEvents();
        var m = window.playback().model();
        assertTrue(window.wholeStageButton().isVisible() && !window.wholeStageButton().isSelected());
        robot.interact(() -> {
            window.playback().seek(m.nextPollStart(m.size() / 2) + 1);
            window.refreshNow();
        });
        assertNull(window.stageView().layoutNow().boxOfKind("inject"), "the lesson's parts first");
        assertNotNull(window.stageView().layoutNow().boxOfKind("wheel"));
        robot.interact(() -> window.wholeStageButton().fire());
        robot.interact(window::refreshNow);
        assertNotNull(window.stageView().layoutNow().boxOfKind("inject"), "Whole stage shows everything");
        robot.interact(() -> window.wholeStageButton().fire());
        robot.interact(window::refreshNow);
        assertNull(window.stageView().layoutNow().boxOfKind("inject"));

        // stepping: → stops only at the lesson's kinds, Alt+→ one event, the toggle steps every event
        assertTrue(window.lessonStopsButton().isVisible() && window.lessonStopsButton().isSelected());
        assertTrue(window.lessonStopsButton().getTooltip().getText().contains("poll_start, timer_fire"),
                window.lessonStopsButton().getTooltip().getText());
        robot.interact(() -> window.playback().jumpToStart());
        robot.interact(() -> window.stageView().requestFocus());
        int moved = 0;
        for (int i = 0; i < 6; i++) {
            int from = window.playback().position();
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            int at = window.playback().position();
            assertTrue(at > from);
            assertTrue(join.stopAt().contains(m.event(at - 1).kind()), "stopped at " + m.event(at - 1).kind());
            for (int k = from; k < at - 1; k++) {
                assertFalse(join.stopAt().contains(m.event(k).kind()), "no stop-at event skipped");
            }
            moved = Math.max(moved, at - from);
        }
        assertTrue(moved > 1, "some steps skip events of other kinds");
        int here = window.playback().position();
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(join.stopAt().contains(m.event(window.playback().position() - 1).kind()));
        robot.interact(() -> window.playback().seek(here));
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(here + 1, window.playback().position(), "Alt+→ steps one event");
        robot.interact(() -> window.lessonStopsButton().fire());
        for (int i = 0; i < 3; i++) {
            int from = window.playback().position();
            robot.interact(() -> window.playback().stepForward());
            assertEquals(from + 1, window.playback().position(), "every event once switched off");
        }
        robot.interact(() -> window.selectProgram(0)); // a demo: no lesson, no stops, the whole stage
        assertFalse(window.lessonStopsButton().isVisible());
        assertFalse(window.wholeStageButton().isVisible());
        assertTrue(window.playback().stops().isEmpty());
    }

    private asyncscope.lessons.catalogue.LessonFormatException open(Path f) throws Exception {
        var done = new java.util.concurrent.CompletableFuture<asyncscope.lessons.catalogue.LessonFormatException>();
        robot().interact(() -> window.openLessonFile(f).whenComplete((p, t) -> done.complete(p)));
        var p = done.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return p;
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private String cellText(FxRobot robot, Lesson l) {
        robot.interact(() -> window.leftTabs().getSelectionModel().select(1));
        robot.interact(() -> {
            var tree = window.lessonBrowser().tree();
            tree.refresh();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (l.equals(tree.getTreeItem(i).getValue())) {
                    tree.scrollTo(i);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream().filter(c -> l.equals(c.getItem()))
                .map(TreeCell::getAccessibleText).findFirst().orElseThrow();
    }
}
