package asyncscope.lessons.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue loads the shipped lessons in course order; malformed files are reported by file, line and
 * column and do not stop the rest; every rule of the format names where it was broken.
 */
class LessonCatalogueTest {

    @Test
    void theShippedLessonsLoadInCourseOrder() {
        LessonCatalogue c = LessonCatalogue.builtIn();
        assertEquals(List.of(), c.problems());
        List<String> ids = c.lessons().stream().map(Lesson::id).toList();
        assertTrue(ids.containsAll(List.of("join", "select", "channels", "semaphore")), ids.toString());
        List<Integer> orders = c.lessons().stream().map(Lesson::order).toList();
        assertEquals(orders.stream().sorted().distinct().toList(), orders, "course order, no two lessons at one place");
        for (Lesson l : c.lessons()) {
            assertTrue(l.program().contains("#[tokio::main") || l.program().contains("Runtime"), l.id() + " has a Tokio program");
            assertTrue(l.tryThis().size() >= 2 && l.tryThis().size() <= 3, l.id());
            assertTrue(l.quiz().size() >= 3, l.id());
            assertTrue(l.quiz().stream().filter(q -> q.check() != null).count() >= 2, l.id() + ": most answers are facts of the run");
            assertTrue(l.narrative().startsWith("# "), l.id() + " narrative is Markdown with a heading");
            assertTrue(l.minutes() > 0, l.id() + " says how long it takes");
            assertFalse(l.teacherNotes().isBlank(), l.id() + " has teacher notes");
            assertFalse(l.stage().isEmpty(), l.id() + " says what the stage shows first");
            for (String p : l.prerequisites()) {
                assertTrue(c.byId(p).orElseThrow().order() < l.order(), l.id() + " comes after its prerequisite " + p);
            }
            for (QuizQuestion q : l.quiz()) {
                assertTrue(q.choices().size() >= 2 && !q.explanation().isBlank());
            }
        }
        Lesson join = c.byId("join").orElseThrow();
        assertEquals("about 300 ms", join.quiz().get(1).choices().get(join.quiz().get(1).answer()));
        assertTrue(join.tryThis().get(0).contains("How long does it take now"), "continuation lines are joined");
        assertEquals(List.of(StagePart.BLOCK_ON, StagePart.TIMERS), join.stage());
        assertTrue(join.shows(StagePart.TIMERS) && !join.shows(StagePart.BLOCKING));
        assertEquals(c.byId("select"), c.next(join));
        assertTrue(join.program().startsWith("use tokio") && join.program().equals(join.tryThis().isEmpty() ? "" : join.program()));
        String[] file = read("/lessons/join.md").split("\n", -1);
        assertEquals("```rust", file[join.programLine() - 2].strip(), "programLine is the program's first line in the file");
        assertEquals(join.program().lines().findFirst().orElseThrow(), file[join.programLine() - 1]);
    }

    private static String read(String resource) {
        try (var in = LessonCatalogueTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void malformedFilesAreReportedByFileAndLineAndTheOthersStillLoad() {
        LessonCatalogue c = LessonCatalogue.load(LessonCatalogueTest.class, "/badlessons/");
        assertEquals(List.of("good"), c.lessons().stream().map(Lesson::id).toList());
        assertEquals(4, c.problems().size(), c.problems().toString());
        assertEquals("no-answer.md:23:1: no choice is marked right (\"- [x] …\")", c.problems().get(0).toString());
        assertEquals("unclosed.md", c.problems().get(1).file());
        assertEquals(9, c.problems().get(1).line());
        assertTrue(c.problems().get(1).message().contains("never closed"));
        assertEquals("bad-order.md:5:8: order must be a whole number, got \"seven\"", c.problems().get(2).toString());
        assertEquals("index.txt", c.problems().get(3).file().replace("/badlessons/", ""));
        assertTrue(c.problems().get(3).message().contains("missing.md"));
    }

    @Test
    void eachRuleNamesItsLine() {
        assertLine(1, "title: x\n", "starts with");
        assertLine(2, "---\nnonsense\n---\n", "key: value");
        assertLine(3, "---\nid: a\nauthor: b\n---\n", "unknown front-matter key");
        String head = "---\nid: a\ntitle: A\ntopic: T\norder: 1\n---\n";
        assertLine(8, head + "text\n## Other\n", "expected \"## Program\"");
        assertLine(9, head + "text\n## Program\nfn main() {}\n", "fenced code block");
        String prog = head + "text\n## Program\n```rust\nfn main() {}\n```\n";
        assertLine(12, prog + "## Try this\n- one\n## Quiz\n", "needs 2 or 3 items");
        String tries = prog + "## Try this\n- one\n- two\n";
        assertLine(15, tries + "## Quiz\n### Q?\n- [ ] a\n- [x] b\n> why\n", "needs 3 to 8 questions");
        assertLine(18, 3, tries + "## Quiz\n### Q?\n- [x] a\n- [x] b\n", "second \"[x]\"");
    }

    private static final String HEAD = "---\nid: a\ntitle: A\ntopic: T\norder: 1\n";
    private static final String BODY = "---\ntext\n## Program\n```rust\nfn main() {}\n```\n";
    private static final String Q = "### Q?\n- [ ] 1\n- [x] 2\n> why\n";

    @Test
    void headerFieldsAreReadAndCheckedWithLineAndColumn() throws Exception {
        Lesson l = LessonParser.parse("t.md", HEAD + "minutes: 12\nprerequisites: join, select\nstage: block_on, timers\n"
                + "stop-at: wake, timer_fire\n" + BODY + "## Try this\n- a\n- b\n## Quiz\n" + Q + Q + Q
                + "## Teacher notes\nAsk the room.\n\n- a list\n");
        assertEquals(12, l.minutes());
        assertEquals(List.of("join", "select"), l.prerequisites());
        assertEquals(List.of(StagePart.BLOCK_ON, StagePart.TIMERS), l.stage());
        assertEquals(List.of(asyncscope.engine.event.EventKind.WAKE, asyncscope.engine.event.EventKind.TIMER_FIRE), l.stopAt());
        assertEquals("Ask the room.\n\n- a list\n", l.teacherNotes());
        assertEquals(14, l.programLine());
        assertLine(6, 10, HEAD + "minutes: ten\n" + BODY, "minutes must be a whole number");
        assertLine(6, 10, HEAD + "minutes: 0\n" + BODY, "between 1 and 240");
        assertLine(6, 16, HEAD + "stage: timers, wheel\n" + BODY, "unknown stage part \"wheel\"");
        assertLine(6, 16, HEAD + "stop-at: wake, wakes\n" + BODY, "unknown event kind \"wakes\"");
        assertLine(6, 1, HEAD + "author: me\n" + BODY, "unknown front-matter key \"author\"");
        assertLine(6, 16, HEAD + "prerequisites: join,, select\n" + BODY, "empty item");
        String quiz = BODY + "## Try this\n- a\n- b\n## Quiz\n" + Q + Q + Q;
        assertLine(28, 1, HEAD + quiz.replaceFirst("## Quiz", "## Quiz") + "## Notes\n", "expected \"## Teacher notes\"");
    }

    @Test
    void quizFactsAndTryThisEditsAreReadAndCheckedWithLineAndColumn() throws Exception {
        String tries = BODY + "## Try this\n- a\n  edit: `fn main` → `fn  main`\n  then: elapsed = 0 ms\n- b\n## Quiz\n";
        Lesson l = LessonParser.parse("t.md", HEAD + tries + Q + "? count \"x\" before \"y\"\n" + Q + "? simulated: events steal\n" + Q);
        assertEquals(RunFact.Kind.COUNT_BEFORE, l.quiz().get(0).check().kind());
        assertEquals(List.of("x", "y"), l.quiz().get(0).check().args());
        assertTrue(l.quiz().get(1).check().simulatedOnly());
        assertEquals(null, l.quiz().get(2).check());
        TryThis t = l.tries().get(0);
        assertEquals("fn  main() {}\n", t.apply(l.program()));
        assertEquals(RunFact.Kind.ELAPSED, t.expectations().get(0).fact().kind());
        assertEquals(List.of(), l.tries().get(1).edits());
        // a fact that does not parse: line and column of the word at fault
        assertLine(22, 3, HEAD + tries + Q.replace("> why\n", "> why\n? lines\n") + Q + Q, "unknown fact \"lines\"");
        assertLine(22, 10, HEAD + tries + Q.replace("> why\n", "> why\n? events stolen\n") + Q + Q, "unknown event kind \"stolen\"");
        assertLine(22, 13, HEAD + tries + Q.replace("> why\n", "> why\n? count \"x\" \"y\"\n") + Q + Q, "expected \",\" or \"before\"");
        assertLine(23, 1, HEAD + tries + Q.replace("> why\n", "> why\n? first line\n? last line\n") + Q + Q, "second \"?\"");
        String edit = BODY + "## Try this\n- a\n  edit: `fn main` => `x`\n  then: elapsed = 0 ms\n- b\n## Quiz\n" + Q + Q + Q;
        assertLine(14, 19, HEAD + edit, "expected \"→\"");
        assertLine(14, 9, HEAD + edit.replace("`fn main` => `x`", "fn main"), "in backticks");
        assertLine(15, 9, HEAD + edit.replace("=> `x`", "→ `x`").replace("elapsed = 0 ms", "elapsed 0 ms"), "then: FACT = value");
        assertLine(13, 1, HEAD + edit.replace("=> `x`", "→ `x`").replace("  then: elapsed = 0 ms\n", ""), "no \"then:\" line");
    }

    @Test
    void aTeachersFileWithABrokenProgramOrEditIsPlacedAtItsLineInTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String program = "---\ntext\n## Program\n```rust\n#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n```\n";
        java.nio.file.Path f = dir.resolve("mine.md");
        java.nio.file.Files.writeString(f, HEAD + program + "## Try this\n- a\n- b\n## Quiz\n" + Q + Q + Q);
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonFile.open(f));
        assertEquals("mine.md", e.file());
        assertEquals(12, e.line(), e.getMessage());
        assertEquals(13, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains("does not compile"), e.getMessage());
        String ok = program.replace("let x = ;", "let x = 1;\n    println!(\"{x}\");");
        java.nio.file.Files.writeString(f, HEAD + ok + "## Try this\n- a\n  edit: `let y` → `let z`\n  then: first line = 1\n- b\n## Quiz\n"
                + Q + Q + Q);
        e = assertThrows(LessonFormatException.class, () -> LessonFile.open(f));
        assertEquals(18, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("exactly once"), e.getMessage());
        java.nio.file.Files.writeString(f, HEAD + ok + "## Try this\n- a\n  edit: `let x = 1;` → `let x = ;`\n  then: first line = 1\n- b\n"
                + "## Quiz\n" + Q + Q + Q);
        e = assertThrows(LessonFormatException.class, () -> LessonFile.open(f));
        assertEquals(18, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("does not compile"), e.getMessage());
        java.nio.file.Files.writeString(f, HEAD + ok + "## Try this\n- a\n- b\n## Quiz\n" + Q + Q + Q);
        assertEquals("a", LessonFile.open(f).id());
        java.nio.file.Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        e = assertThrows(LessonFormatException.class, () -> LessonFile.open(f));
        assertTrue(e.getMessage().startsWith("mine.md:1:1: the file is not UTF-8"), e.getMessage());
    }

    private static void assertLine(int line, String text, String fragment) {
        assertLine(line, 1, text, fragment);
    }

    private static void assertLine(int line, int column, String text, String fragment) {
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse("t.md", text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.md:" + line + ":" + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
