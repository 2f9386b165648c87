package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.SelectInfo;
import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.task.JoinError;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.interp.Matcher;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * How Rust-lite's {@code .await}, {@code join!}, {@code try_join!} and {@code select!} map onto engine futures.
 * {@code join!} is the engine's {@link Join}; {@code select!} is a select that also knows Tokio's extra rules
 * (a branch whose pattern does not match is disabled and the others keep racing; {@code else} runs when all
 * are disabled). Losers are dropped on the spot, with a DROP event, so their cleanup runs.
 */
public final class TokioFutures {
    private TokioFutures() {}

    /** Which select! branch won (-1: else) and the value it produced. */
    public record Winner(int index, Object value) {}

    @SuppressWarnings("unchecked")
    public static Future<Object> toFuture(Interp in, Object v, Insn at) {
        v = asyncscope.lessons.rustlite.interp.MutRef.strip(v);
        if (v instanceof RJoinHandle h) {
            return new JoinAwait(h);
        }
        if (v instanceof Future<?> f) {
            return (Future<Object>) f;
        }
        if (v instanceof Awaitable a) {
            return a.future();
        }
        var userPoll = UserFutures.pollOf(in, v);
        if (userPoll != null) {
            return UserFutures.wrap(in, (asyncscope.lessons.rustlite.value.RStruct) v, userPoll);
        }
        throw new RPanic("`" + Fmt.debug(v, false) + "` is not a future: only async fn calls, async blocks and tokio futures can be awaited",
                at.line, at.col);
    }

    /** Something that becomes a future when awaited (a Sleep value, a JoinSet...). */
    public interface Awaitable {
        Future<Object> future();
    }

    /** Engine results as Rust-lite values. */
    public static Object fromJava(Object v) {
        if (v == null) {
            return Unit.UNIT;
        }
        if (v instanceof String s) {
            return new RStr(s);
        }
        if (v instanceof Integer i) {
            return RInt.of(i, asyncscope.lessons.rustlite.value.IntTy.I32);
        }
        if (v instanceof Long l) {
            return RInt.of(l, asyncscope.lessons.rustlite.value.IntTy.U64);
        }
        if (v instanceof List<?> l) {
            Object[] items = new Object[l.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fromJava(l.get(i));
            }
            return new RTuple(items);
        }
        return v;
    }

    /** Awaiting a JoinHandle: {@code Ok(v)}, or {@code Err(JoinError)} when the task panicked or was cancelled. */
    public static final class JoinAwait implements Future<Object> {
        private final RJoinHandle h;

        public JoinAwait(RJoinHandle h) {
            this.h = h;
        }

        @Override
        public Poll<Object> poll(Context cx) {
            try {
                Poll<Object> p = h.handle().poll(cx);
                return p.isReady() ? Poll.ready(REnum.ok(fromJava(p.value()))) : Poll.pending();
            } catch (JoinError e) {
                return Poll.ready(REnum.err(new RJoinError(e, e.panicMessage())));
            }
        }

        @Override
        public String describe() {
            return h.handle().describe();
        }
    }

    public static Future<Object> join(Interp in, Object[] futs, boolean isTry, Insn at) {
        List<Future<Object>> fs = new ArrayList<>();
        for (Object f : futs) {
            fs.add(toFuture(in, f, at));
        }
        if (!isTry) {
            Join<Object> j = new Join<>(fs);
            return new Future<>() {
                @Override
                public Poll<Object> poll(Context cx) {
                    Poll<List<Object>> p = j.poll(cx);
                    return p.isReady() ? Poll.ready(fromJava(p.value())) : Poll.pending();
                }

                @Override
                public void drop() {
                    j.drop();
                }

                @Override
                public String describe() {
                    return j.describe();
                }
            };
        }
        return new TryJoin(fs);
    }

    /** {@code try_join!}: like join, but the first {@code Err} ends it (the rest are dropped). */
    static final class TryJoin implements Future<Object> {
        private final List<Future<Object>> fs;
        private final Object[] out;
        private final boolean[] done;
        private int left;

        TryJoin(List<Future<Object>> fs) {
            this.fs = fs;
            this.out = new Object[fs.size()];
            this.done = new boolean[fs.size()];
            this.left = fs.size();
        }

        @Override
        public Poll<Object> poll(Context cx) {
            for (int i = 0; i < fs.size(); i++) {
                if (done[i]) {
                    continue;
                }
                Poll<Object> p = fs.get(i).poll(cx);
                if (p.isReady()) {
                    done[i] = true;
                    left--;
                    Object v = fromJava(p.value());
                    if (v instanceof REnum e && e.is("Err")) {
                        drop();
                        return Poll.ready(e);
                    }
                    out[i] = v instanceof REnum e && e.is("Ok") ? e.fields[0] : v;
                }
            }
            return left == 0 ? Poll.ready(REnum.ok(new RTuple(out))) : Poll.pending();
        }

        @Override
        public void drop() {
            for (int i = 0; i < fs.size(); i++) {
                if (!done[i]) {
                    done[i] = true;
                    fs.get(i).drop();
                }
            }
        }

        @Override
        public String describe() {
            return "try_join(" + fs.size() + ")";
        }
    }

    public static Future<Object> select(Interp in, Object[] futs, SelectInfo info, int nlocals, Insn at) {
        List<Future<Object>> fs = new ArrayList<>();
        for (Object f : futs) {
            fs.add(f == SelectInfo.DISABLED ? null : toFuture(in, f, at));
        }
        return new SelectFuture(fs, info, nlocals);
    }

    /** {@code tokio::select!}: random start (seeded) unless biased; non-matching results disable their branch. */
    static final class SelectFuture implements Future<Object> {
        private final List<Future<Object>> fs;
        private final SelectInfo info;
        private final int nlocals;
        private final boolean[] disabled;
        private boolean finished;

        SelectFuture(List<Future<Object>> fs, SelectInfo info, int nlocals) {
            this.fs = fs;
            this.info = info;
            this.nlocals = nlocals;
            this.disabled = new boolean[fs.size()];
            for (int i = 0; i < fs.size(); i++) {
                disabled[i] = fs.get(i) == null;
            }
        }

        @Override
        public Poll<Object> poll(Context cx) {
            int n = fs.size();
            int start = 0;
            if (!info.biased()) {
                Current c = Current.get();
                start = c.core == null ? 0 : c.core.randomInt(n);
            }
            boolean anyLive = false;
            for (int k = 0; k < n; k++) {
                int i = (start + k) % n;
                if (disabled[i]) {
                    continue;
                }
                Poll<Object> p = fs.get(i).poll(cx);
                if (p.isReady()) {
                    Object v = fromJava(p.value());
                    if (Matcher.test(info.patterns().get(i), v, nlocals)) {
                        finished = true;
                        disabled[i] = true;
                        dropLosers("select-loser");
                        return Poll.ready(new Winner(i, v));
                    }
                    disabled[i] = true;
                    continue;
                }
                anyLive = true;
            }
            if (!anyLive) {
                finished = true;
                if (!info.hasElse()) {
                    throw new RPanic("all branches are disabled and there is no else branch");
                }
                return Poll.ready(new Winner(-1, Unit.UNIT));
            }
            return Poll.pending();
        }

        private void dropLosers(String why) {
            Current c = Current.get();
            Emitter em = c.core == null ? null : c.core.emitter();
            for (int i = 0; i < fs.size(); i++) {
                Future<Object> f = fs.get(i);
                if (f != null && !disabled[i]) {
                    disabled[i] = true;
                    if (em != null) {
                        em.emit(c.workerIndex(), c.taskId(), new Payload.Drop(Payload.DropReason.SELECT_LOSER, f.describe()));
                    }
                    f.drop();
                }
            }
        }

        @Override
        public void drop() {
            if (!finished) {
                finished = true;
                for (int i = 0; i < fs.size(); i++) {
                    if (fs.get(i) != null && !disabled[i]) {
                        disabled[i] = true;
                        fs.get(i).drop();
                    }
                }
            }
        }

        @Override
        public String describe() {
            return (info.biased() ? "select(biased, " : "select(") + fs.size() + ")";
        }
    }
}
