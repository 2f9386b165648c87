package asyncscope.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.DriverKind;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Uneven load: one task spawns a burst of work onto its own worker. Idle workers must steal it: STEAL
 * events appear, and the stolen tasks are polled on other workers.
 */
class StealingTest {

    @ParameterizedTest
    @EnumSource(DriverKind.class)
    void idleWorkersStealFromABusyOne(DriverKind driver) {
        Recorder rec = new Recorder();
        Set<Long> burst = new HashSet<>();
        long spawner;
        try (Runtime rt = Runtime.builder().multiThread(4).driver(driver).seed(42).recorder(rec).build()) {
            JoinHandle<List<Integer>> top = rt.spawn(Rt.inside(() -> {
                List<JoinHandle<Integer>> hs = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    int k = i;
                    hs.add(Handle.current().spawn(Futures.lazy(() -> {
                        Rt.spin(driver == DriverKind.THREADED ? 100_000 : 0);
                        return k;
                    })));
                }
                hs.forEach(h -> burst.add(h.id()));
                return Futures.sequence(hs);
            }));
            spawner = top.id();
            List<Integer> out = rt.blockOn(top);
            assertEquals(400, out.size());
        }
        List<Event> events = rec.events();
        // Where was the spawner? All the burst was queued on that one worker.
        Map<Integer, Integer> pollsByWorker = new HashMap<>();
        long stolenTasks = 0;
        for (Event e : events) {
            if (e.payload() instanceof Payload.Steal s) {
                stolenTasks += s.count();
                for (long t : s.tasks()) {
                    // only tasks that sat in a run queue can be stolen: the burst, or the spawner woken by it
                    assertTrue(burst.contains(t) || t == spawner, "stolen task " + t + " is neither the burst nor its spawner");
                }
            }
            if (e.payload() instanceof Payload.PollStart && burst.contains(e.task())) {
                pollsByWorker.merge(e.worker(), 1, Integer::sum);
            }
        }
        assertTrue(stolenTasks > 0, "no STEAL event");
        assertTrue(pollsByWorker.size() >= 2, "burst polled on only " + pollsByWorker.keySet());
        assertEquals(400, pollsByWorker.values().stream().mapToInt(Integer::intValue).sum());
    }
}
