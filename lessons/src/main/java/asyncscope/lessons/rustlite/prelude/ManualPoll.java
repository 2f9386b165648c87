package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.interp.MutRef;
import asyncscope.lessons.rustlite.value.REnum;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code inner.poll(cx)} inside a hand-written {@code impl Future}: a future the program holds (a tokio
 * {@code Sleep}, a receiver, a join handle, another hand-written future), polled with the task's
 * own context, as Rust's {@code Pin::new(&mut inner).poll(cx)} or {@code self.inner.as_mut().poll(cx)}
 * does. The inner future keeps the waker it is given, so a timer or a channel wakes the outer task: the
 * way every combinator (join!, select!, timeout) is built. A value that becomes a future when awaited gets
 * one future for its whole life, so polling it again goes on where it left off.
 */
final class ManualPoll {
    private static final Map<Object, Future<Object>> AWAITED = Collections.synchronizedMap(new WeakHashMap<>());

    private ManualPoll() {}

    /** {@code Poll}'s own methods: {@code is_ready()}, {@code is_pending()}. */
    static Object pollMethod(REnum p, String name) {
        return switch (name) {
            case "is_ready" -> p.is("Ready");
            case "is_pending" -> p.is("Pending");
            default -> Methods.NO_SUCH;
        };
    }

    /** {@code Poll::Ready(v)} or {@code Poll::Pending}; {@link Methods#NO_SUCH} when this is no such call. */
    static Object poll(Interp in, Object recv, Object[] args, Insn at) {
        if (args.length != 1 || !(MutRef.strip(args[0]) instanceof UserFutures.Cx cx)) {
            return Methods.NO_SUCH;
        }
        Object target = MutRef.strip(recv);
        if (target instanceof asyncscope.lessons.rustlite.interp.Coroutine) {
            return Methods.NO_SUCH; // an async fn's own future is driven by .await only (see Methods)
        }
        Future<Object> f;
        if (target instanceof TokioFutures.Awaitable a) {
            f = AWAITED.computeIfAbsent(a, k -> a.future());
        } else if (target instanceof Future<?> || UserFutures.pollOf(in, target) != null
                || target instanceof RJoinHandle) {
            f = TokioFutures.toFuture(in, target, at);
        } else {
            return Methods.NO_SUCH;
        }
        Poll<Object> p = f.poll(cx.cx());
        return p.isReady()
                ? new REnum("Poll", "Ready", new Object[] {TokioFutures.fromJava(p.value())}, null, null)
                : new REnum("Poll", "Pending", REnum.NONE_FIELDS, null, null);
    }
}
