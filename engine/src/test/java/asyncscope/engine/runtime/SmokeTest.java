package asyncscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void spawnsAndJoins() {
        for (DriverKind d : DriverKind.values()) {
            for (int workers : new int[] {1, 2, 4}) {
                Recorder rec = new Recorder();
                try (Runtime rt = Runtime.builder().multiThread(workers).driver(d).seed(1).recorder(rec).build()) {
                    int sum = rt.blockOn(Futures.then(Futures.lazy(() -> {
                        List<JoinHandle<Integer>> hs = new ArrayList<>();
                        for (int i = 0; i < 1000; i++) {
                            int k = i;
                            hs.add(Handle.current().spawn(Futures.then(new YieldNow(), v -> Futures.ready(k))));
                        }
                        return hs;
                    }), hs -> Futures.map(Futures.sequence(hs), l -> l.stream().mapToInt(x -> x).sum())));
                    assertEquals(499500, sum, d + " " + workers);
                }
                System.out.println(d + " w=" + workers + " events=" + rec.size());
            }
        }
    }
}
