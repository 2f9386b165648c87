package asyncscope.lessons.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A "try this" edit: the suggestion in words, and optionally the edit itself as text replacements of the
 * program ({@code edit: `old` → `new`}) with what the edited program then does ({@code then: FACT = value}),
 * so a test can prove the narrative right and the app can apply the edit for the learner.
 */
public record TryThis(String text, List<Edit> edits, List<Expectation> expectations, int line) {
    public TryThis {
        edits = List.copyOf(edits);
        expectations = List.copyOf(expectations);
    }

    /** Replace the one occurrence of {@code from} in the program by {@code to}. */
    public record Edit(String from, String to, int line) {}

    /** After the edit, {@code fact} is stated by {@code value} (read like a quiz choice). */
    public record Expectation(RunFact fact, String value, int line) {
        public boolean holds(ObservedRun run) {
            return RunFact.matches(value, fact.of(run));
        }

        @Override
        public String toString() {
            return fact + " = " + value;
        }
    }

    /** The program with the edits applied; each {@code from} must occur exactly once. */
    public String apply(String program) {
        String p = program;
        for (Edit e : edits) {
            int at = p.indexOf(e.from());
            if (at < 0 || p.indexOf(e.from(), at + 1) >= 0) {
                throw new IllegalArgumentException("line " + e.line() + ": `" + e.from() + "` must occur exactly once in the program");
            }
            p = p.substring(0, at) + e.to() + p.substring(at + e.from().length());
        }
        return p;
    }

    /** Whether the edit can be applied (every {@code from} occurs exactly once), as a list of problems. */
    public List<String> problemsWith(String program) {
        List<String> out = new ArrayList<>();
        try {
            apply(program);
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
        }
        return out;
    }
}
