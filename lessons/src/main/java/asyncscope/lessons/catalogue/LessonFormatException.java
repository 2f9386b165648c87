package asyncscope.lessons.catalogue;

/** A lesson file that does not follow the format, with the file and 1-based line of the problem. */
public final class LessonFormatException extends Exception {
    private final String file;
    private final int line;

    public LessonFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
