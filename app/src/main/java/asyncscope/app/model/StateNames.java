package asyncscope.app.model;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a program's async state machines, as the Rust compiler's generated enum would call them
 * ({@code Unresumed}, {@code Suspend0 (.await at 12:9)}, ..., {@code Returned}, {@code Panicked}), keyed by
 * the async fn or block a task is named after. The trace carries only a state's index (in POLL_START /
 * POLL_END); this turns it back into a name and into the source line of the {@code .await} a task is
 * suspended at. Empty for programs that are not Rust-lite (the built-in demos).
 */
public final class StateNames {
    public static final StateNames NONE = new StateNames(Map.of());
    private static final Pattern AWAIT = Pattern.compile("\\(\\.await at (\\d+):(\\d+)\\)");

    private final Map<String, List<String>> machines;

    public StateNames(Map<String, List<String>> machines) {
        this.machines = Map.copyOf(machines);
    }

    public boolean isEmpty() {
        return machines.isEmpty();
    }

    /** Every state of the machine task {@code taskName} runs, or an empty list when unknown. */
    public List<String> states(String taskName) {
        return taskName == null ? List.of() : machines.getOrDefault(taskName, List.of());
    }

    /** The name of state {@code index} of {@code taskName}'s machine, or null when unknown. */
    public String name(String taskName, int index) {
        List<String> s = states(taskName);
        return index >= 0 && index < s.size() ? s.get(index) : null;
    }

    /** The 1-based line of the {@code .await} that state {@code index} is suspended at, or -1 if it is no suspend state. */
    public int awaitLine(String taskName, int index) {
        int[] p = awaitPosition(taskName, index);
        return p == null ? -1 : p[0];
    }

    /** {line, column} of the {@code .await} of state {@code index}, or null. */
    public int[] awaitPosition(String taskName, int index) {
        String n = name(taskName, index);
        if (n == null) {
            return null;
        }
        Matcher m = AWAIT.matcher(n);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }
}
