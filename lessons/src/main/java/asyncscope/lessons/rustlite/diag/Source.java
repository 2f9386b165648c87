package asyncscope.lessons.rustlite.diag;

/** A program's text and file name, split into lines for diagnostics. */
public final class Source {
    private final String file;
    private final String text;
    private final String[] lines;

    public Source(String file, String text) {
        this.file = file;
        this.text = text;
        this.lines = text.split("\r?\n", -1);
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    /** The 1-based line, or null when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : null;
    }
}
