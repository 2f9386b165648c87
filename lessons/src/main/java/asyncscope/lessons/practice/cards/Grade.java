package asyncscope.lessons.practice.cards;

/**
 * How well a learner knew a card, the three keys of a review: forgot it (back to box 1 and again in this
 * sitting), knew it with effort (it stays in its box and waits that box's interval), knew it (up one box).
 */
public enum Grade {
    FORGOT("Didn't know"),
    HARD("Knew it, with effort"),
    KNEW("Knew it");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
