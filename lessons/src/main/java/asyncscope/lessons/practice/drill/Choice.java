package asyncscope.lessons.practice.drill;

/** One choice of a drill: the answer it offers and, for a wrong one, the misconception behind it (null if right). */
public record Choice(Answer answer, Misconception misconception) {
    public String text() {
        return answer.render();
    }

    public boolean right() {
        return misconception == null;
    }
}
