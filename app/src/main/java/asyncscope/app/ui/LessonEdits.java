package asyncscope.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The learner's edits of each lesson's program, kept until Reset — also across quitting and starting the
 * app: one file per lesson ({@code lesson-edits/<id>.rs}) beside the lesson progress, written when the
 * text changes (through a temporary file, so a crash leaves the old text or the new one), removed when
 * the edit is undone or Reset. Without a folder the edits live in memory only. A file that cannot be read,
 * or is larger than a program can be, is ignored: the lesson opens with its own program.
 */
public final class LessonEdits {
    /** Where the window keeps them; {@code -Dasyncscope.edits=none} keeps them in memory (the test runs do). */
    public static LessonEdits forWindow() {
        String p = System.getProperty("asyncscope.edits");
        if ("none".equals(p)) {
            return new LessonEdits(null);
        }
        return new LessonEdits(p != null ? Path.of(p)
                : asyncscope.app.lesson.LessonProgress.defaultFile().resolveSibling("lesson-edits"));
    }

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private final Path dir;
    private final Map<String, String> edits = new HashMap<>();

    /** Edits kept in {@code dir} (null: in memory only), read from it now. */
    public LessonEdits(Path dir) {
        this.dir = dir;
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                String id = name.endsWith(".rs") ? name.substring(0, name.length() - 3) : "";
                try {
                    if (SAFE_ID.matcher(id).matches() && Files.isRegularFile(f) && Files.size(f) <= SessionModel.MAX_FILE_BYTES) {
                        edits.put(id, Files.readString(f, StandardCharsets.UTF_8));
                    }
                } catch (IOException | RuntimeException e) {
                    // an unreadable edit is no edit: the lesson's own program opens
                }
            }
        } catch (IOException | RuntimeException e) {
            edits.clear();
        }
    }

    /** The kept edit of lesson {@code id}, or null. */
    public String get(String id) {
        return edits.get(id);
    }

    /** Keeps {@code text} as lesson {@code id}'s edit (and writes it). */
    public void put(String id, String text) {
        if (text.equals(edits.put(id, text)) || dir == null || !SAFE_ID.matcher(id).matches()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, id, ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(id + ".rs"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // kept in memory for this session; the file is a convenience
        }
    }

    /** Forgets lesson {@code id}'s edit (Reset, or the text is the lesson's own again). */
    public void remove(String id) {
        if (edits.remove(id) == null || dir == null || !SAFE_ID.matcher(id).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(id + ".rs"));
        } catch (IOException | RuntimeException e) {
            // it will be read again next start; Reset can be pressed again
        }
    }

    /** The folder the edits are kept in (null: memory only). */
    public Path dir() {
        return dir;
    }
}
