package asyncscope.lessons.practice.exam;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.cards.CardDeck;
import asyncscope.lessons.practice.cards.Flashcard;
import asyncscope.lessons.practice.drill.Dice;
import asyncscope.lessons.practice.drill.Drill;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.drill.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions of one timed test, drawn from a seed: drills from distinct templates, cards and bugs from
 * concepts not yet asked where possible (so the test spreads over the course), drills and cards shuffled
 * together, the bugs last (they take longest). The same spec gives the same test.
 */
public final class TimedTest {
    private final TestSpec spec;
    private final List<TestItem> items;

    private TimedTest(TestSpec spec, List<TestItem> items) {
        this.spec = spec;
        this.items = List.copyOf(items);
    }

    public static TimedTest build(TestSpec spec, DrillFactory drills, CardDeck deck, List<BugChallenge> bugs) {
        Dice d = new Dice(spec.seed());
        Set<Concept> asked = new HashSet<>();
        List<TestItem> quick = new ArrayList<>();
        int nDrills = spec.questions() - spec.cards() - spec.bugs();
        List<Template> templates = new ArrayList<>(drills.templates());
        d.shuffle(templates);
        for (int i = 0; i < nDrills; i++) {
            Template t = templates.get(i % templates.size());
            Drill drill = drills.next(t.id(), spec.seed() * 1_000 + i);
            asked.add(drill.concept());
            quick.add(new TestItem.DrillItem(drill));
        }
        List<Flashcard> cards = new ArrayList<>(deck.cards());
        d.shuffle(cards);
        for (Flashcard c : spread(cards, spec.cards(), asked, Flashcard::concept)) {
            quick.add(new TestItem.CardItem(c));
        }
        d.shuffle(quick);
        List<BugChallenge> pool = new ArrayList<>(bugs);
        d.shuffle(pool);
        List<TestItem> items = new ArrayList<>(quick);
        for (BugChallenge b : spread(pool, Math.min(spec.bugs(), pool.size()), asked, BugChallenge::concept)) {
            items.add(new TestItem.BugItem(b));
        }
        return new TimedTest(spec, items);
    }

    /** {@code n} of {@code from}, preferring concepts not in {@code asked} (which it updates). */
    private static <T> List<T> spread(List<T> from, int n, Set<Concept> asked, java.util.function.Function<T, Concept> concept) {
        Set<T> chosen = new LinkedHashSet<>();
        for (T t : from) {
            if (chosen.size() < n && !asked.contains(concept.apply(t))) {
                chosen.add(t);
                asked.add(concept.apply(t));
            }
        }
        for (T t : from) {
            if (chosen.size() < n) {
                chosen.add(t);
            }
        }
        return new ArrayList<>(chosen);
    }

    public TestSpec spec() {
        return spec;
    }

    public List<TestItem> items() {
        return items;
    }
}
