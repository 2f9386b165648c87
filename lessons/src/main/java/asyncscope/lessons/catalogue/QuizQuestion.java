package asyncscope.lessons.catalogue;

import java.util.List;

/** A question asked before the run: the choices, which one is right, and why (shown after the run). */
public record QuizQuestion(String question, List<String> choices, int answer, String explanation) {
    public QuizQuestion {
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of " + choices.size() + " choices");
        }
    }
}
