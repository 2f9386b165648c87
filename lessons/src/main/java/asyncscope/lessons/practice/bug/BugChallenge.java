package asyncscope.lessons.practice.bug;

import asyncscope.lessons.practice.Concept;
import java.util.List;

/**
 * A find-the-bug challenge: a broken program a candidate fixes in the editor. {@code task} says what the
 * program should do (Markdown), {@code broken} is what they start from, {@code fix} is the reference fix
 * (whose run sets the expected output and time), {@code hints} climb from a nudge to nearly the answer, and
 * {@code why} explains the bug once the answer is shown. Loaded from {@code practice/bugs/*.md}.
 */
public record BugChallenge(String id, String title, Concept concept, String task, String broken, String fix,
                           List<String> hints, String why, Checks checks, String file) {
    public BugChallenge {
        hints = List.copyOf(hints);
    }
}
