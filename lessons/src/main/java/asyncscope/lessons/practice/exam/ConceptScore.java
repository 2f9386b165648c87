package asyncscope.lessons.practice.exam;

/** Points scored and questions asked for one concept. */
public record ConceptScore(double points, int questions) {
    public int percent() {
        return questions == 0 ? 0 : (int) Math.round(100 * points / questions);
    }
}
