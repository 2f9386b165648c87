package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.Fmt;

/**
 * A panic's payload ({@code Box<dyn Any + Send>}) as {@code JoinError::into_panic} returns it: a {@code &'static str}
 * for {@code panic!("text")}, a {@code String} for a formatted message, told apart by {@code downcast_ref::<T>()}.
 */
public record PanicPayload(String message, boolean literal) implements Fmt.Displayable {
    @Override
    public String display() {
        return "Any { .. }";
    }
}
