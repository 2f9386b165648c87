package asyncscope.app.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which lessons the learner has done, and the answers they gave to each lesson's quiz, kept across
 * restarts in a small JSON file, by default {@code ~/.asyncscope/progress.json}:
 * <pre>{"version":1,"done":["join"],"answers":{"join":[1,-1,0],"select":[2]},"revealed":["join"]}</pre>
 * ({@code -1}: not answered; {@code revealed}: the quizzes whose answers were shown). A file written
 * before answers were kept has neither field and loads as "nothing answered". The
 * location is injectable (tests use a temporary directory; the system property
 * {@code asyncscope.progress} overrides the default). A missing file means no progress; a file that cannot
 * be read or parsed, or is larger than {@link #MAX_BYTES}, is ignored with a warning and never stops the
 * app; before the next save replaces it, it is kept as {@code progress.json.bad}. Saves write a temporary file and move it into place, so a crash cannot leave half a file.
 */
public final class LessonProgress {
    private static final System.Logger LOG = System.getLogger(LessonProgress.class.getName());
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Set<String> done = new LinkedHashSet<>();
    private final Map<String, int[]> answers = new LinkedHashMap<>();
    private final Set<String> revealed = new LinkedHashSet<>();
    private String warning;
    /** The file on disk could not be read: keep it as {@link #badFile} before overwriting it. */
    private boolean unreadable;

    /** The largest progress file read (a real one is a few kilobytes); a larger one is refused by its size. */
    public static final long MAX_BYTES = 1 << 20;

    private LessonProgress(Path file) {
        this.file = file;
    }

    /** The default location: {@code -Dasyncscope.progress=…} if set, else {@code ~/.asyncscope/progress.json}. */
    public static Path defaultFile() {
        String p = System.getProperty("asyncscope.progress");
        return p != null && !p.isBlank() ? Path.of(p)
                : Path.of(System.getProperty("user.home"), ".asyncscope", "progress.json");
    }

    /** Reads the progress in {@code file}; never throws (see {@link #warning()}). */
    public static LessonProgress load(Path file) {
        LessonProgress p = new LessonProgress(file);
        if (!Files.exists(file)) {
            return p;
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) { // refused by its size, before a byte is read into memory
                throw new IOException("it is " + String.format("%,d", size) + " bytes; a progress file is at most "
                        + String.format("%,d", MAX_BYTES));
            }
            try (JsonParser in = JSON.createParser(Files.readAllBytes(file))) {
                p.parse(in);
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            p.done.clear();
            p.answers.clear();
            p.revealed.clear();
            p.unreadable = true;
            p.warn("Ignoring the unreadable progress file " + file + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "); lessons start as not done. It is kept as " + badFile(file).getFileName() + " when progress is next saved.");
        }
        return p;
    }

    /** Where an unreadable progress file is kept before a save replaces it: {@code progress.json.bad} beside it. */
    public static Path badFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".bad");
    }

    private void parse(JsonParser in) throws IOException {
        if (in.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("expected a JSON object at line " + in.getCurrentLocation().getLineNr());
        }
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.getCurrentName();
            JsonToken t = in.nextToken();
            if (name.equals("done")) {
                readIds(in, t, "done", done);
            } else if (name.equals("revealed")) {
                readIds(in, t, "revealed", revealed);
            } else if (name.equals("answers")) {
                if (t != JsonToken.START_OBJECT) {
                    throw new IOException("\"answers\" must map lesson ids to lists of choices (line "
                            + in.getCurrentLocation().getLineNr() + ")");
                }
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String lesson = in.getCurrentName();
                    if (in.nextToken() != JsonToken.START_ARRAY) {
                        throw new IOException("the answers of " + lesson + " must be a list (line "
                                + in.getCurrentLocation().getLineNr() + ")");
                    }
                    List<Integer> chosen = new ArrayList<>();
                    while ((t = in.nextToken()) != JsonToken.END_ARRAY) {
                        if (t != JsonToken.VALUE_NUMBER_INT) {
                            throw new IOException("an answer must be a choice number, -1 for none (line "
                                    + in.getCurrentLocation().getLineNr() + ")");
                        }
                        chosen.add(in.getIntValue());
                    }
                    answers.put(lesson, chosen.stream().mapToInt(Integer::intValue).toArray());
                }
            } else {
                in.skipChildren(); // fields of a newer version: keep going
            }
        }
        if (in.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("unexpected " + in.currentToken() + " at line " + in.getCurrentLocation().getLineNr());
        }
    }

    private static void readIds(JsonParser in, JsonToken t, String field, Set<String> into) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw new IOException("\"" + field + "\" must be a list of lesson ids (line " + in.getCurrentLocation().getLineNr() + ")");
        }
        while ((t = in.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw new IOException("a lesson id must be a string (line " + in.getCurrentLocation().getLineNr() + ")");
            }
            into.add(in.getText());
        }
    }

    /** The choices the learner made in a lesson's quiz (-1: none), or an empty array if none were kept. */
    public int[] answers(String lessonId) {
        int[] a = answers.get(lessonId);
        return a == null ? new int[0] : a.clone();
    }

    /** Whether the lesson's quiz answers were revealed when it was last open. */
    public boolean isRevealed(String lessonId) {
        return revealed.contains(lessonId);
    }

    /**
     * Keeps the learner's choices in a lesson's quiz and whether they were revealed, and saves; returns
     * false if the save failed (see warning()). All -1 and not revealed forgets the lesson's entry.
     */
    public boolean setAnswers(String lessonId, int[] chosen, boolean isRevealed) {
        boolean any = java.util.Arrays.stream(chosen).anyMatch(c -> c >= 0);
        if (any || isRevealed) {
            answers.put(lessonId, chosen.clone());
        } else {
            answers.remove(lessonId);
        }
        if (isRevealed) {
            revealed.add(lessonId);
        } else {
            revealed.remove(lessonId);
        }
        return save();
    }

    public boolean isDone(String lessonId) {
        return done.contains(lessonId);
    }

    public Set<String> done() {
        return Set.copyOf(done);
    }

    /** Marks (or unmarks) a lesson done and saves at once; returns false if the save failed (see warning()). */
    public boolean setDone(String lessonId, boolean isDone) {
        boolean changed = isDone ? done.add(lessonId) : done.remove(lessonId);
        return !changed || save();
    }

    /** Writes the file (creating its directory); a failure becomes a warning, not an exception. */
    public boolean save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (unreadable && Files.exists(file)) { // the learner's old file may be repairable by hand: keep it
                Files.move(file, badFile(file), StandardCopyOption.REPLACE_EXISTING);
            }
            unreadable = false;
            Path tmp = Files.createTempFile(dir, "progress", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 JsonGenerator g = JSON.createGenerator(w)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("version", 1);
                g.writeArrayFieldStart("done");
                for (String id : done) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("answers");
                for (Map.Entry<String, int[]> e : answers.entrySet()) {
                    g.writeArrayFieldStart(e.getKey());
                    for (int c : e.getValue()) {
                        g.writeNumber(c);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeArrayFieldStart("revealed");
                for (String id : revealed) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            warn("Could not save progress to " + file + ": " + e);
            return false;
        }
    }

    private void warn(String w) {
        warning = w;
        LOG.log(System.Logger.Level.WARNING, w);
    }

    /** The last problem reading or writing the file, if any. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    public Path file() {
        return file;
    }
}
