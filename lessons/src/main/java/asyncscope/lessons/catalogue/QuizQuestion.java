package asyncscope.lessons.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A question asked before the run: the choices, which one is right, and why (shown after the run). When
 * the answer is a fact of the run, {@code check} names that fact ({@code ? first line} in the lesson file)
 * and {@link #keyProblem} compares the marked choice with what a run did; {@code check} is null for a
 * question about an idea. {@code line} is the question's line in its file.
 */
public record QuizQuestion(String question, List<String> choices, int answer, String explanation, RunFact check, int line) {
    public QuizQuestion {
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of " + choices.size() + " choices");
        }
    }

    public QuizQuestion(String question, List<String> choices, int answer, String explanation) {
        this(question, choices, answer, explanation, null, 0);
    }

    /**
     * The choices that state what {@code run} did. For a time on the virtual clock: the nearest choice (and
     * near enough); on real threads, which only run late: the longest choice the run reached.
     */
    public List<Integer> choicesTrueOf(ObservedRun run) {
        RunFact.Value v = check.of(run);
        List<Integer> out = new ArrayList<>();
        if (v.isRealTime()) {
            // real time runs late, never early: the right choice is the longest one the run reached
            double reached = -1;
            for (int i = 0; i < choices.size(); i++) {
                Double ms = RunFact.millis(choices.get(i));
                if (ms != null && ms <= v.number() + Math.max(5, 0.1 * ms) && ms > reached) {
                    reached = ms;
                }
            }
            for (int i = 0; i < choices.size(); i++) {
                Double ms = RunFact.millis(choices.get(i));
                if (ms != null && ms == reached) {
                    out.add(i);
                }
            }
            return out;
        }
        if (v.shape() == RunFact.Shape.MILLIS) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < choices.size(); i++) {
                Double ms = RunFact.millis(choices.get(i));
                if (ms == null) {
                    continue;
                }
                double d = Math.abs(ms - v.number());
                if (d < best - 1e-9) {
                    best = d;
                    out.clear();
                    out.add(i);
                } else if (Math.abs(d - best) <= 1e-9) {
                    out.add(i);
                }
            }
            if (best > Math.max(5, 0.25 * v.number())) {
                out.clear(); // no choice is near what happened
            }
            return out;
        }
        for (int i = 0; i < choices.size(); i++) {
            if (RunFact.matches(choices.get(i), v)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Null when the marked choice, and only it, states what {@code run} did; otherwise what is wrong. */
    public String keyProblem(ObservedRun run) {
        if (check == null) {
            return null;
        }
        List<Integer> ok = choicesTrueOf(run);
        if (ok.equals(List.of(answer))) {
            return null;
        }
        return "\"" + question + "\" (line " + line + "): the run says " + check + " = " + check.of(run) + ", which "
                + (ok.isEmpty() ? "no choice states" : "is choice " + ok.stream().map(i -> "\"" + choices.get(i) + "\"").toList())
                + ", but the key marks \"" + choices.get(answer) + "\"";
    }
}
