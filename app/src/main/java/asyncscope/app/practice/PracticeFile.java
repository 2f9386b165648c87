package asyncscope.app.practice;

import asyncscope.app.lesson.LessonProgress;
import asyncscope.lessons.practice.progress.PracticeStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where the app keeps practice progress: {@code practice.json} beside the lessons' {@code progress.json}
 * (so {@code -Dasyncscope.progress} moves both). A file of its own, so a lesson's save and a practice
 * answer never rewrite each other's data. Writes go to a temporary file moved into place; a file that could
 * not be read is first kept as {@code practice.json.bad}, so the learner's old progress is never lost
 * silently — and it is only replaced when an answer is saved, never by loading.
 */
public final class PracticeFile implements PracticeStore {
    /** A practice file larger than this is refused by its size (a real one is tens of kilobytes). */
    public static final long MAX_BYTES = 4L << 20;

    private final Path file;
    private boolean keepOld;

    public PracticeFile(Path file) {
        this.file = file;
    }

    /** {@code practice.json} beside the lessons' progress file. */
    public static PracticeFile standard() {
        return new PracticeFile(LessonProgress.defaultFile().resolveSibling("practice.json"));
    }

    public Path path() {
        return file;
    }

    /** Where an unreadable file is kept before it is replaced. */
    public Path badFile() {
        return file.resolveSibling(file.getFileName() + ".bad");
    }

    /** The loaded file could not be used: keep it as {@link #badFile()} before the next write replaces it. */
    public void keepOldOnWrite() {
        keepOld = true;
    }

    @Override
    public Optional<String> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(file + " is " + String.format("%,d", size) + " bytes, more than a practice file can be");
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Override
    public void write(String json) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (keepOld && Files.exists(file)) {
            Files.move(file, badFile(), StandardCopyOption.REPLACE_EXISTING);
        }
        keepOld = false;
        Path tmp = Files.createTempFile(dir, "practice", ".tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
