package asyncscope.lessons.practice.bug;

import java.util.List;
import java.util.Optional;

/**
 * The help a candidate climbs one step at a time: three hints, each closer to the answer, then the answer
 * itself (the reference fix and why). Counts what was used, for the score.
 */
public final class HintLadder {
    private final BugChallenge challenge;
    private int shown;
    private boolean answerShown;

    public HintLadder(BugChallenge challenge) {
        this.challenge = challenge;
    }

    /** Restores a ladder to where a learner left it. */
    public HintLadder(BugChallenge challenge, int hintsShown, boolean answerShown) {
        this(challenge);
        this.shown = Math.max(0, Math.min(hintsShown, challenge.hints().size()));
        this.answerShown = answerShown && shown == challenge.hints().size();
    }

    /** The hints shown so far, in order. */
    public List<String> shown() {
        return challenge.hints().subList(0, shown);
    }

    public int hintsUsed() {
        return shown;
    }

    public boolean answerShown() {
        return answerShown;
    }

    /** What the next step would reveal: "hint 2 of 3" or "the answer"; empty once the answer is shown. */
    public Optional<String> nextLabel() {
        if (answerShown) {
            return Optional.empty();
        }
        return Optional.of(shown < challenge.hints().size() ? "hint " + (shown + 1) + " of " + challenge.hints().size()
                : "the answer");
    }

    /** Climbs one step: the next hint, or after the last hint the answer (the reference fix). Empty at the top. */
    public Optional<String> next() {
        if (shown < challenge.hints().size()) {
            return Optional.of(challenge.hints().get(shown++));
        }
        if (!answerShown) {
            answerShown = true;
            return Optional.of(challenge.fix());
        }
        return Optional.empty();
    }
}
