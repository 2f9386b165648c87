package asyncscope.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress survives a restart (a fresh load of the same file); broken or unwritable files never throw. */
class LessonProgressTest {
    @TempDir
    Path dir;

    @Test
    void doneLessonsSurviveAReload() {
        Path f = dir.resolve("nested/progress.json");
        LessonProgress p = LessonProgress.load(f);
        assertFalse(p.isDone("join"));
        assertTrue(p.setDone("join", true));
        assertTrue(p.setDone("semaphore", true));
        assertTrue(Files.exists(f));

        LessonProgress again = LessonProgress.load(f);
        assertEquals(Set.of("join", "semaphore"), again.done());
        assertTrue(again.warning().isEmpty());
        assertTrue(again.setDone("join", false));
        assertEquals(Set.of("semaphore"), LessonProgress.load(f).done());
    }

    @Test
    void quizAnswersAndRevealsSurviveAReload() throws Exception {
        Path f = dir.resolve("progress.json");
        LessonProgress p = LessonProgress.load(f);
        assertEquals(0, p.answers("join").length);
        assertTrue(p.setAnswers("join", new int[] {1, -1, 0}, false));
        assertTrue(p.setAnswers("select", new int[] {2}, true));

        LessonProgress again = LessonProgress.load(f);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, -1, 0}, again.answers("join"));
        assertFalse(again.isRevealed("join"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2}, again.answers("select"));
        assertTrue(again.isRevealed("select"));
        // clearing every answer forgets the lesson's entry
        assertTrue(again.setAnswers("join", new int[] {-1, -1, -1}, false));
        assertFalse(Files.readString(f).contains("\"join\""), Files.readString(f));
    }

    @Test
    void aFileFromBeforeAnswersWereKeptLoadsWithNoAnswers() throws Exception {
        Path f = dir.resolve("old.json");
        Files.writeString(f, "{\"version\":1,\"done\":[\"join\"]}");
        LessonProgress p = LessonProgress.load(f);
        assertTrue(p.isDone("join"));
        assertEquals(0, p.answers("join").length);
        assertTrue(p.warning().isEmpty());
    }

    @Test
    void malformedAnswersAreAWarningNotACrash() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"version\":1,\"done\":[\"join\"],\"answers\":{\"join\":[\"b\"]}}");
        LessonProgress p = LessonProgress.load(f);
        assertTrue(p.warning().orElseThrow().contains("choice number"), p.warning().orElseThrow());
        assertTrue(p.done().isEmpty());
        assertEquals(0, p.answers("join").length);
    }

    @Test
    void aMissingFileIsNoProgressWithoutWarning() {
        LessonProgress p = LessonProgress.load(dir.resolve("none.json"));
        assertTrue(p.done().isEmpty());
        assertTrue(p.warning().isEmpty());
    }

    @Test
    void corruptFilesAreIgnoredWithAWarningAndRepairedOnSave() throws Exception {
        for (String bad : new String[] {"{\"done\": [\"join\", ", "not json at all", "[1,2]", "{\"done\": 7}",
                "{\"done\": [1]}", "", "\u0000\u0001"}) {
            Path f = dir.resolve("progress.json");
            Files.writeString(f, bad);
            LessonProgress p = LessonProgress.load(f);
            assertTrue(p.done().isEmpty(), bad);
            assertTrue(p.warning().isPresent(), "no warning for " + bad);
            assertTrue(p.warning().get().contains(f.toString()), p.warning().get());
            assertTrue(p.setDone("select", true));
            assertEquals(Set.of("select"), LessonProgress.load(f).done());
            // the unreadable file was kept beside it before the save replaced it
            assertEquals(bad, Files.readString(LessonProgress.badFile(f)));
            assertEquals(dir.resolve("progress.json.bad"), LessonProgress.badFile(f));
        }
    }

    /** A readable file is replaced by a save as usual: nothing is kept as .bad. */
    @Test
    void aGoodFileIsNotKeptAsBad() throws Exception {
        Path f = dir.resolve("progress.json");
        LessonProgress.load(f).setDone("join", true);
        LessonProgress.load(f).setDone("select", true);
        assertFalse(Files.exists(LessonProgress.badFile(f)));
    }

    /** A 3 GB file (sparse: nothing is written) is refused by its size, never read into memory. */
    @Test
    void aHugeFileIsRefusedBySizeAndKept() throws Exception {
        Path f = dir.resolve("progress.json");
        long size = 3L << 30;
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
        }
        LessonProgress p = LessonProgress.load(f);
        assertTrue(p.done().isEmpty());
        assertTrue(p.warning().orElseThrow().contains(String.format("it is %,d bytes; a progress file is at most %,d", size,
                LessonProgress.MAX_BYTES)), p.warning().get());
        assertTrue(p.setDone("join", true));
        assertEquals(size, Files.size(LessonProgress.badFile(f)), "the big file is kept, moved not copied");
        assertEquals(Set.of("join"), LessonProgress.load(f).done());
    }

    @Test
    void unknownFieldsFromANewerVersionAreSkipped() throws Exception {
        Path f = dir.resolve("progress.json");
        Files.writeString(f, "{\"version\": 2, \"scores\": {\"join\": [2, 2]}, \"done\": [\"channels\"]}");
        LessonProgress p = LessonProgress.load(f);
        assertEquals(Set.of("channels"), p.done());
        assertTrue(p.warning().isEmpty());
    }

    @Test
    void aSaveThatCannotWriteIsAWarningNotACrash() throws Exception {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x");
        LessonProgress p = LessonProgress.load(blocker.resolve("progress.json")); // parent is a file
        assertFalse(p.setDone("join", true));
        assertTrue(p.warning().orElseThrow().startsWith("Could not save progress"));
        assertTrue(p.isDone("join"), "still done for this session");
    }
}
