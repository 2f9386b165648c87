package asyncscope.app.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The empty stage's message breaks between words to fit, instead of squeezing its letters. */
@ExtendWith(ApplicationExtension.class)
class StageTextWrapTest {
    private static final String MESSAGE =
            "Press Run (Ctrl+R) to run this program on the runtime; edit it freely, Reset restores it.";

    private static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void narrowStageGetsSeveralLinesEachFitting() {
        Font f = Font.font(20);
        List<String> lines = StageView.wrap(MESSAGE, f, 300);
        assertTrue(lines.size() >= 3, lines.toString());
        for (String l : lines) {
            assertTrue(width(l, f) <= 300, "'" + l + "' fits");
        }
        assertEquals(MESSAGE, String.join(" ", lines), "no word is lost or split");
    }

    @Test
    void wideStageBreaksOnlyAfterSentences() {
        List<String> lines = StageView.wrap(MESSAGE, Font.font(20), 5000);
        assertEquals(List.of("Press Run (Ctrl+R) to run this program on the runtime;", "edit it freely, Reset restores it."), lines);
    }
}
