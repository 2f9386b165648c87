package asyncscope.engine.io;

import java.nio.channels.SelectionKey;

/**
 * Readiness a task can wait for, with the same bits as {@link SelectionKey} (and the IO_REGISTER /
 * IO_READY events): read 1, write 4, connect 8, accept 16. Read and accept are the "read side" of a
 * socket, write and connect its "write side"; each side has its own waiting tasks.
 */
public final class Interest {
    public static final int READ = SelectionKey.OP_READ;
    public static final int WRITE = SelectionKey.OP_WRITE;
    public static final int CONNECT = SelectionKey.OP_CONNECT;
    public static final int ACCEPT = SelectionKey.OP_ACCEPT;

    /** The read side: data, EOF, an error, or a connection to accept. */
    public static final int READ_SIDE = READ | ACCEPT;
    /** The write side: room to write, or a connection attempt finished. */
    public static final int WRITE_SIDE = WRITE | CONNECT;

    private Interest() {}

    public static String describe(int ops) {
        StringBuilder b = new StringBuilder();
        if ((ops & READ) != 0) b.append("read|");
        if ((ops & WRITE) != 0) b.append("write|");
        if ((ops & CONNECT) != 0) b.append("connect|");
        if ((ops & ACCEPT) != 0) b.append("accept|");
        return b.length() == 0 ? "none" : b.substring(0, b.length() - 1);
    }
}
