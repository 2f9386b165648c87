package asyncscope.lessons.rustlite.interp;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.StateMachine;
import java.util.List;

/**
 * The future of an {@code async fn} call or {@code async} block: Rust's generated state machine. Creating it
 * runs nothing (futures are lazy). Each poll resumes the interpreter frame at the {@code .await} it stopped at.
 * States are numbered as the compiler's enum would be: 0 Unresumed, 1..n one per {@code .await} (with its
 * source position), then Returned and Panicked. Dropping it before it finishes drops the future it was
 * awaiting and every local it still owns, so their {@code Drop} impls run (a {@code select!} loser's cleanup).
 */
public final class Coroutine implements Future<Object>, StateMachine, Droppable {
    private final Interp in;
    private Frame frame;
    private final List<String> names;
    private int state;
    private final String label;

    Coroutine(Interp in, Frame frame) {
        this.in = in;
        this.frame = frame;
        this.names = frame.proto.stateNames();
        this.label = frame.proto.name;
    }

    @Override
    public Poll<Object> poll(Context cx) {
        if (frame == null) {
            throw new IllegalStateException("`async fn` resumed after " + (state == names.size() - 2 ? "completion" : "panicking"));
        }
        frame.cx = cx;
        try {
            Object r = in.run(frame);
            if (r == Interp.SUSPEND) {
                state = frame.state;
                return Poll.pending();
            }
            state = names.size() - 2;
            frame = null;
            return Poll.ready(r);
        } catch (RuntimeException e) {
            state = names.size() - 1;
            frame = null;
            throw e;
        }
    }

    @Override
    public List<String> stateNames() {
        return names;
    }

    @Override
    public int currentState() {
        return state;
    }

    /** The proto's name: the function called ({@code fetch}) or {@code async block@L:C}. */
    public String name() {
        return label;
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public void drop() {
        Frame f = frame;
        if (f == null) {
            return;
        }
        frame = null;
        if (f.awaiting != null) {
            Future<?> a = f.awaiting;
            f.awaiting = null;
            a.drop();
        }
        while (f.sp > 0) {
            in.drop(f.pop());
        }
        in.dropLocals(f, null);
    }

    @Override
    public void release() {
        drop();
    }
}
