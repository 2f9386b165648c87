package asyncscope.lessons.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lessons shipped with the app, in course order (by each file's {@code order}), read at start-up from {@code /lessons/index.txt} (one file name a
 * line) on the classpath. A file that cannot be read or parsed becomes a {@link Problem} naming the file
 * and line; the other lessons still load.
 */
public final class LessonCatalogue {
    /** A lesson file that failed to load. */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
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
            bad.add(new Problem(dir + "index.txt", 0, 0, e.getMessage()));
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
                bad.add(new Problem(dir + "index.txt", i + 1, 1, "cannot read " + name + ": " + e.getMessage()));
            } catch (LessonFormatException e) {
                bad.add(new Problem(e.file(), e.line(), e.column(), e.problem()));
            }
        }
        return checked(ok, bad);
    }

    /** Drops lessons whose id repeats one before it, reports prerequisites that name no lesson. */
    private static LessonCatalogue checked(List<Lesson> ok, List<Problem> bad) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Lesson> kept = new ArrayList<>();
        for (Lesson l : ok) {
            if (!ids.add(l.id())) {
                bad.add(new Problem(l.file(), l.headerLines().getOrDefault("id", 1), 1, "another lesson already has the id \"" + l.id() + "\""));
            } else {
                kept.add(l);
            }
        }
        for (Lesson l : kept) {
            for (String p : l.prerequisites()) {
                if (!ids.contains(p)) {
                    bad.add(new Problem(l.file(), l.headerLines().getOrDefault("prerequisites", 1), 1,
                            "prerequisite \"" + p + "\" is not a lesson of this catalogue"));
                }
            }
        }
        return new LessonCatalogue(kept, bad);
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

    /** The lesson with this id, if the catalogue has it. */
    public java.util.Optional<Lesson> byId(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lesson after {@code l} in course order, if any. */
    public java.util.Optional<Lesson> next(Lesson l) {
        int i = lessons.indexOf(l);
        if (i < 0) {
            i = lessons.stream().map(Lesson::id).toList().indexOf(l.id());
        }
        return i >= 0 && i + 1 < lessons.size() ? java.util.Optional.of(lessons.get(i + 1)) : java.util.Optional.empty();
    }
}
