package asyncscope.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.lesson.QuizQuestionView.Verdict;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.catalogue.QuizQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lesson browser's quiz, "try this" list and progress, headless: answers stay hidden until Reveal
 * or the end of a run; right and wrong are marked in words and icons as well as colour; a revealed,
 * fully answered quiz marks the lesson done, and the mark comes back after a "restart" (a new browser on
 * the same progress file).
 */
@ExtendWith(ApplicationExtension.class)
class QuizAndProgressTest {
    @TempDir
    static Path home;

    private static final LessonCatalogue CATALOGUE = LessonCatalogue.builtIn();
    private LessonBrowser browser;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        browser = new LessonBrowser(CATALOGUE, LessonProgress.load(home.resolve("p.json")));
        s.setScene(new Scene(browser, 700, 900));
        s.show();
    }

    @BeforeEach
    void fresh(FxRobot robot) throws Exception {
        Files.deleteIfExists(home.resolve("p.json"));
        robot.interact(() -> {
            browser = new LessonBrowser(CATALOGUE, LessonProgress.load(home.resolve("p.json")));
            stage.getScene().setRoot(browser);
        });
    }

    private Lesson lesson(String id) {
        return CATALOGUE.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void answersStayHiddenUntilRevealThenRightAndWrongAreMarked(FxRobot robot) {
        Lesson sem = lesson("semaphore");
        robot.interact(() -> browser.open(sem));
        QuizPane quiz = browser.quiz();
        assertEquals(sem.quiz().size(), quiz.questions().size());
        QuizQuestionView q1 = quiz.questions().get(0);
        QuizQuestionView q2 = quiz.questions().get(1);
        QuizQuestion first = q1.question();
        int wrong = (first.answer() + 1) % first.choices().size();

        // the learner clicks the right answer of question 1 and a wrong one of question 2
        robot.clickOn(q1.choiceButtons().get(first.answer()));
        robot.interact(() -> q2.choose((q2.question().answer() + 1) % q2.question().choices().size()));
        robot.interact(() -> quiz.questions().subList(2, quiz.questions().size()).forEach(q -> q.choose(q.question().answer())));
        assertEquals(Verdict.HIDDEN, q1.verdict());
        assertFalse(q1.getChildren().contains(q1.explanationLabel()), "explanation shown before the reveal");

        press(robot, "#quiz-reveal");
        assertEquals(Verdict.CORRECT, q1.verdict());
        assertEquals(Verdict.WRONG, q2.verdict());
        assertTrue(q1.verdictLabel().getText().startsWith("Correct"), q1.verdictLabel().getText());
        assertTrue(q2.verdictLabel().getText().startsWith("Not quite. The answer is "
                + (char) ('A' + q2.question().answer())), q2.verdictLabel().getText());
        assertNotNull(q1.verdictLabel().getGraphic());
        assertTrue(q1.verdictLabel().getStyleClass().contains("quiz-correct"));
        assertTrue(q2.verdictLabel().getStyleClass().contains("quiz-wrong"));
        assertEquals(first.explanation(), q1.explanationLabel().getText());
        assertTrue(q1.getChildren().contains(q1.explanationLabel()) && q1.explanationLabel().isVisible());
        assertEquals(quiz.questions().size() - 1, quiz.score());
        // locked after the reveal
        robot.interact(() -> q1.choose(wrong));
        assertEquals(first.answer(), q1.chosen());
        assertTrue(q1.choiceButtons().get(wrong).isDisabled());
        // the whole quiz was answered and revealed, but the program has not run: not done yet
        assertFalse(browser.progress().isDone("semaphore"), "a quiz alone does not finish a lesson");
        robot.interact(() -> browser.runFinished(false));
        assertFalse(browser.progress().isDone("semaphore"), "nor does a run that was stopped or failed");
        robot.interact(() -> browser.runFinished(true));
        assertTrue(browser.progress().isDone("semaphore"), "its run finished and its quiz was answered: done");

        press(robot, "#quiz-again");
        assertEquals(Verdict.UNANSWERED, q1.verdict());
        assertFalse(q1.choiceButtons().get(wrong).isDisabled());
    }

    /**
     * A learner who answers, wanders off to another lesson and comes back (or restarts the app) finds
     * their predictions where they left them; revealed answers stay revealed; "Ask again" forgets them.
     */
    @Test
    void answersComeBackWhenTheLessonIsReopenedOrTheAppRestarts(FxRobot robot) {
        Lesson join = lesson("join");
        robot.interact(() -> browser.open(join));
        int pick = (join.quiz().get(0).answer() + 1) % join.quiz().get(0).choices().size();
        robot.interact(() -> browser.quiz().questions().get(0).choose(pick)); // the list of fifteen lessons pushes the quiz below the fold
        robot.interact(() -> browser.open(lesson("select")));
        assertEquals(-1, browser.quiz().questions().get(0).chosen(), "another lesson's quiz starts blank");
        robot.interact(() -> browser.open(join));
        assertEquals(pick, browser.quiz().questions().get(0).chosen(), "the prediction is still there");
        assertEquals(Verdict.HIDDEN, browser.quiz().questions().get(0).verdict());
        assertEquals(-1, browser.quiz().questions().get(1).chosen());

        press(robot, "#quiz-reveal");
        // a restart: a new browser on the same file
        robot.interact(() -> {
            browser = new LessonBrowser(CATALOGUE, LessonProgress.load(home.resolve("p.json")));
            stage.getScene().setRoot(browser);
            browser.open(join);
        });
        assertTrue(browser.quiz().isRevealed(), "revealed answers stay revealed");
        assertEquals(Verdict.WRONG, browser.quiz().questions().get(0).verdict());

        press(robot, "#quiz-again");
        robot.interact(() -> {
            browser = new LessonBrowser(CATALOGUE, LessonProgress.load(home.resolve("p.json")));
            stage.getScene().setRoot(browser);
            browser.open(join);
        });
        assertFalse(browser.quiz().isRevealed());
        assertEquals(-1, browser.quiz().questions().get(0).chosen(), "Ask again forgot the answers");
    }

    @Test
    void answersKeptForAnOlderQuizAreDroppedNotMisapplied(FxRobot robot) {
        Lesson join = lesson("join");
        LessonProgress p = LessonProgress.load(home.resolve("p.json"));
        p.setAnswers("join", new int[] {0}, true); // one answer, but the quiz has more questions now
        robot.interact(() -> {
            browser = new LessonBrowser(CATALOGUE, LessonProgress.load(home.resolve("p.json")));
            stage.getScene().setRoot(browser);
            browser.open(join);
        });
        assertFalse(browser.quiz().isRevealed());
        assertTrue(browser.quiz().questions().stream().noneMatch(QuizQuestionView::isAnswered));
    }

    @Test
    void theKeyboardAloneCanAnswer(FxRobot robot) {
        robot.interact(() -> browser.open(lesson("join")));
        QuizQuestionView q1 = browser.quiz().questions().get(0);
        RadioButton a = q1.choiceButtons().get(0);
        robot.interact(a::requestFocus);
        robot.type(KeyCode.SPACE);
        assertEquals(0, q1.chosen());
        robot.type(KeyCode.DOWN); // arrow keys move the choice within the group
        assertEquals(1, q1.chosen());
    }

    @Test
    void aRunRevealsOnlyAfterAPrediction(FxRobot robot) {
        Lesson join = lesson("join");
        robot.interact(() -> browser.open(join));
        QuizPane quiz = browser.quiz();
        robot.interact(() -> browser.runFinished(true));
        assertFalse(quiz.isRevealed(), "nothing was predicted: keep the questions open");
        robot.interact(() -> quiz.questions().get(0).choose(join.quiz().get(0).answer()));
        robot.interact(() -> browser.runFinished(true));
        assertTrue(quiz.isRevealed());
        assertEquals(Verdict.CORRECT, quiz.questions().get(0).verdict());
        assertEquals(Verdict.SKIPPED, quiz.questions().get(1).verdict());
        assertFalse(browser.progress().isDone("join"), "half a quiz does not complete the lesson");
    }

    @Test
    void doneMarksShowInTheListAndSurviveARestart(FxRobot robot) {
        Lesson sel = lesson("select");
        robot.interact(() -> browser.open(sel));
        assertEquals("Mark done", browser.markDoneButton().getText());
        press(robot, "#mark-done");
        assertTrue(browser.markDoneButton().getText().startsWith("Done"));
        assertTrue(cellText(robot, "select").endsWith("(done)"), cellText(robot, "select"));
        assertFalse(cellText(robot, "join").endsWith("(done)"));

        // restart: a new browser reading the same file
        robot.interact(() -> {
            browser = new LessonBrowser(CATALOGUE, LessonProgress.load(home.resolve("p.json")));
            stage.getScene().setRoot(browser);
        });
        assertTrue(browser.progress().isDone("select"));
        assertTrue(cellText(robot, "select").endsWith("(done)"));
        robot.interact(() -> browser.open(sel));
        press(robot, "#mark-done");
        assertFalse(LessonProgress.load(home.resolve("p.json")).isDone("select"));
    }

    @Test
    void aCorruptProgressFileShowsAWarningAndTheBrowserWorks(FxRobot robot) throws Exception {
        Files.writeString(home.resolve("p.json"), "{\"done\": [");
        robot.interact(() -> {
            browser = new LessonBrowser(CATALOGUE, LessonProgress.load(home.resolve("p.json")));
            stage.getScene().setRoot(browser);
        });
        assertTrue(robot.lookup(".progress-warning").tryQuery().isPresent());
        robot.interact(() -> browser.open(lesson("channels")));
        press(robot, "#mark-done");
        assertTrue(LessonProgress.load(home.resolve("p.json")).isDone("channels"));
    }

    @Test
    void tryThisIsANumberedListWithCopyButtons(FxRobot robot) {
        Lesson sem = lesson("semaphore");
        robot.interact(() -> browser.open(sem));
        assertEquals(sem.tryThis().size(), robot.lookup(".try-this-copy").queryAll().size());
        robot.interact(() -> robot.lookup(".try-this-copy").queryButton().fire());
        String[] got = new String[1];
        robot.interact(() -> got[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(TryThisList.plain(sem.tryThis().get(0)), got[0]);
        assertTrue(got[0].contains("Semaphore::new(1)") && !got[0].contains("`"), got[0]);
    }

    /** Presses a button (it may be scrolled out of view, so fire it as the keyboard would). */
    private static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    private String cellText(FxRobot robot, String id) {
        // fifteen lessons do not all fit the list: bring the lesson's row into view first (cells are virtual)
        robot.interact(() -> {
            var tree = browser.tree();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue() instanceof Lesson l && l.id().equals(id)) {
                    tree.scrollTo(i);
                }
            }
        });
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof Lesson l && l.id().equals(id))
                .map(TreeCell::getAccessibleText).findFirst().orElseThrow();
    }
}
