package asyncscope.lessons.rustlite.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.rustlite.RustLite;
import org.junit.jupiter.api.Test;

/** What a diagnostic prints comes from a file someone else wrote: it must not be able to drive the terminal or flood it. */
class DiagnosticRenderTest {

    private static String render(String src) {
        return assertThrows(CompileError.class, () -> RustLite.compile("lesson.rs", src)).render();
    }

    @Test
    void controlCharactersFromTheSourceAreShownAsControlPictures() {
        String src = "fn main() {\n    let s = \"\u001b[2J\u0007\"; let x = ;\n}\n";
        String out = render(src);
        assertTrue(out.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7F || c >= 0x80 && c < 0xA0), out);
        assertTrue(out.contains("let s = \"\u241b[2J\u2407\"; let x = ;"), out);
        // the caret stays under the column: one picture per control character (rustc's layout: header, -->, |, source, marks)
        String[] lines = out.split("\n");
        int caret = lines[4].indexOf('^');
        assertEquals(';', lines[3].charAt(caret), out);
    }

    @Test
    void controlCharactersInAMessageAreShownToo() {
        String out = render("fn main() { let x = 1 \u001b]0;pwned\u0007 ; }");
        assertFalse(out.contains("\u001b"), out);
        assertFalse(out.contains("\u0007"), out);
    }

    @Test
    void aLongLineIsShownAsAWindowAroundTheColumn() {
        StringBuilder line = new StringBuilder("fn main() { ");
        for (int i = 0; i < 25; i++) {
            line.append("let a").append(i).append(" = ; ").append("x".repeat(400)).append("; ");
        }
        String out = render(line.append("}").toString());
        long errors = out.lines().filter(l -> l.trim().startsWith("--> lesson.rs:")).count();
        assertTrue(errors >= 10, out);
        assertTrue(out.length() < 300 * (errors + 1), "each diagnostic shows a window, not the 10 KB line: " + out.length());
        String[] lines = out.split("\n\n")[3].split("\n"); // the fourth diagnostic: mid-line
        int caret = lines[4].indexOf('^');
        assertEquals(';', lines[3].charAt(caret), out);
        String shown = lines[3].substring(lines[3].indexOf(" | ") + 3);
        assertTrue(shown.startsWith("...") && shown.endsWith("..."), lines[3]);
    }
}
