package asyncscope.lessons.rustlite;

import asyncscope.lessons.rustlite.compile.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Loads corpus programs and runs them, capturing stdout and stderr. */
final class CorpusSupport {
    private CorpusSupport() {}

    static final Path PROGRAMS = Path.of("src/test/resources/programs");
    static final Path ERRORS = Path.of("src/test/resources/errors");

    record Outcome(String out, String err, RunResult result) {}

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sibling(Path rs, String ext) {
        String n = rs.getFileName().toString();
        return rs.resolveSibling(n.substring(0, n.length() - 3) + ext);
    }

    /** A {@code // key: value} header line of a corpus program, or null. */
    static String header(String src, String key) {
        Matcher m = Pattern.compile("^// " + key + ": *(.*)$", Pattern.MULTILINE).matcher(src);
        return m.find() ? m.group(1).trim() : null;
    }

    static Outcome run(Path rs, RunOptions opts) {
        String src = read(rs);
        Program p = RustLite.compile(rs.getFileName().toString(), src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult r;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            r = RustLite.run(p, opts, o, e);
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), r);
    }
}
