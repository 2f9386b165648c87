package asyncscope.engine.runtime;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import java.util.concurrent.Callable;

/** The future of a blocking task: runs the callable to completion in its single poll. */
final class BlockingFuture<T> implements Future<T> {
    private final Callable<T> body;

    BlockingFuture(Callable<T> body) {
        this.body = body;
    }

    @Override
    public Poll<T> poll(Context cx) {
        try {
            return Poll.ready(body.call());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "spawn_blocking";
    }
}
