package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.bug.BugCatalogue;
import asyncscope.lessons.practice.cards.CardDeck;
import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.exam.ConceptScore;
import asyncscope.lessons.practice.exam.ItemResult;
import asyncscope.lessons.practice.exam.ResultExport;
import asyncscope.lessons.practice.exam.TestItem;
import asyncscope.lessons.practice.exam.TestResult;
import asyncscope.lessons.practice.exam.TestSession;
import asyncscope.lessons.practice.exam.TestSpec;
import asyncscope.lessons.practice.exam.TimedTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A timed test: its mix of questions, the clock, scoring with the per-concept breakdown, and the exports. */
class TimedTestTest {
    static final DrillFactory DRILLS = DrillFactory.standard();
    static final CardDeck DECK = CardDeck.load();

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static TimedTest ten(long seed) {
        return TimedTest.build(TestSpec.standard(10, 20, seed), DRILLS, DECK, BugCatalogue.load());
    }

    @Test
    void aTenQuestionTestMixesDrillsCardsAndBugsOverTheCourse() {
        TimedTest t = ten(3);
        List<TestItem> items = t.items();
        assertEquals(10, items.size());
        assertEquals(5, items.stream().filter(i -> i instanceof TestItem.DrillItem).count());
        assertEquals(3, items.stream().filter(i -> i instanceof TestItem.CardItem).count());
        assertEquals(2, items.stream().filter(i -> i instanceof TestItem.BugItem).count());
        assertTrue(items.get(8) instanceof TestItem.BugItem && items.get(9) instanceof TestItem.BugItem, "bugs come last");
        assertTrue(items.stream().map(TestItem::concept).distinct().count() >= 7, "spread over the course: "
                + items.stream().map(TestItem::concept).toList());
        assertEquals(5, items.stream().filter(i -> i instanceof TestItem.DrillItem d).map(i -> ((TestItem.DrillItem) i).drill().templateId())
                .distinct().count(), "drills from distinct templates");
        List<String> again = ten(3).items().stream().map(TestItem::title).toList();
        assertEquals(items.stream().map(TestItem::title).toList(), again, "the same seed gives the same test");
        assertFalse(again.equals(ten(4).items().stream().map(TestItem::title).toList()), "another seed, another test");
    }

    @Test
    void theClockScoresAndBreaksDownByConcept() {
        TimedTest t = ten(5);
        ManualClock clock = new ManualClock();
        TestSession s = new TestSession(t, clock);
        assertThrows(IllegalStateException.class, () -> s.markCard(0, true), "not started");
        s.start();
        double expected = 0;
        int firstDrill = -1;
        for (int i = 0; i < t.items().size(); i++) {
            TestItem it = t.items().get(i);
            clock.now = clock.now.plusSeconds(30);
            if (it instanceof TestItem.DrillItem d) {
                Drill drill = d.drill();
                boolean right = firstDrill >= 0;
                if (firstDrill < 0) {
                    firstDrill = i;
                }
                int choice = right ? drill.answer() : (drill.answer() + 1) % drill.choices().size();
                assertEquals(right, s.answerDrill(i, choice));
                expected += right ? 1 : 0;
            } else if (it instanceof TestItem.CardItem) {
                s.markCard(i, true);
                expected += 1;
            } else if (it instanceof TestItem.BugItem && s.answered() < 9) {
                s.recordBug(i, true, 2, false, "");
                expected += 0.5;
            }
        }
        assertEquals(9, s.answered(), "one bug left open");
        assertEquals(Duration.ofMinutes(20).minusSeconds(300), s.remaining());
        ItemResult wrong = s.result(firstDrill).orElseThrow();
        assertTrue(wrong.note().startsWith("Misconception: "), wrong.note());
        clock.now = clock.now.plus(Duration.ofMinutes(30));
        assertTrue(s.timeUp());
        int open = 9;
        assertThrows(IllegalStateException.class, () -> s.recordBug(open, true, 0, false, ""), "the time is up");
        TestResult r = s.finish();
        assertTrue(r.timedOut());
        assertEquals(Duration.ofMinutes(20), r.taken(), "time taken stops at the deadline");
        assertEquals(expected, r.points(), 1e-9);
        assertFalse(r.items().get(9).answered());
        double sum = r.byConcept().values().stream().mapToDouble(ConceptScore::points).sum();
        int qs = r.byConcept().values().stream().mapToInt(ConceptScore::questions).sum();
        assertEquals(r.points(), sum, 1e-9);
        assertEquals(10, qs);
    }

    @Test
    void aBugScoresLessPerHintAndNothingOnceTheAnswerWasShown() {
        TimedTest t = ten(7);
        TestSession s = new TestSession(t, new ManualClock());
        s.start();
        s.recordBug(8, true, 1, false, "");
        s.recordBug(9, true, 3, true, "");
        TestResult r = s.finish();
        assertEquals(0.75, r.items().get(8).points(), 1e-9);
        assertEquals(0, r.items().get(9).points(), 1e-9);
        assertFalse(r.timedOut());
    }

    @Test
    void resultsExportAsMarkdownAndEscapedHtml() {
        TimedTest t = ten(11);
        TestSession s = new TestSession(t, new ManualClock());
        s.start();
        for (int i = 0; i < t.items().size(); i++) {
            if (t.items().get(i) instanceof TestItem.DrillItem d) {
                s.answerDrill(i, d.drill().answer());
            }
        }
        TestResult r = s.finish();
        String md = ResultExport.markdown(r, ZoneOffset.UTC);
        assertTrue(md.startsWith("# Asyncscope technical test\n"));
        assertTrue(md.contains("- Score: **5 / 10** (50 %)"), md);
        assertTrue(md.contains("| concept | score | questions |"));
        assertTrue(md.contains("- Taken: 2026-03-02 10:00"));
        String html = ResultExport.html(r, ZoneOffset.UTC);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("score <strong>5 / 10</strong>"));
        assertFalse(html.replaceAll("<(/?)(html|head|meta|title|style|body|h1|h2|h3|p|table|tr|th|td|pre|strong|small)( [^>]*)?>", "")
                .matches("(?s).*<[a-zA-Z].*"), "every < of the content is escaped");
    }
}
