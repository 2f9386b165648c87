package asyncscope.engine.io;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * What a {@link TcpStream} needs from the network underneath: the real one ({@link NioStream}, through
 * the {@link Reactor}) or the simulated one ({@link SimNetwork}). Each poll either completes or
 * registers the context's waker for the readiness it lacks and returns Pending.
 */
interface StreamIo {
    long id();

    /** Reads into {@code dst}; Ready(0) means end of stream. */
    Poll<IoResult<Integer>> pollRead(Context cx, ByteBuffer dst);

    /** Writes from {@code src} (at least one byte, unless {@code src} is empty). */
    Poll<IoResult<Integer>> pollWrite(Context cx, ByteBuffer src);

    /** A waiting read ({@link Interest#READ}) or write ({@link Interest#WRITE}) was abandoned. */
    void cancelWait(int op, Waker waker);

    /** Sends end-of-stream to the peer; reading stays possible. */
    IoResult<Void> shutdownOutput();

    /** Closes the socket (the peer reads end-of-stream). */
    void close();

    /** Closes abortively: the peer sees a reset. */
    void abort();

    InetSocketAddress localAddr();

    InetSocketAddress peerAddr();
}
