package asyncscope.engine.future;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code join!}: runs several futures concurrently inside one task and completes when all have, with
 * their outputs in order. Each poll of the join polls every child that is not done yet (children share
 * the task's waker, so any of them waking re-polls the lot, as Tokio's {@code join!} does). No threads:
 * the concurrency is the interleaving of the children's polls, so the total time is the longest child,
 * not the sum. If the join is dropped, the unfinished children are dropped with it.
 */
public final class Join<T> implements Future<List<T>> {
    private final List<Future<? extends T>> children;
    private final Object[] outputs;
    private final boolean[] done;
    private int remaining;

    public Join(List<? extends Future<? extends T>> children) {
        this.children = new ArrayList<>(children);
        this.outputs = new Object[children.size()];
        this.done = new boolean[children.size()];
        this.remaining = children.size();
    }

    @SafeVarargs
    public static <T> Join<T> of(Future<? extends T>... children) {
        return new Join<>(Arrays.asList(children));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Poll<List<T>> poll(Context cx) {
        for (int i = 0; i < children.size(); i++) {
            if (done[i]) {
                continue;
            }
            Poll<? extends T> p = children.get(i).poll(cx);
            if (p.isReady()) {
                outputs[i] = p.value();
                done[i] = true;
                remaining--;
            }
        }
        if (remaining > 0) {
            return Poll.pending();
        }
        List<T> out = new ArrayList<>(outputs.length);
        for (Object o : outputs) {
            out.add((T) o);
        }
        return Poll.ready(out);
    }

    @Override
    public void drop() {
        for (int i = 0; i < children.size(); i++) {
            if (!done[i]) {
                done[i] = true;
                children.get(i).drop();
            }
        }
    }

    @Override
    public String describe() {
        return "join(" + children.size() + ")";
    }
}
