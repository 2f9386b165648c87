package asyncscope.lessons.catalogue;

import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A lesson a teacher wrote, opened from disk (File › Open Lesson…): parsed, then checked the way the
 * built-in lessons are checked by the build — the program compiles, every "try this" edit applies to it
 * exactly once and the edited program compiles. Every problem is one {@link LessonFormatException} naming
 * the file, and the line and column in that file (a compile error inside the program is placed at its
 * line of the Markdown file, not of the program).
 */
public final class LessonFile {
    /** Larger files are refused before reading (a lesson is a page of text, not megabytes). */
    public static final long MAX_BYTES = 1 << 20;

    private LessonFile() {}

    public static Lesson open(Path path) throws LessonFormatException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String text;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new LessonFormatException(name, 1, 1, "the file is " + size + " bytes; a lesson file is at most " + MAX_BYTES);
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new LessonFormatException(name, 1, 1, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new LessonFormatException(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
        return check(LessonParser.parse(name, text));
    }

    /** The checks beyond the format: the program and every edited program compile, every edit applies. */
    public static Lesson check(Lesson l) throws LessonFormatException {
        compiles(l, l.program(), null);
        for (TryThis t : l.tries()) {
            String edited;
            try {
                edited = t.apply(l.program());
            } catch (IllegalArgumentException e) {
                int line = t.edits().stream().filter(x -> e.getMessage().startsWith("line " + x.line() + ":")).mapToInt(TryThis.Edit::line)
                        .findFirst().orElse(t.line());
                throw new LessonFormatException(l.file(), line, 1, "this edit's old text must occur exactly once in the program: "
                        + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
            }
            if (!t.edits().isEmpty()) {
                compiles(l, edited, t);
            }
        }
        return l;
    }

    private static void compiles(Lesson l, String program, TryThis edit) throws LessonFormatException {
        try {
            RustLite.compile(l.id() + ".rs", program);
        } catch (CompileError e) {
            Diagnostic d = e.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(e.diagnostics().get(0));
            if (edit == null) {
                throw new LessonFormatException(l.file(), l.programLine() + d.line() - 1, d.column(),
                        "the program does not compile: " + d.headline());
            }
            throw new LessonFormatException(l.file(), edit.edits().get(0).line(), 1, "with this \"try this\" edit the program does not compile ("
                    + "program line " + d.line() + ":" + d.column() + "): " + d.headline());
        } catch (RuntimeException e) {
            throw new LessonFormatException(l.file(), l.programLine(), 1, "the program cannot be compiled: " + e);
        }
    }
}
