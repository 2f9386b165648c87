package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.lesson.QuizPane;
import asyncscope.app.lesson.QuizQuestionView.Verdict;
import asyncscope.app.model.ResourceSeries;
import asyncscope.app.model.TraceModel;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Predict, run, see: in the main window the Semaphore lesson's quiz is answered before the run, the
 * finished run reveals it and marks the lesson done, and the run's trace (twenty real loopback HTTP
 * requests) gets the resources chart, which never shows more than four requests in flight.
 */
@ExtendWith(ApplicationExtension.class)
class LessonQuizRunTest {
    private MainWindow window;

    @Start
    void start(Stage s) {
        window = TestWindows.open(s);
    }

    @Test
    void theSemaphoreLessonsRunRevealsTheQuizAndChartsRequestsInFlight(FxRobot robot) throws Exception {
        Lesson sem = LessonCatalogue.builtIn().lessons().stream().filter(l -> l.id().equals("semaphore")).findFirst().orElseThrow();
        robot.interact(() -> {
            // The progress file is shared by the test classes of this build: start from a fresh lesson.
            window.lessonBrowser().setDone(sem, false);
            window.lessonBrowser().progress().setAnswers(sem.id(), new int[0], false);
            window.openLesson(sem);
        });
        QuizPane quiz = window.lessonBrowser().quiz();
        robot.interact(() -> quiz.questions().forEach(q -> q.choose(q.question().answer())));
        assertFalse(quiz.isRevealed());

        TraceModel before = window.playback().model();
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != before);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(quiz.isRevealed(), "the finished run reveals the answers");
        assertEquals(Verdict.CORRECT, quiz.questions().get(0).verdict());
        assertEquals(sem.quiz().size(), quiz.score());
        assertTrue(window.lessonBrowser().progress().isDone("semaphore"));

        assertTrue(window.bottomTabs().getTabs().stream().anyMatch(t -> t.getContent() == window.resourceChart()));
        ResourceSeries s = window.resourceChart().series().stream().filter(r -> r.kind().equals("semaphore"))
                .findFirst().orElseThrow();
        assertEquals(4, s.limit());
        assertEquals(4, s.max(), "twenty requests keep all four permits busy at some point, never more");
        assertTrue(window.resourceChart().isByTime(), "real HTTP requests take time");
        robot.interact(() -> window.lessonBrowser().setDone(sem, false)); // leave the shared test progress clean
    }
}
