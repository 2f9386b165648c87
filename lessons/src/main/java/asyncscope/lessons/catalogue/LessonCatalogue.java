package asyncscope.lessons.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lessons shipped with the app, read at start-up from {@code /lessons/index.txt} (one file name a
 * line) on the classpath. A file that cannot be read or parsed becomes a {@link Problem} naming the file
 * and line; the other lessons still load.
 */
public final class LessonCatalogue {
    /** A lesson file that failed to load. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private final List<Lesson> lessons;
    private final List<Problem> problems;

    public LessonCatalogue(List<Lesson> lessons, List<Problem> problems) {
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList();
        this.problems = List.copyOf(problems);
    }

    /** Loads the built-in catalogue. */
    public static LessonCatalogue builtIn() {
        return load(LessonCatalogue.class, "/lessons/");
    }

    /** Loads the lessons listed in {@code dir + "index.txt"} from {@code anchor}'s classpath. */
    public static LessonCatalogue load(Class<?> anchor, String dir) {
        List<Lesson> ok = new ArrayList<>();
        List<Problem> bad = new ArrayList<>();
        String index;
        try {
            index = read(anchor, dir + "index.txt");
        } catch (IOException e) {
            bad.add(new Problem(dir + "index.txt", 0, e.getMessage()));
            return new LessonCatalogue(ok, bad);
        }
        String[] names = index.split("\n");
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                ok.add(LessonParser.parse(name, read(anchor, dir + name)));
            } catch (IOException e) {
                bad.add(new Problem(dir + "index.txt", i + 1, "cannot read " + name + ": " + e.getMessage()));
            } catch (LessonFormatException e) {
                bad.add(new Problem(e.file(), e.line(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
            }
        }
        return new LessonCatalogue(ok, bad);
    }

    private static String read(Class<?> anchor, String path) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("not found on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public List<Problem> problems() {
        return problems;
    }
}
