package asyncscope.engine.future;

import asyncscope.engine.event.Payload;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code select!}: polls several futures and completes with the first one to be ready; the others are
 * dropped on the spot (their {@link Future#drop} runs, releasing timers, waiter slots, permits), which
 * is how Rust cancels. By default each poll starts from a random branch so no branch is favoured; a
 * {@link #biased} select always polls in the order written. The random choice comes from the runtime's
 * seeded generator, so a simulated run chooses the same way every time.
 */
public final class Select<T> implements Future<Select.Winner<T>> {

    /** Which branch won (0-based, in the order given) and its output. */
    public record Winner<T>(int index, T value) {}

    private final List<Future<? extends T>> branches;
    private final boolean biased;
    private boolean finished;

    private Select(List<? extends Future<? extends T>> branches, boolean biased) {
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("select needs at least one branch");
        }
        this.branches = new ArrayList<>(branches);
        this.biased = biased;
    }

    public static <T> Select<T> of(List<? extends Future<? extends T>> branches) {
        return new Select<>(branches, false);
    }

    @SafeVarargs
    public static <T> Select<T> of(Future<? extends T>... branches) {
        return new Select<>(Arrays.asList(branches), false);
    }

    public static <T> Select<T> biased(List<? extends Future<? extends T>> branches) {
        return new Select<>(branches, true);
    }

    @SafeVarargs
    public static <T> Select<T> biased(Future<? extends T>... branches) {
        return new Select<>(Arrays.asList(branches), true);
    }

    @Override
    public Poll<Winner<T>> poll(Context cx) {
        if (finished) {
            throw new IllegalStateException("select polled after it completed");
        }
        int n = branches.size();
        int start = biased ? 0 : startIndex(n);
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            Poll<? extends T> p = branches.get(i).poll(cx);
            if (p.isReady()) {
                finished = true;
                dropAllBut(i);
                return Poll.ready(new Winner<>(i, p.value()));
            }
        }
        return Poll.pending();
    }

    private static int startIndex(int n) {
        RuntimeCore core = Current.get().core;
        return core == null ? 0 : core.randomInt(n);
    }

    private void dropAllBut(int winner) {
        Current c = Current.get();
        for (int i = 0; i < branches.size(); i++) {
            if (i == winner) {
                continue;
            }
            Future<? extends T> loser = branches.get(i);
            c.emit(new Payload.Drop(Payload.DropReason.SELECT_LOSER, loser.describe()));
            loser.drop();
        }
    }

    @Override
    public void drop() {
        if (!finished) {
            finished = true;
            for (Future<? extends T> b : branches) {
                b.drop();
            }
        }
    }

    @Override
    public String describe() {
        return (biased ? "select(biased, " : "select(") + branches.size() + ")";
    }
}
