package asyncscope.lessons.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue loads the four shipped lessons; malformed files are reported by file and line and do not stop the rest. */
class LessonCatalogueTest {

    @Test
    void theFourShippedLessonsLoad() {
        LessonCatalogue c = LessonCatalogue.builtIn();
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("join", "select", "channels", "semaphore"), c.lessons().stream().map(Lesson::id).toList());
        for (Lesson l : c.lessons()) {
            assertTrue(l.program().contains("#[tokio::main"), l.id() + " has a Tokio program");
            assertTrue(l.tryThis().size() >= 2 && l.tryThis().size() <= 3, l.id());
            assertEquals(2, l.quiz().size(), l.id());
            assertTrue(l.narrative().startsWith("# "), l.id() + " narrative is Markdown with a heading");
            for (QuizQuestion q : l.quiz()) {
                assertTrue(q.choices().size() >= 2 && !q.explanation().isBlank());
            }
        }
        Lesson join = c.lessons().get(0);
        assertEquals("about 300 ms", join.quiz().get(1).choices().get(join.quiz().get(1).answer()));
        assertTrue(join.tryThis().get(0).contains("How long does it take now"), "continuation lines are joined");
    }

    @Test
    void malformedFilesAreReportedByFileAndLineAndTheOthersStillLoad() {
        LessonCatalogue c = LessonCatalogue.load(LessonCatalogueTest.class, "/badlessons/");
        assertEquals(List.of("good"), c.lessons().stream().map(Lesson::id).toList());
        assertEquals(4, c.problems().size(), c.problems().toString());
        assertEquals("no-answer.md:23: no choice is marked right (\"- [x] …\")", c.problems().get(0).toString());
        assertEquals("unclosed.md", c.problems().get(1).file());
        assertEquals(9, c.problems().get(1).line());
        assertTrue(c.problems().get(1).message().contains("never closed"));
        assertEquals("bad-order.md:5: order must be a whole number, got \"seven\"", c.problems().get(2).toString());
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
        assertLine(15, tries + "## Quiz\n### Q?\n- [ ] a\n- [x] b\n> why\n", "exactly 2 questions");
        assertLine(18, tries + "## Quiz\n### Q?\n- [x] a\n- [x] b\n", "second \"[x]\"");
    }

    private static void assertLine(int line, String text, String fragment) {
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse("t.md", text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.md:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
