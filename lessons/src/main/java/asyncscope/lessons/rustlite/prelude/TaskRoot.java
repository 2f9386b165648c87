package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.StateMachine;
import asyncscope.engine.runtime.Current;
import asyncscope.lessons.rustlite.interp.Exec;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.interp.Watch;
import asyncscope.lessons.rustlite.value.RPanic;
import java.util.List;

/**
 * The outermost future of a task the program spawned (or of {@code main}): starts the watchdog for each poll,
 * and prints a panic the way Rust's panic hook does before it becomes the task's JoinError. It passes the
 * inner future's state machine through so the engine records the real {@code .await} states.
 */
public final class TaskRoot implements Future<Object>, StateMachine {
    private final Interp in;
    private final Future<Object> inner;
    private final String thread;

    public TaskRoot(Interp in, Future<Object> inner, String thread) {
        this.in = in;
        this.inner = inner;
        this.thread = thread;
    }

    @Override
    public Poll<Object> poll(Context cx) {
        Exec prev = Watch.begin(Current.get().taskId(), in.limits);
        try {
            return inner.poll(cx);
        } catch (RPanic p) {
            in.io.panicked(thread, p.line, p.column, p.getMessage());
            throw p;
        } catch (Exec.OverBudget o) {
            throw o; // the runner says why the run was stopped, once
        } catch (Exec.NotYielding n) {
            in.io.print("error: " + n.getMessage() + "\n", true);
            throw n;
        } finally {
            Watch.end(prev);
        }
    }

    /**
     * Drops the task's future (abort, a dropped JoinSet, runtime shutdown): the program's {@code Drop} impls
     * run here, under the same watchdog as a poll, so a destructor that loops for ever is stopped at its line
     * instead of hanging the run's end. A panicking destructor is printed as Rust's panic hook prints it and
     * rethrown: the engine turns it into the task's JoinError (a panic, as Tokio reports it). Once the run is
     * cancelled (its time limit, or Stop) nothing more of the program runs, destructors included.
     */
    @Override
    public void drop() {
        Exec prev;
        try {
            prev = Watch.begin(Current.get().taskId(), in.limits);
        } catch (Exec.Cancelled c) {
            return;
        }
        try {
            inner.drop();
        } catch (RPanic p) {
            in.io.panicked(thread, p.line, p.column, p.getMessage());
            throw p;
        } catch (Exec.NotYielding n) {
            in.io.print("error: " + n.getMessage() + " (in a Drop impl run as the task was dropped)\n", true);
            throw n;
        } finally {
            Watch.end(prev);
        }
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public List<String> stateNames() {
        return inner instanceof StateMachine sm ? sm.stateNames() : List.of("Unresumed", "Returned", "Panicked");
    }

    @Override
    public int currentState() {
        return inner instanceof StateMachine sm ? sm.currentState() : 0;
    }
}
