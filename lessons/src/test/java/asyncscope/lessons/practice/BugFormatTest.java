package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.bug.BugCatalogue;
import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.bug.BugFormatException;
import asyncscope.lessons.practice.bug.HintLadder;
import org.junit.jupiter.api.Test;

/** Challenge files that cannot be read say which file and line; the hint ladder climbs three hints, then the answer. */
class BugFormatTest {
    static final String GOOD = """
            ---
            id: t
            title: T
            concept: join
            output: any-order
            max-poll-ms: 20
            ---
            # T
            ## Task
            Do it.
            ## Broken
            ```rust
            fn main() {}
            ```
            ## Fix
            ```rust
            fn main() { println!("x"); }
            ```
            ## Hints
            1. one
            2. two,
               continued
            3. three
            ## Why
            Because.
            """;

    @Test
    void aGoodFileParses() {
        BugChallenge c = BugCatalogue.parse("t.md", GOOD);
        assertEquals("t", c.id());
        assertEquals(Concept.JOIN, c.concept());
        assertEquals("fn main() {}\n", c.broken());
        assertEquals("two, continued", c.hints().get(1));
        assertTrue(c.checks().anyOrder());
        assertEquals(20, c.checks().maxPollMillis());
    }

    @Test
    void brokenFilesNameTheFileAndLine() {
        BugFormatException e = assertThrows(BugFormatException.class,
                () -> BugCatalogue.parse("t.md", GOOD.replace("3. three\n", "")));
        assertTrue(e.getMessage().startsWith("t.md:19: ## Hints needs exactly three hints, found 2"), e.getMessage());
        e = assertThrows(BugFormatException.class, () -> BugCatalogue.parse("t.md", GOOD.replace("concept: join", "concept: nope")));
        assertTrue(e.getMessage().contains("unknown concept \"nope\""), e.getMessage());
        e = assertThrows(BugFormatException.class, () -> BugCatalogue.parse("t.md", GOOD.replace("max-poll-ms: 20", "max-poll-ms: x")));
        assertTrue(e.getMessage().contains("max-poll-ms: expected a whole number"), e.getMessage());
        e = assertThrows(BugFormatException.class, () -> BugCatalogue.parse("t.md", GOOD.replace("```rust\nfn main() {}\n```", "none")));
        assertTrue(e.getMessage().contains("\"## Broken\" needs a ```rust code block"), e.getMessage());
        e = assertThrows(BugFormatException.class, () -> BugCatalogue.parse("t.md", "id: x\n"));
        assertTrue(e.getMessage().startsWith("t.md:1: expected a front matter"), e.getMessage());
    }

    @Test
    void theHintLadderClimbsThreeHintsThenTheAnswer() {
        BugChallenge c = BugCatalogue.load().get(0);
        HintLadder h = new HintLadder(c);
        assertEquals("hint 1 of 3", h.nextLabel().orElseThrow());
        assertEquals(c.hints().get(0), h.next().orElseThrow());
        assertEquals(c.hints().get(1), h.next().orElseThrow());
        assertEquals("hint 3 of 3", h.nextLabel().orElseThrow());
        assertEquals(c.hints().get(2), h.next().orElseThrow());
        assertFalse(h.answerShown());
        assertEquals("the answer", h.nextLabel().orElseThrow());
        assertEquals(c.fix(), h.next().orElseThrow());
        assertTrue(h.answerShown());
        assertTrue(h.next().isEmpty());
        assertEquals(3, h.hintsUsed());
        HintLadder restored = new HintLadder(c, 2, true);
        assertEquals(2, restored.shown().size());
        assertFalse(restored.answerShown(), "the answer comes only after the third hint");
    }
}
