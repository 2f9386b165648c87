package asyncscope.lessons.practice.drill.templates;

import java.util.List;
import java.util.stream.Collectors;

/** Writes the Rust source of a template, line by line, with rustfmt's indentation. */
final class Src {
    private final StringBuilder b = new StringBuilder();

    Src line(String text) {
        b.append(text).append('\n');
        return this;
    }

    Src blank() {
        b.append('\n');
        return this;
    }

    /** {@code #[tokio::main]} for the flavour: "current_thread", "multi_thread" (default), or a worker count. */
    Src tokioMain(String flavor, int workers) {
        if (flavor.equals("current_thread")) {
            return line("#[tokio::main(flavor = \"current_thread\")]");
        }
        if (workers > 0) {
            return line("#[tokio::main(flavor = \"multi_thread\", worker_threads = " + workers + ")]");
        }
        return line("#[tokio::main]");
    }

    static String str(String s) {
        return "\"" + s + "\"";
    }

    static String join(List<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
