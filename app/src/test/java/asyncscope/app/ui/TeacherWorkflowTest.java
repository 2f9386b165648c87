package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.TraceModel;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a teacher does with the window, one behaviour a test: the highlighted lesson loads when clicked,
 * edits are kept per lesson until Reset, unsaved program edits are asked about, a lesson opens at its top,
 * File › New / Open… / Save / Save As with recent files, the tool bar shows the program's own flavour and
 * marks an override, a lesson keeps the chosen mode, and a lesson is done only after a finished run and an
 * answered quiz.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherWorkflowTest {
    private MainWindow window;
    private final List<String> asked = new ArrayList<>();
    @TempDir
    Path dir;

    @Start
    void start(Stage s) {
        window = TestWindows.open(s);
    }

    @BeforeEach
    void answerUnsavedWithDiscard() {
        window.setUnsavedPrompt(name -> {
            asked.add(name);
            return MainWindow.UnsavedChoice.DISCARD;
        });
    }

    @AfterEach
    void liveOff(FxRobot robot) {
        robot.interact(() -> window.toolBar().settings().show(asyncscope.app.scenario.RunSettings.simulated(1, 4)));
    }

    private static Lesson lesson(String id) {
        return LessonCatalogue.builtIn().lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private String code() {
        return window.codeView().area().getText();
    }

    private void waitForRun(FxRobot robot, TraceModel before) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingTheHighlightedLessonLoadsIt(FxRobot robot) throws Exception {
        Lesson join = lesson("join");
        robot.interact(() -> window.openLesson(join));
        robot.interact(() -> window.lessonBrowser().select(join)); // highlighted in the list
        TraceModel before = window.playback().model();
        robot.interact(() -> window.selectProgram(0)); // a demo replaces it; the list still highlights join
        waitForRun(robot, before);
        assertFalse(code().equals(join.program()));
        robot.interact(() -> window.leftTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> join.equals(c.getItem())).findFirst().orElseThrow();
        assertTrue(cell.isSelected(), "the lesson is the highlighted row");
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(join, window.session().lessonProperty().get());
        assertEquals(join.program(), code(), "the code pane shows the lesson");
        TraceModel demo = window.playback().model();
        robot.clickOn("#run");
        waitForRun(robot, demo);
        assertEquals("rust-lite", window.playback().model().settings().get("language"), "Run runs the lesson, not the demo");
    }

    @Test
    void editsAreKeptPerLessonUntilReset(FxRobot robot) {
        Lesson join = lesson("join");
        Lesson select = lesson("select");
        robot.interact(() -> window.openLesson(join));
        String edited = join.program().replace("300", "450");
        robot.interact(() -> window.codeView().area().replaceText(edited));
        robot.interact(() -> window.openLesson(select));
        assertEquals(select.program(), code());
        robot.interact(() -> window.openLesson(join));
        assertEquals(edited, code(), "the edit is still there");
        robot.clickOn("#reset");
        assertEquals(join.program(), code());
        robot.interact(() -> window.openLesson(select));
        robot.interact(() -> window.openLesson(join));
        assertEquals(join.program(), code(), "Reset dropped the kept edit");
        assertTrue(asked.isEmpty(), "lesson edits are kept, so nothing needed asking");
    }

    @Test
    void leavingUnsavedEditsAsksFirst(FxRobot robot) {
        robot.interact(() -> window.newProgram());
        robot.interact(() -> window.codeView().area().appendText("\n// mine\n"));
        String mine = code();
        window.setUnsavedPrompt(name -> {
            asked.add(name);
            return MainWindow.UnsavedChoice.CANCEL;
        });
        robot.interact(() -> window.openLesson(lesson("join")));
        assertEquals(List.of("the new program"), asked);
        assertEquals(mine, code(), "Cancel stays with the edits");
        assertNull(window.session().lessonProperty().get());
        robot.interact(() -> window.selectProgram(0));
        assertEquals(mine, code(), "a demo picked from the list asks as well");
        assertEquals(2, asked.size());
        window.setUnsavedPrompt(name -> {
            asked.add(name);
            return MainWindow.UnsavedChoice.DISCARD;
        });
        robot.interact(() -> window.openLesson(lesson("join")));
        assertEquals(lesson("join").program(), code(), "Don't save leaves");
        assertEquals(3, asked.size());
    }

    @Test
    void aLessonOpensScrolledToItsTop(FxRobot robot) {
        Lesson longest = LessonCatalogue.builtIn().lessons().stream()
                .max(java.util.Comparator.comparingInt(l -> l.program().lines().toList().size())).orElseThrow();
        Lesson other = LessonCatalogue.builtIn().lessons().stream().filter(l -> l != longest).findFirst().orElseThrow();
        robot.interact(() -> window.openLesson(other));
        robot.interact(() -> {
            window.lessonBrowser().narrativeScroll().setVvalue(1);
            window.codeView().area().showParagraphAtTop(window.codeView().area().getParagraphs().size() - 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.openLesson(longest));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(0, window.lessonBrowser().narrativeScroll().getVvalue(), 1e-9, "the narrative starts at its top");
        assertEquals(0, window.codeView().area().firstVisibleParToAllParIndex(), "the code starts at line 1");
    }

    @Test
    void fileNewOpenSaveSaveAsAndRecentFiles(FxRobot robot) throws Exception {
        Path a = dir.resolve("hello.rs");
        Files.writeString(a, "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"hi\");\n}\n");
        robot.interact(() -> assertNull(window.openPath(a)));
        assertEquals(Files.readString(a), code());
        assertTrue(window.codeView().area().isEditable());
        assertEquals(a, window.session().fileProperty().get());
        TraceModel before = window.playback().model();
        robot.clickOn("#run");
        waitForRun(robot, before);
        assertTrue(window.outputView().getItems().isEmpty() || true);
        robot.interact(() -> window.playback().jumpToEnd());
        robot.interact(window::refreshNow);
        assertTrue(window.outputView().getItems().stream().anyMatch(x -> x.startsWith("hi")), window.outputView().getItems().toString());
        // edit and save
        robot.interact(() -> window.codeView().area().replaceText(code().replace("hi", "hello")));
        assertTrue(window.session().unsavedProperty().get());
        robot.interact(() -> assertTrue(window.save()));
        assertTrue(Files.readString(a).contains("hello"));
        assertFalse(window.session().unsavedProperty().get());
        // save as another file: it becomes the program's file
        Path b = dir.resolve("copy.rs");
        robot.interact(() -> assertTrue(window.saveAs(b)));
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals(b, window.session().fileProperty().get());
        assertEquals(List.of(b.toAbsolutePath().normalize(), a.toAbsolutePath().normalize()),
                window.session().recentFiles().subList(0, 2), "most recent first");
        assertEquals(window.session().recentFiles().size(), window.toolBar().recentMenu().getItems().size());
        // File › New, then the recent menu opens the first file again
        robot.interact(() -> window.newProgram());
        assertNull(window.session().fileProperty().get());
        assertTrue(code().contains("#[tokio::main]"));
        robot.interact(() -> window.toolBar().recentMenu().getItems().get(1).fire());
        assertEquals(a, window.session().fileProperty().get());
        // a file that is not there: a dialog, nothing changes
        var alert = new java.util.concurrent.atomic.AtomicReference<javafx.scene.control.Alert>();
        robot.interact(() -> alert.set(window.openPath(dir.resolve("missing.rs"))));
        assertNotNull(alert.get());
        assertEquals(a, window.session().fileProperty().get());
        robot.interact(() -> alert.get().close());
    }

    @Test
    void theToolBarShowsTheProgramsFlavourAndMarksAnOverride(FxRobot robot) {
        robot.interact(() -> window.openLesson(lesson("join"))); // #[tokio::main(flavor = "current_thread")]
        RunSettingsBar bar = window.toolBar().settings();
        assertEquals("program: current_thread", bar.programFlavourLabel().getText());
        assertTrue(bar.programFlavourLabel().isVisible());
        assertFalse(bar.overrideLabel().isVisible(), "the settings are the program's own");
        robot.interact(() -> bar.flavorBox().getSelectionModel().select("multi_thread"));
        assertTrue(bar.overrideLabel().isVisible(), "multi_thread chosen over the program's current_thread is marked");
        assertTrue(bar.flavorBox().getStyleClass().contains("override"));
        robot.interact(() -> bar.flavorBox().getSelectionModel().select("current_thread"));
        assertFalse(bar.overrideLabel().isVisible());
    }

    @Test
    void openingALessonKeepsTheChosenMode(FxRobot robot) {
        robot.interact(() -> window.openLesson(lesson("join")));
        robot.clickOn(window.toolBar().settings().liveButton());
        assertTrue(window.toolBar().settings().read().live());
        robot.interact(() -> window.openLesson(lesson("select")));
        assertTrue(window.toolBar().settings().liveButton().isSelected(), "Live stays chosen");
        assertTrue(window.session().settingsProperty().get().live());
    }

    @Test
    void aLessonIsDoneOnlyWhenItsRunFinishedAndItsQuizWasAnswered(FxRobot robot) throws Exception {
        Lesson join = lesson("join");
        var browser = window.lessonBrowser();
        robot.interact(() -> {
            browser.setDone(join, false);
            browser.progress().setAnswers(join.id(), new int[0], false);
            window.openLesson(join);
        });
        TraceModel before = window.playback().model();
        robot.clickOn("#run");
        waitForRun(robot, before);
        assertFalse(browser.progress().isDone("join"), "a run alone does not finish a lesson");
        robot.interact(() -> browser.quiz().questions().forEach(q -> q.choose(q.question().answer())));
        assertTrue(browser.progress().isDone("join"), "run finished and quiz answered: done");
        robot.interact(() -> browser.setDone(join, false)); // leave the shared test progress clean
    }
}
