package asyncscope.engine.runtime;

import asyncscope.engine.event.Payload;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;

/**
 * Cooperative scheduling budget, as in Tokio. Each time a worker runs a task it grants a budget of
 * {@link #BUDGET} operations; resources (join handles, channels, timers, semaphores) spend one unit per
 * ready operation. When it runs out, the resource answers Pending even though it could proceed, after
 * waking the task: the task goes to the back of the queue and its neighbours get a turn. Without this,
 * a task draining an always-full channel would never let the others run.
 */
public final class Coop {
    public static final int BUDGET = 128;

    private Coop() {}

    /**
     * Spends one unit of the current poll's budget. Returns false (after waking the task and recording a
     * BUDGET_YIELD) when the budget is used up: the caller must then return {@code Poll.pending()}.
     */
    public static boolean proceed(Context cx) {
        Current c = Current.get();
        int b = c.budget;
        if (b == Current.UNCONSTRAINED) {
            return true;
        }
        if (b > 0) {
            c.budget = b - 1;
            return true;
        }
        if (b == 0) {
            // First refusal in this poll: record it once (a join over many children would otherwise
            // report one yield per child), and mark the budget as "refused already".
            c.budget = EXHAUSTED_REPORTED;
            c.emit(new Payload.BudgetYield());
        }
        cx.waker().wake(WakeSource.BUDGET);
        return false;
    }

    /** Budget value after the first refusal of a poll has been recorded. */
    private static final int EXHAUSTED_REPORTED = -1;

    /** Whether the current poll has used up its budget. */
    public static boolean exhausted() {
        return Current.get().budget <= 0;
    }
}
