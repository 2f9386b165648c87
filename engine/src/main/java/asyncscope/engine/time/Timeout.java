package asyncscope.engine.time;

import asyncscope.engine.event.Payload;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Current;
import java.time.Duration;

/**
 * {@code tokio::time::timeout}: runs {@code inner} against a {@link Sleep}. Each poll tries the inner
 * future first, then the delay. If the inner future finishes, the delay's timer is cancelled and the
 * value comes back as {@link TimeoutResult.Ok}; if the delay fires first, the inner future is
 * <em>dropped</em> (its cleanup runs, a DROP event with reason TIMEOUT is recorded) and the answer is
 * {@link TimeoutResult.Elapsed}.
 */
public final class Timeout<T> implements Future<TimeoutResult<T>> {
    private Future<T> inner;
    private final Sleep delay;
    private final Duration limit;
    private boolean done;

    Timeout(Duration limit, Future<T> inner) {
        this.inner = inner;
        this.limit = limit;
        this.delay = Sleep.labelled(limit, "timeout");
    }

    @Override
    public Poll<TimeoutResult<T>> poll(Context cx) {
        if (done) {
            throw new IllegalStateException("timeout polled after completion");
        }
        Poll<T> p = inner.poll(cx);
        if (p.isReady()) {
            done = true;
            inner = null;
            delay.drop();
            return Poll.ready(new TimeoutResult.Ok<>(p.value()));
        }
        if (delay.poll(cx).isReady()) {
            done = true;
            Future<T> f = inner;
            inner = null;
            Current.get().emit(new Payload.Drop(Payload.DropReason.TIMEOUT, f.describe()));
            f.drop();
            return Poll.ready(new TimeoutResult.Elapsed<>(limit));
        }
        return Poll.pending();
    }

    @Override
    public void drop() {
        if (!done) {
            done = true;
            inner.drop();
            inner = null;
            delay.drop();
        }
    }

    @Override
    public String describe() {
        return "timeout(" + limit.toMillis() + "ms, " + (inner == null ? "-" : inner.describe()) + ")";
    }
}
