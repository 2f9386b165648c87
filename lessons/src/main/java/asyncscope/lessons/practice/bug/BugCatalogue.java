package asyncscope.lessons.practice.bug;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The find-the-bug challenges shipped in {@code practice/bugs/} (listed in its {@code index.txt}), each a
 * Markdown file: a front matter (id, title, concept and the checks a fix must pass), then {@code ## Task},
 * {@code ## Broken}, {@code ## Fix} (each a rust block), {@code ## Hints} (a list of three) and {@code ## Why}.
 */
public final class BugCatalogue {
    private static final String DIR = "/practice/bugs/";

    private BugCatalogue() {}

    /** Every shipped challenge, in index order. */
    public static List<BugChallenge> load() {
        List<BugChallenge> out = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                out.add(parse(name, read(name)));
            }
        }
        return List.copyOf(out);
    }

    public static Optional<BugChallenge> byId(String id) {
        return load().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    private static String read(String name) {
        try (InputStream in = BugCatalogue.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + DIR + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one challenge file; throws {@link BugFormatException} naming the file and line. */
    public static BugChallenge parse(String file, String text) {
        DataFile d = DataFile.parse(file, text, (line, msg) -> new BugFormatException(file, line, msg));
        String id = d.require("id");
        Concept concept = Concept.of(d.require("concept"))
                .orElseThrow(() -> d.error(1, "unknown concept \"" + d.header().get("concept") + "\""));
        Checks checks = new Checks(
                d.header().getOrDefault("output", "exact"),
                number(d, "max-poll-ms", 0),
                Boolean.parseBoolean(d.header().getOrDefault("no-slower", "false")),
                (int) number(d, "max-queued", 0),
                (int) number(d, "max-permits", 0),
                Boolean.parseBoolean(d.header().getOrDefault("lost-messages", "false")),
                (int) number(d, "schedules", Checks.DEFAULT.schedules()));
        if (!checks.output().equals("exact") && !checks.output().equals("any-order")) {
            throw d.error(1, "output: must be exact or any-order, not \"" + checks.output() + "\"");
        }
        DataFile.Section hints = d.requireSection("Hints");
        List<String> items = DataFile.listItems(hints);
        if (items.size() != 3) {
            throw d.error(hints.line(), "## Hints needs exactly three hints, found " + items.size());
        }
        return new BugChallenge(id, d.require("title"), concept, d.requireSection("Task").text(),
                d.code(d.requireSection("Broken")), d.code(d.requireSection("Fix")), items,
                d.requireSection("Why").text(), checks, file);
    }

    private static long number(DataFile d, String key, long dflt) {
        String v = d.header().get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw d.error(1, key + ": expected a whole number, found \"" + v + "\"");
        }
    }
}
