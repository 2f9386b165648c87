package asyncscope.lessons.practice.exam;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.cards.Flashcard;
import asyncscope.lessons.practice.drill.Drill;

/** One question of a timed test: a prediction drill, a flashcard (answered, then self-marked) or a bug to fix. */
public sealed interface TestItem {
    Concept concept();

    /** A short title for lists and the exported result. */
    String title();

    /** "drill", "card" or "bug". */
    String kind();

    record DrillItem(Drill drill) implements TestItem {
        public Concept concept() {
            return drill.concept();
        }

        public String title() {
            return drill.title();
        }

        public String kind() {
            return "drill";
        }
    }

    record CardItem(Flashcard card) implements TestItem {
        public Concept concept() {
            return card.concept();
        }

        public String title() {
            return card.front();
        }

        public String kind() {
            return "card";
        }
    }

    record BugItem(BugChallenge challenge) implements TestItem {
        public Concept concept() {
            return challenge.concept();
        }

        public String title() {
            return challenge.title();
        }

        public String kind() {
            return "bug";
        }
    }
}
