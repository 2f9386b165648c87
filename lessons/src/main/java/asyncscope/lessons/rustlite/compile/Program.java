package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.value.TypeInfo;
import java.util.Map;

/**
 * A compiled Rust-lite program: its functions and methods ({@code "Type::name"}), user types, the {@code main}
 * function and what {@code #[tokio::main(...)]} asked for.
 */
public record Program(Source source, Map<String, Proto> functions, Map<String, TypeInfo> types, Proto main,
                      boolean tokioMain, String flavor, int workerThreads, boolean tracksDrops,
                      Map<String, Proto> displayImpls) {
}
