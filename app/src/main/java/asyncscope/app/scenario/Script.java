package asyncscope.app.scenario;

import asyncscope.engine.event.Payload;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.StateMachine;
import asyncscope.engine.runtime.Current;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A hand-written {@code async fn} for the built-in demos: a list of steps, each either plain code or
 * an {@code .await} of a future it creates. It is a state machine the way the Rust compiler builds one:
 * state 0 "Unresumed", one "Suspend" state per await step, then "Returned", and it tells the runtime
 * its state ({@link StateMachine}) so the inspector can light the current one. Its value is the value
 * of the last awaited future.
 */
public final class Script implements Future<Object>, StateMachine {
    private record Step(String label, Supplier<? extends Future<?>> action) {}

    private final String name;
    private final List<Step> steps;
    private final List<String> stateNames = new ArrayList<>();
    private final int[] stateOfStep;
    private final java.util.function.UnaryOperator<Object> result;
    private int next;
    private Future<?> awaiting;
    private int state;
    private Object last;

    private Script(String name, List<Step> steps, java.util.function.UnaryOperator<Object> result) {
        this.name = name;
        this.result = result;
        this.steps = steps;
        this.stateOfStep = new int[steps.size()];
        stateNames.add("Unresumed");
        for (int i = 0; i < steps.size(); i++) {
            stateOfStep[i] = stateNames.size();
            stateNames.add("Suspend" + (i) + "(" + steps.get(i).label() + ")");
        }
        stateNames.add("Returned");
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public Poll<Object> poll(Context cx) {
        for (;;) {
            if (awaiting != null) {
                Poll<?> p = awaiting.poll(cx);
                if (!p.isReady()) {
                    return Poll.pending();
                }
                last = p.value();
                awaiting = null;
            }
            if (next == steps.size()) {
                state = stateNames.size() - 1;
                return Poll.ready(result == null ? last : result.apply(last));
            }
            Step s = steps.get(next);
            state = stateOfStep[next];
            next++;
            Future<?> f = s.action().get();
            if (f != null) {
                awaiting = f;
            }
        }
    }

    @Override
    public void drop() {
        if (awaiting != null) {
            awaiting.drop();
            awaiting = null;
        }
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public List<String> stateNames() {
        return stateNames;
    }

    @Override
    public int currentState() {
        return state;
    }

    /** {@code println!}: records an OUTPUT event on the current runtime (if it records) and nothing else. */
    public static void println(String text) {
        Current.get().emit(new Payload.Output(text, false));
    }

    /** Builds a {@link Script}. */
    public static final class Builder {
        private final String name;
        private final List<Step> steps = new ArrayList<>();
        private java.util.function.UnaryOperator<Object> result;

        private Builder(String name) {
            this.name = name;
        }

        /** Plain code, run when the script reaches it; no suspension. */
        public Builder run(String label, Runnable body) {
            steps.add(new Step(label, () -> {
                body.run();
                return null;
            }));
            return this;
        }

        /** {@code .await} on the future {@code make} creates when the script reaches this step. */
        public Builder await(String label, Supplier<? extends Future<?>> make) {
            steps.add(new Step(label, make));
            return this;
        }

        /** The same await {@code times} times in a row (a loop unrolled). */
        public Builder repeat(int times, String label, Supplier<? extends Future<?>> make) {
            for (int i = 0; i < times; i++) {
                await(label, make);
            }
            return this;
        }

        /** What the script returns, computed from the value of the last await. */
        public Builder returning(java.util.function.UnaryOperator<Object> f) {
            this.result = f;
            return this;
        }

        public Script build() {
            return new Script(name, List.copyOf(steps), result);
        }
    }
}
