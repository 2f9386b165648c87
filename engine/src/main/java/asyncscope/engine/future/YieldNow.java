package asyncscope.engine.future;

import asyncscope.engine.event.WakeSource;

/**
 * {@code tokio::task::yield_now()}: the first poll wakes its own task and returns Pending, so the task
 * goes to the back of the run queue and everything queued before it runs first; the second poll is Ready.
 */
public final class YieldNow implements Future<Void> {
    private boolean yielded;

    @Override
    public Poll<Void> poll(Context cx) {
        if (yielded) {
            return Poll.ready(null);
        }
        yielded = true;
        cx.waker().wake(WakeSource.YIELD);
        return Poll.pending();
    }

    @Override
    public String describe() {
        return "yield_now";
    }
}
