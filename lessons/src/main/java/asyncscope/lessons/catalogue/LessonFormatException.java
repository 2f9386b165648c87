package asyncscope.lessons.catalogue;

/**
 * A lesson file that does not follow the format, with the file and the 1-based line and column of the
 * problem (the column is 1 when the whole line is at fault).
 */
public final class LessonFormatException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public LessonFormatException(String file, int line, String problem) {
        this(file, line, 1, problem);
    }

    public LessonFormatException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
