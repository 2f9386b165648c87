package asyncscope.engine.io;

import static asyncscope.engine.future.Futures.map;
import static asyncscope.engine.future.Futures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.runtime.SimulationDeadlock;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Echo rounds on every runtime shape, many seeds; a read nobody answers is a reported deadlock in simulation. */
@Timeout(300)
class IoStressTest {

    @Test
    void echoOnEveryShape() {
        int rounds = Rt.soak() ? 10 : 1;
        for (Rt.Shape shape : Rt.allShapes()) {
            for (int round = 0; round < rounds; round++) {
                try (Runtime rt = shape.build(round + 1, null)) {
                    int clients = shape.driver() == DriverKind.SIMULATED ? 100 : 200;
                    assertEquals(clients, TcpTest.echoRun(rt, clients, 1 + round * 997 % 20_000), shape.toString());
                    assertTrue(rt.core().internalErrors().isEmpty(), shape + ": " + rt.core().internalErrors());
                }
            }
        }
    }

    @Test
    void simulatedReadThatNobodyAnswersIsADeadlockNotAHang() {
        try (Runtime rt = Runtime.builder().multiThread(2).simulated(4).build()) {
            assertThrows(SimulationDeadlock.class, () -> rt.blockOn(then(TcpListener.bind(0), l -> {
                Handle.current().spawn(l.value().accept(), "acceptor", null); // accepts, never writes
                return then(TcpStream.connect(l.value().localAddr()), c -> c.value().read(10));
            })));
        }
    }

    @Test
    void manyConnectionsToAClosedListenerAreAllRefused() {
        for (DriverKind d : DriverKind.values()) {
            try (Runtime rt = Runtime.builder().multiThread(2).driver(d).seed(8).build()) {
                int refused = rt.blockOn(then(TcpListener.bind(0), lr -> {
                    java.net.InetSocketAddress addr = lr.value().localAddr();
                    lr.value().close();
                    List<JoinHandle<Boolean>> hs = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        hs.add(Handle.current().spawn(map(TcpStream.connect(addr),
                                r -> r.error() != null && r.error().kind() == IoError.Kind.REFUSED)));
                    }
                    return map(Futures.sequence(hs), l -> (int) l.stream().filter(b -> b).count());
                }));
                assertEquals(100, refused, d.toString());
            }
        }
    }
}
