package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.task.JoinHandle;
import asyncscope.lessons.rustlite.value.Fmt;

/** {@code JoinHandle<T>} as the program sees it: awaiting gives {@code Ok(value)} or {@code Err(JoinError)}. */
public record RJoinHandle(JoinHandle<Object> handle) implements Fmt.Displayable {
    @Override
    public String display() {
        return "JoinHandle { id: Id(" + handle.id() + ") }";
    }
}
