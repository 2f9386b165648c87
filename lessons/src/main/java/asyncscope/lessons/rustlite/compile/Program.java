package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.value.TypeInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled Rust-lite program: its functions and methods ({@code "Type::name"}), user types, the {@code main}
 * function and what {@code #[tokio::main(...)]} asked for. {@link #stateMachines()} lists, for every
 * {@code async fn} and {@code async} block, the states of the enum the Rust compiler would generate; a
 * spawned task is named after its proto, so the app can show a task's states from its SPAWN event. {@code warnings}
 * are what the checker warns about (a future never awaited, an unused {@code Result}).
 */
public record Program(Source source, Map<String, Proto> functions, Map<String, TypeInfo> types, Proto main,
                      boolean tokioMain, String flavor, int workerThreads, boolean tracksDrops,
                      Map<String, Proto> displayImpls, List<Proto> asyncProtos, List<Diagnostic> warnings) {

    /** The same program with the checker's warnings (printed before it runs, as cargo prints rustc's). */
    public Program withWarnings(List<Diagnostic> ws) {
        return new Program(source, functions, types, main, tokioMain, flavor, workerThreads, tracksDrops, displayImpls, asyncProtos,
                List.copyOf(ws));
    }

    /** Async fn / block name (as tasks are named) to its state names: Unresumed, Suspend0 (.await at L:C)..., Returned, Panicked. */
    public Map<String, List<String>> stateMachines() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Proto p : asyncProtos) {
            m.put(p.name, p.stateNames());
        }
        return m;
    }
}
