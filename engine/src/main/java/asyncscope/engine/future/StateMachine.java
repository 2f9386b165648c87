package asyncscope.engine.future;

import java.util.List;

/**
 * A future that can say which state of its state machine it is in, the way the Rust compiler turns
 * an {@code async fn} into an enum: state 0 is "unresumed", one state per {@code .await}, then
 * "returned" (and "panicked"). The executor records the state at every poll; the app shows the enum.
 */
public interface StateMachine {
    /** The names of all states, index = state number. */
    List<String> stateNames();

    /** The state the future is in now. */
    int currentState();
}
