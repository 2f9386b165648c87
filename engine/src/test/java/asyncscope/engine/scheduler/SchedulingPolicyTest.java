package asyncscope.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scheduling policies one by one: LIFO slot, LIFO cap, coop budget, inject fairness, overflow, parking. */
class SchedulingPolicyTest {

    private static Runtime sim(int workers, Recorder rec) {
        return Runtime.builder().multiThread(workers).simulated(1).recorder(rec).build();
    }

    @Test
    void taskSpawnedFromAWorkerGoesToItsLifoSlotAndRunsNext() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(1, rec)) {
            rt.blockOn(rt.spawn(Rt.inside(() -> Handle.current().spawn(Futures.ready(1), "child", null))));
        }
        List<Event> ev = rec.events();
        long child = ev.stream().filter(e -> e.payload() instanceof Payload.Spawn s && s.name().equals("child"))
                .findFirst().orElseThrow().task();
        Event sched = ev.stream().filter(e -> e.task() == child && e.payload() instanceof Payload.Schedule).findFirst().orElseThrow();
        assertEquals(Payload.Where.LIFO, ((Payload.Schedule) sched.payload()).where());
    }

    /** Two tasks waking each other forever would starve the queue; after 3 LIFO polls the next goes to the back. */
    @Test
    void lifoPollsAreCappedAtThree() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(1, rec)) {
            rt.blockOn(rt.spawn(Rt.inside(() -> {
                // A chain: each task spawns the next (into the LIFO slot) — 10 deep.
                return chain(10);
            })));
        }
        List<Event> ev = rec.events();
        long lifo = ev.stream().filter(e -> e.payload() instanceof Payload.Schedule s && s.where() == Payload.Where.LIFO).count();
        long bumped = ev.stream().filter(e -> e.payload() instanceof Payload.Schedule s && s.where() == Payload.Where.LOCAL
                && s.by() == -1).count();
        assertTrue(lifo >= 10, "chained spawns use the LIFO slot");
        assertTrue(bumped >= 2, "the LIFO chain was cut after 3 polls at least twice, got " + bumped);
    }

    private static Future<Integer> chain(int depth) {
        if (depth == 0) {
            return Futures.ready(0);
        }
        return Rt.inside(() -> Futures.map(Handle.current().spawn(chain(depth - 1)), v -> v + 1));
    }

    /** A task that could go on forever with ready join handles is made to yield after 128 operations. */
    @Test
    void coopBudgetForcesAYield() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(1, rec)) {
            List<JoinHandle<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                done.add(rt.spawn(Futures.ready(i)));
            }
            rt.blockOn(Futures.sequence(done)); // completes them all
            Recorder.class.getName();
            long before = rec.size();
            int polls = rt.blockOn(rt.spawn(new Future<Integer>() {
                int i;
                int myPolls;

                @Override
                public Poll<Integer> poll(Context cx) {
                    myPolls++;
                    while (i < done.size()) {
                        if (done.get(i).poll(cx).isPending()) {
                            return Poll.pending();
                        }
                        i++;
                    }
                    return Poll.ready(myPolls);
                }
            }));
            assertEquals(4, polls, "500 ready handles at 128 per poll need 4 polls");
            long budgetYields = rec.events().stream().skip(before).filter(e -> e.payload() instanceof Payload.BudgetYield).count();
            assertEquals(3, budgetYields);
        }
    }

    /** A join over many children that all hit the exhausted budget records one BUDGET_YIELD per poll, not one per child. */
    @Test
    void exhaustedBudgetIsReportedOncePerPoll() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(1, rec)) {
            List<JoinHandle<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                done.add(rt.spawn(Futures.ready(i)));
            }
            rt.blockOn(Futures.sequence(done));
            long before = rec.size();
            List<Integer> all = rt.blockOn(rt.spawn(new asyncscope.engine.future.Join<>(done)));
            assertEquals(1000, all.size());
            List<Event> ev = rec.events().subList((int) before, rec.size());
            long yields = ev.stream().filter(e -> e.payload() instanceof Payload.BudgetYield).count();
            long polls = ev.stream().filter(e -> e.payload() instanceof Payload.PollStart).count();
            assertTrue(yields >= 1 && yields < polls, yields + " budget yields for " + polls + " polls");
        }
    }

    /** Spawning more than 256 tasks on one worker spills half the local queue to the inject queue. */
    @Test
    void fullLocalQueueOverflowsHalfToInject() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(2, rec)) {
            rt.blockOn(rt.spawn(Rt.inside(() -> {
                List<JoinHandle<Integer>> hs = new ArrayList<>();
                for (int i = 0; i < 600; i++) {
                    hs.add(Handle.current().spawn(Futures.ready(i)));
                }
                return Futures.sequence(hs);
            })));
        }
        List<Payload.Move> overflows = rec.events().stream().map(Event::payload)
                .filter(p -> p instanceof Payload.Move m && m.to() == Payload.Where.INJECT)
                .map(p -> (Payload.Move) p).collect(Collectors.toList());
        assertTrue(!overflows.isEmpty(), "no overflow");
        for (Payload.Move m : overflows) {
            assertTrue(m.tasks().length == LocalQueue.CAPACITY / 2 + 1 || m.tasks().length == 1, "moved " + m.tasks().length);
        }
    }

    /** Idle workers park, and new work from outside unparks one. */
    @Test
    void idleWorkersParkAndAreUnparked() {
        Recorder rec = new Recorder();
        try (Runtime rt = sim(4, rec)) {
            rt.blockOn(new YieldNow());
            rt.blockOn(rt.spawn(Futures.ready(1)));
        }
        List<Event> ev = rec.events();
        assertTrue(ev.stream().anyMatch(e -> e.payload() instanceof Payload.Park));
        assertTrue(ev.stream().anyMatch(e -> e.payload() instanceof Payload.Unpark));
    }

    /** On the current-thread flavour, tasks run in the order they were woken, interleaved with main. */
    @Test
    void currentThreadRunsTasksInFifoOrder() {
        List<String> log = new ArrayList<>();
        try (Runtime rt = Runtime.builder().currentThread().simulated(0).build()) {
            rt.blockOn(Rt.inside(() -> {
                List<JoinHandle<Void>> hs = new ArrayList<>();
                for (String name : new String[] {"a", "b", "c"}) {
                    hs.add(Handle.current().spawn(Futures.then(Futures.run(() -> log.add(name + "1")),
                            v -> Futures.then(new YieldNow(), w -> Futures.run(() -> log.add(name + "2"))))));
                }
                log.add("main");
                return Futures.sequence(hs);
            }));
        }
        assertEquals(List.of("main", "a1", "b1", "c1", "a2", "b2", "c2"), log);
    }
}
