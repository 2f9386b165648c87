package asyncscope.engine.io;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.net.InetSocketAddress;

/** What a {@link TcpListener} needs from the network underneath (real or simulated). */
interface ListenerIo {
    long id();

    Poll<IoResult<StreamIo>> pollAccept(Context cx);

    void cancelWait(Waker waker);

    InetSocketAddress localAddr();

    void close();
}
