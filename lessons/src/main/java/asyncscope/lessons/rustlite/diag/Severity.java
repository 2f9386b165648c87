package asyncscope.lessons.rustlite.diag;

/** How bad a diagnostic is: an error stops the program from running, a warning is printed and the program runs. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    /** The word rustc starts the diagnostic with. */
    public String word() {
        return word;
    }
}
