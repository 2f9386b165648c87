package asyncscope.lessons.rustlite.diag;

import java.util.List;

/**
 * Something rustc adds after a diagnostic's snippet: a {@code note} or a {@code help}. Without labels it prints on
 * one line ({@code = note: ...}); with labels it prints its own header and snippet ({@code note: ...}, {@code -->},
 * source lines); with an insertion it prints the source line as it would read with the suggested text added,
 * marking the new text with {@code +++}.
 */
public record Note(String kind, String text, List<Label> labels, Insertion insertion) {
    /** Text to insert before {@code column} on {@code line} (1-based). */
    public record Insertion(int line, int column, String text) {}

    public static Note note(String text) {
        return new Note("note", text, List.of(), null);
    }

    public static Note help(String text) {
        return new Note("help", text, List.of(), null);
    }

    public static Note note(String text, Label... labels) {
        return new Note("note", text, List.of(labels), null);
    }

    public static Note helpInsert(String text, int line, int column, String insert) {
        return new Note("help", text, List.of(), new Insertion(line, column, insert));
    }

    public boolean inline() {
        return labels.isEmpty() && insertion == null;
    }
}
