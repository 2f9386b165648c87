package asyncscope.engine.io;

import asyncscope.engine.event.Payload;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A listening socket of the {@link SimNetwork}: a backlog of arrived connections and the tasks waiting to accept. */
final class SimListener implements ListenerIo {
    private final SimNetwork net;
    private final long id;
    private final InetSocketAddress local;
    private final ArrayDeque<SimSocket> backlog = new ArrayDeque<>();
    private final List<Waker> acceptors = new ArrayList<>(1);
    private boolean closed;

    SimListener(SimNetwork net, long id, InetSocketAddress local) {
        this.net = net;
        this.id = id;
        this.local = local;
    }

    @Override
    public long id() {
        return id;
    }

    boolean isClosed() {
        synchronized (net) {
            return closed;
        }
    }

    void enqueue(SimSocket s) {
        List<Waker> wake;
        synchronized (net) {
            backlog.add(s);
            wake = new ArrayList<>(acceptors);
            acceptors.clear();
        }
        if (!wake.isEmpty()) {
            net.emit(new Payload.IoReady(id, Interest.ACCEPT));
            SimNetwork.wakeAll(wake, id);
        }
    }

    @Override
    public Poll<IoResult<StreamIo>> pollAccept(Context cx) {
        synchronized (net) {
            if (closed) {
                return Poll.ready(IoResult.err(IoError.Kind.CLOSED, "accept on a closed listener"));
            }
            SimSocket s = backlog.poll();
            if (s != null) {
                return Poll.ready(IoResult.ok(s));
            }
            if (!acceptors.contains(cx.waker())) {
                acceptors.add(cx.waker());
            }
        }
        net.emit(new Payload.IoRegister(id, Interest.ACCEPT, "sim tcp listener " + local.getPort()));
        return Poll.pending();
    }

    @Override
    public void cancelWait(Waker waker) {
        synchronized (net) {
            acceptors.remove(waker);
        }
    }

    @Override
    public InetSocketAddress localAddr() {
        return local;
    }

    @Override
    public void close() {
        List<Waker> wake;
        List<SimSocket> pending;
        synchronized (net) {
            if (closed) {
                return;
            }
            closed = true;
            wake = new ArrayList<>(acceptors);
            acceptors.clear();
            pending = new ArrayList<>(backlog);
            backlog.clear();
        }
        net.unbind(this);
        for (SimSocket s : pending) {
            s.abort(); // connections never accepted are reset, as a real listener's close does
        }
        net.emit(new Payload.IoDeregister(id));
        SimNetwork.wakeAll(wake, id);
    }
}
