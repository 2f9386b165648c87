package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.task.JoinError;
import asyncscope.lessons.rustlite.value.Fmt;

/** {@code tokio::task::JoinError}: prints like Tokio ({@code task 3 panicked with message "boom"}). */
public record RJoinError(JoinError error, String panicText) implements Fmt.Displayable {
    @Override
    public String display() {
        if (error.isCancelled()) {
            return "task " + error.taskId() + " was cancelled";
        }
        return "task " + error.taskId() + " panicked with message \"" + panicText + "\"";
    }

    @Override
    public String debug() {
        if (error.isCancelled()) {
            return "JoinError::Cancelled(Id(" + error.taskId() + "))";
        }
        return "JoinError::Panic(Id(" + error.taskId() + "), \"" + panicText + "\", ..)";
    }
}
