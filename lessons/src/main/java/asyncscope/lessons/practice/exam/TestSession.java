package asyncscope.lessons.practice.exam;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.drill.Choice;
import asyncscope.lessons.practice.drill.Drill;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A timed test being taken: the clock starts at {@link #start}, answers are recorded per question until the
 * time is up (answers after that are refused), and {@link #finish} scores it. Drills and cards score 1 or 0;
 * a fixed bug scores 1 less a quarter per hint used, and 0 once the answer was shown. Unanswered questions
 * score 0. The clock is injected so tests need not wait.
 */
public final class TestSession {
    private final TimedTest test;
    private final Clock clock;
    private final Map<Integer, ItemResult> results = new TreeMap<>();
    private Instant started;
    private Instant finished;

    public TestSession(TimedTest test, Clock clock) {
        this.test = test;
        this.clock = clock;
    }

    public TimedTest test() {
        return test;
    }

    public void start() {
        if (started == null) {
            started = clock.instant();
        }
    }

    public boolean started() {
        return started != null;
    }

    /** The time left (the full allowance before the start, zero when up). */
    public Duration remaining() {
        if (started == null) {
            return test.spec().time();
        }
        Instant end = finished != null ? finished : clock.instant();
        Duration left = test.spec().time().minus(Duration.between(started, end));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean timeUp() {
        return started != null && remaining().isZero();
    }

    public boolean over() {
        return finished != null || timeUp();
    }

    /** Whether question {@code i} has been answered. */
    public Optional<ItemResult> result(int i) {
        return Optional.ofNullable(results.get(i));
    }

    public int answered() {
        return results.size();
    }

    private TestItem item(int i, Class<? extends TestItem> kind) {
        if (started == null) {
            throw new IllegalStateException("the test has not started");
        }
        if (over()) {
            throw new IllegalStateException("the time is up");
        }
        if (results.containsKey(i)) {
            throw new IllegalStateException("question " + (i + 1) + " is already answered");
        }
        TestItem it = test.items().get(i);
        if (!kind.isInstance(it)) {
            throw new IllegalArgumentException("question " + (i + 1) + " is a " + it.kind());
        }
        return it;
    }

    /** The candidate picked choice {@code choice} of drill question {@code i}; returns whether it is right. */
    public boolean answerDrill(int i, int choice) {
        Drill d = ((TestItem.DrillItem) item(i, TestItem.DrillItem.class)).drill();
        Choice c = d.choices().get(choice);
        String note = c.right() ? d.decision().sentence()
                : "Misconception: " + c.misconception().belief() + ". " + c.misconception().explanation();
        results.put(i, new ItemResult(i, "drill", d.title(), d.concept(), c.right() ? 1 : 0, true, c.text(),
                d.right().text(), note));
        return c.right();
    }

    /** The candidate (or the interviewer) marked card question {@code i} as known or not. */
    public void markCard(int i, boolean knew) {
        TestItem.CardItem c = (TestItem.CardItem) item(i, TestItem.CardItem.class);
        results.put(i, new ItemResult(i, "card", c.card().front(), c.concept(), knew ? 1 : 0, true,
                knew ? "knew it" : "did not know it", c.card().back(), ""));
    }

    /** A bug question ended: fixed (accepted by the judge) or given up, with the help used. */
    public void recordBug(int i, boolean solved, int hintsUsed, boolean answerShown, String lastVerdict) {
        TestItem.BugItem b = (TestItem.BugItem) item(i, TestItem.BugItem.class);
        double points = !solved || answerShown ? 0 : Math.max(0, 1 - 0.25 * hintsUsed);
        String note = (hintsUsed == 0 ? "no hints" : hintsUsed + (hintsUsed == 1 ? " hint" : " hints"))
                + (answerShown ? ", answer shown" : "");
        results.put(i, new ItemResult(i, "bug", b.title(), b.concept(), points, true,
                solved ? "fixed" : "not fixed" + (lastVerdict == null || lastVerdict.isBlank() ? "" : " (" + lastVerdict + ")"),
                "fixed", note));
    }

    /** Ends the test (the time may not be up) and scores it. */
    public TestResult finish() {
        if (started == null) {
            start();
        }
        if (finished == null) {
            Instant now = clock.instant();
            Instant deadline = started.plus(test.spec().time());
            finished = now.isAfter(deadline) ? deadline : now;
        }
        List<ItemResult> all = new ArrayList<>();
        Map<Concept, double[]> by = new EnumMap<>(Concept.class);
        for (int i = 0; i < test.items().size(); i++) {
            TestItem it = test.items().get(i);
            ItemResult r = results.get(i);
            if (r == null) {
                r = new ItemResult(i, it.kind(), it.title(), it.concept(), 0, false, "not answered", rightOf(it), "");
            }
            all.add(r);
            double[] s = by.computeIfAbsent(it.concept(), k -> new double[2]);
            s[0] += r.points();
            s[1]++;
        }
        Map<Concept, ConceptScore> scores = new EnumMap<>(Concept.class);
        by.forEach((k, v) -> scores.put(k, new ConceptScore(v[0], (int) v[1])));
        Duration taken = Duration.between(started, finished);
        return new TestResult(started, taken, test.spec().time(), !taken.minus(test.spec().time()).isNegative(),
                test.spec().seed(), all, scores);
    }

    private static String rightOf(TestItem it) {
        if (it instanceof TestItem.DrillItem d) {
            return d.drill().right().text();
        }
        if (it instanceof TestItem.CardItem c) {
            return c.card().back();
        }
        return "fixed";
    }
}
