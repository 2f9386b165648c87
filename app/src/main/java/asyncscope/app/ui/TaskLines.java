package asyncscope.app.ui;

import asyncscope.app.model.StageState;
import asyncscope.app.model.StateNames;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TraceModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Which source line each task is at, at the playhead: the {@code .await} a Rust-lite task is suspended at
 * (its state machine's state, named by {@link StateNames}), else the line it was spawned at. The code view
 * highlights these lines, and a click on a line picks the task there. Pure: reads the model and a state.
 */
final class TaskLines {
    /** Above this many tasks the code view is not highlighted (a line per task says nothing then). */
    static final int MAX_TASKS = 2000;

    private TaskLines() {}

    /** Line of task {@code t} at the state {@code s}: its current {@code .await}, else its spawn site, else -1. */
    static int taskLine(StateNames names, TaskInfo t, StageState s) {
        int await = names.awaitLine(t.name(), s.stateMachineState(t.index()));
        return await > 0 ? await : t.span().isKnown() ? t.span().line() : -1;
    }

    /** Line to task for every live task; a running task wins its line. Empty above {@link #MAX_TASKS}. */
    static Map<Integer, Long> liveLines(StateNames names, TraceModel m, StageState s) {
        Map<Integer, Long> lines = new HashMap<>();
        if (m.tasks().size() > MAX_TASKS) {
            return lines;
        }
        for (TaskInfo t : m.tasks().all()) {
            TaskStatus st = s.status(t.index());
            if (st == TaskStatus.NEW || st.isFinished()) {
                continue;
            }
            int line = names.isEmpty() ? (t.span().isKnown() ? t.span().line() : -1) : taskLine(names, t, s);
            if (line > 0 && (st == TaskStatus.RUNNING || !lines.containsKey(line))) {
                lines.put(line, t.id());
            }
        }
        return lines;
    }

    /** The line of the task running at {@code s} (the strong highlight), or 0. */
    static int runningLine(StateNames names, TraceModel m, StageState s) {
        if (m.tasks().size() > MAX_TASKS) {
            return 0;
        }
        int last = 0;
        for (TaskInfo t : m.tasks().all()) {
            if (s.status(t.index()) == TaskStatus.RUNNING) {
                int line = names.isEmpty() ? (t.span().isKnown() ? t.span().line() : 0) : taskLine(names, t, s);
                if (names.isEmpty()) {
                    last = line > 0 ? line : last; // the demos' highlight: the last running task's spawn line
                } else {
                    return line;
                }
            }
        }
        return last;
    }

    /** The task at {@code line}: the one running at {@code s} if any, else a live one, else the first; -1 if none. */
    static long taskOnLine(StateNames names, TraceModel m, StageState s, int line) {
        if (m == null || s == null) {
            return -1;
        }
        long live = -1;
        long any = -1;
        for (TaskInfo t : m.tasks().all()) {
            if (t.span().line() != line && (names.isEmpty() || taskLine(names, t, s) != line)) {
                continue;
            }
            TaskStatus st = s.status(t.index());
            if (st == TaskStatus.RUNNING) {
                return t.id();
            }
            if (live < 0 && st != TaskStatus.NEW && !st.isFinished()) {
                live = t.id();
            }
            if (any < 0) {
                any = t.id();
            }
        }
        return live >= 0 ? live : any;
    }
}
