package asyncscope.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import asyncscope.app.scenario.BlockingDemo;
import asyncscope.app.scenario.ChannelDemo;
import asyncscope.app.scenario.SemaphoreDemo;
import asyncscope.app.scenario.SleepJoinDemo;
import asyncscope.app.scenario.JoinDemo;
import asyncscope.app.scenario.PingPongDemo;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.ScaleDemo;
import asyncscope.app.scenario.Scenario;
import asyncscope.app.scenario.SelectDemo;
import asyncscope.app.scenario.StealingDemo;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Trace;
import asyncscope.engine.runtime.Flavor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model against traces recorded from real engine runs, both drivers, one to four workers: at every
 * index it matches an independent plain replay, seeking anywhere from anywhere equals replaying forward,
 * and on simulated traces every poll takes its task from where the scheduler's rules say it must be.
 */
class TraceModelTest {

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (Scenario s : List.of(new StealingDemo(), new JoinDemo(), new SelectDemo(), new PingPongDemo(),
                new BlockingDemo(), new ChannelDemo(), new SemaphoreDemo(), new SleepJoinDemo(), new ScaleDemo(300))) {
            for (int workers : new int[] {1, 2, 4}) {
                for (long seed : new long[] {1, 2, 3}) {
                    out.add(Arguments.of(s, new RunSettings(false, seed, workers, Flavor.MULTI_THREAD)));
                }
                out.add(Arguments.of(s, new RunSettings(true, 1, workers, Flavor.MULTI_THREAD)));
            }
            out.add(Arguments.of(s, new RunSettings(false, 9, 1, Flavor.CURRENT_THREAD)));
            out.add(Arguments.of(s, new RunSettings(true, 9, 1, Flavor.CURRENT_THREAD)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void everyIndexMatchesAPlainReplay(Scenario scenario, RunSettings settings) throws Exception {
        Trace trace = scenario.run(settings);
        TraceModel model = new TraceModel(trace);
        assertTrue(model.size() > 10, "the run recorded events");
        ReferenceReplay ref = new ReferenceReplay(model.workers());
        StageState forward = model.newState();
        ref.assertSame(forward, 0);
        for (int i = 0; i < model.size(); i++) {
            Event e = model.event(i);
            if (!settings.live()) {
                checkSchedulerRules(forward, e, i);
            }
            ref.apply(e);
            forward.apply(e);
            ref.assertSame(forward, i + 1);
            checkOnePlacePerTask(forward, i + 1);
        }
        // At the end of a finished program every task is done and every queue is empty.
        int[] counts = forward.statusCounts();
        assertEquals(model.tasks().size(), counts[TaskStatus.DONE.ordinal()],
                "all tasks done at the end: " + java.util.Arrays.toString(counts));
        for (int w = 0; w < model.workers(); w++) {
            assertEquals(0, forward.localQueueSize(w));
            assertEquals(-1, forward.running(w));
        }
        assertEquals(0, forward.injectSize());
    }

    /** On a simulated trace a poll on worker w takes the task from w's LIFO slot, the front of its local queue or the front of the inject queue. */
    private static void checkSchedulerRules(StageState s, Event e, int i) {
        if (!(e.payload() instanceof Payload.PollStart) || e.worker() < 0) {
            return;
        }
        int t = s.tasks().indexOf(e.task());
        if (s.place(t) == Place.BLOCKING_THREAD) {
            return;
        }
        int w = e.worker();
        boolean fromLifo = s.lifo(w) == e.task();
        boolean fromLocal = s.localQueueSize(w) > 0 && s.localQueueAt(w, 0) == e.task();
        boolean fromInject = s.injectSize() > 0 && s.injectAt(0) == e.task();
        boolean root = s.place(t) == Place.MAIN;
        if (!(fromLifo || fromLocal || fromInject || root)) {
            fail("event " + i + " " + e + ": polled task was at " + s.place(t) + " lane " + s.lane(t) + "; " + s);
        }
    }

    private static void checkOnePlacePerTask(StageState s, int at) {
        int n = s.tasks().size();
        int[] seen = new int[n];
        for (int w = 0; w < s.workers(); w++) {
            mark(s, seen, s.running(w), Place.RUNNING, w, at);
            mark(s, seen, s.lifo(w), Place.LIFO, w, at);
            for (long id : s.localQueue(w)) {
                mark(s, seen, id, Place.LOCAL, w, at);
            }
        }
        for (long id : s.injectQueue()) {
            mark(s, seen, id, Place.INJECT, -1, at);
        }
        for (int i = 0; i < n; i++) {
            Place p = s.place(i);
            boolean counted = p == Place.RUNNING && s.lane(i) >= 0 || p == Place.LIFO || p == Place.LOCAL || p == Place.INJECT;
            if (counted && seen[i] != 1) {
                fail("at " + at + " task " + s.tasks().get(i).id() + " says " + p + " but is on the stage " + seen[i] + " times");
            }
            if ((p == Place.LOCAL || p == Place.INJECT || p == Place.LIFO) && s.status(i) != TaskStatus.QUEUED) {
                fail("at " + at + " task " + s.tasks().get(i).id() + " in a queue with status " + s.status(i));
            }
        }
    }

    private static void mark(StageState s, int[] seen, long id, Place p, int lane, int at) {
        if (id < 0) {
            return;
        }
        int t = s.tasks().indexOf(id);
        seen[t]++;
        if (s.place(t) != p || s.lane(t) != lane) {
            fail("at " + at + " task " + id + " drawn at " + p + " " + lane + " but its place says " + s.place(t) + " " + s.lane(t));
        }
    }

    @Test
    void seekingAnywhereFromAnywhereEqualsForwardReplay() throws Exception {
        Trace trace = new ScaleDemo(1200).run(RunSettings.simulated(5, 3));
        TraceModel model = new TraceModel(trace);
        assertTrue(model.size() > 3 * model.keyframeInterval(), "trace spans several keyframes: " + model.size());
        Random r = new Random(42);
        StageState cursor = model.newState();
        for (int k = 0; k < 150; k++) {
            int target = k % 5 == 0 ? Math.max(0, cursor.applied() - 1) : r.nextInt(model.size() + 1);
            model.seek(cursor, target);
            StageState truth = fromZero(model, target);
            assertTrue(truth.sameAs(cursor), "seek to " + target);
            assertTrue(truth.sameAs(model.stateAt(target)), "stateAt " + target);
        }
        // Every keyframe boundary and its neighbours.
        for (int kf = 0; kf * model.keyframeInterval() <= model.size(); kf++) {
            for (int d = -1; d <= 1; d++) {
                int at = Math.min(model.size(), Math.max(0, kf * model.keyframeInterval() + d));
                model.seek(cursor, at);
                assertTrue(fromZero(model, at).sameAs(cursor), "boundary " + at);
            }
        }
    }

    private static StageState fromZero(TraceModel m, int index) {
        StageState s = m.newState();
        for (int i = 0; i < index; i++) {
            s.apply(m.event(i));
        }
        return s;
    }

    @Test
    void sameSeedGivesTheSameStageAtEveryKeyframe() throws Exception {
        TraceModel a = new TraceModel(new StealingDemo().run(RunSettings.simulated(77, 4)));
        TraceModel b = new TraceModel(new StealingDemo().run(RunSettings.simulated(77, 4)));
        assertEquals(a.size(), b.size());
        for (int i = 0; i <= a.size(); i += 7) {
            assertEquals(a.stateAt(i).toString(), b.stateAt(i).toString());
        }
    }

    @Test
    void stealingDemoReallySteals() throws Exception {
        TraceModel m = new TraceModel(new StealingDemo().run(RunSettings.simulated(7, 4)));
        long steals = m.events().stream().filter(e -> e.payload() instanceof Payload.Steal).count();
        assertTrue(steals > 0, "idle workers stole work");
        // After the first steal, the thief's local queue holds exactly the stolen tasks (minus the one it runs).
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.Steal st) {
                StageState after = m.stateAt(i + 1);
                long[] q = after.localQueue(m.event(i).worker());
                assertEquals(st.count(), q.length);
                for (int k = 0; k < q.length; k++) {
                    assertEquals(st.tasks()[k], q[k]);
                }
                return;
            }
        }
    }

    @Test
    void semaphoreWidgetFollowsPermitsAndTheWaitingLine() throws Exception {
        TraceModel m = new TraceModel(new SemaphoreDemo().run(RunSettings.simulated(3, 2)));
        int maxWaiting = 0;
        boolean sawZero = false;
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.Resource r && r.resourceKind().equals("semaphore")) {
                ResourceEntry e = m.stateAt(i + 1).resources().get(r.id());
                assertEquals(r.value(), e.value());
                assertEquals(2, e.capacity(), "created with two permits");
                assertTrue(e.value() >= 0 && e.value() <= 2);
                maxWaiting = Math.max(maxWaiting, e.waiting().size());
                sawZero |= e.value() == 0;
                if (r.detail().contains("waiting=[]")) {
                    assertTrue(e.waiting().isEmpty());
                }
            }
        }
        assertTrue(sawZero, "all permits were taken at some point");
        assertTrue(maxWaiting >= 3, "a line formed: " + maxWaiting);
        assertEquals(2, m.stateAt(m.size()).resources().values().iterator().next().value(), "all permits back at the end");
    }

    @Test
    void threeSleepsAreThreeTimersInTheWheelAtOnce() throws Exception {
        TraceModel m = new TraceModel(new SleepJoinDemo().run(new SleepJoinDemo().defaults()));
        int most = 0;
        for (int i = 0; i <= m.size(); i++) {
            most = Math.max(most, m.stateAt(i).timers().size());
        }
        assertEquals(3, most, "join! arms all three sleeps before the task parks");
        assertTrue(m.stateAt(m.size()).timers().isEmpty(), "every timer fired");
        long last = m.events().stream().filter(e -> e.payload() instanceof Payload.Output o && o.text().startsWith("took"))
                .findFirst().orElseThrow().time();
        assertEquals(300_000_000L, last, "the total is the longest sleep (virtual clock), not the sum");
    }

    @Test
    void channelBufferFillsAndTheProducerWaits() throws Exception {
        TraceModel m = new TraceModel(new ChannelDemo().run(new ChannelDemo().defaults()));
        boolean parkedWhenFull = false;
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.Resource r && r.op().equals("sender_parked")) {
                ResourceEntry e = m.stateAt(i + 1).resources().get(r.id());
                assertEquals(3, e.value(), "the sender parks only when the buffer is full");
                assertEquals(3, e.capacity());
                long producer = m.tasks().all().stream().filter(t -> t.name().equals("producer")).findFirst().orElseThrow().id();
                assertEquals(java.util.List.of(producer), e.waiting());
                parkedWhenFull = true;
            }
        }
        assertTrue(parkedWhenFull);
    }

    @Test
    void keyframesAreSpacedSoSeeksReplayAtMostOneInterval() throws Exception {
        TraceModel m = new TraceModel(new ScaleDemo(3000).run(RunSettings.simulated(1, 2)));
        assertEquals(m.size() / m.keyframeInterval() + 1, m.keyframeCount());
        for (int i = 0; i <= m.size(); i += 997) {
            StageState kf = m.keyframeAtOrBefore(i);
            assertTrue(i - kf.applied() < m.keyframeInterval() && kf.applied() <= i);
        }
    }

    @Test
    void inspectorReportCountsPollsAndWakes() throws Exception {
        TraceModel m = new TraceModel(new PingPongDemo().run(new RunSettings(false, 1, 1, Flavor.CURRENT_THREAD)));
        TaskInfo ping = m.tasks().all().stream().filter(t -> t.name().equals("ping")).findFirst().orElseThrow();
        TaskReport r = TaskReport.of(m, ping.index(), m.size());
        assertEquals(5, r.polls(), "four yields then the final poll");
        assertEquals(4, r.wakes().size());
        assertTrue(r.wakes().stream().allMatch(w -> w.source().kind() == asyncscope.engine.event.WakeSource.Kind.YIELD));
        assertTrue(r.stepsRunning() > 0 && r.stepsQueued() > 0);
        TaskReport early = TaskReport.of(m, ping.index(), ping.spawnEvent() + 1);
        assertEquals(0, early.polls());
    }

    @Test
    void pollSpansCoverEveryPoll() throws Exception {
        TraceModel m = new TraceModel(new BlockingDemo().run(RunSettings.simulated(5, 2)));
        long polls = m.events().stream().filter(e -> e.payload() instanceof Payload.PollStart).count();
        long blockingPolls = m.events().stream().filter(e -> e.payload() instanceof Payload.BlockingStart).count();
        int spans = 0;
        for (int l = 0; l < m.spans().lanes(); l++) {
            spans += m.spans().count(l);
            for (int i = 0; i < m.spans().count(l); i++) {
                assertTrue(m.spans().start(l, i) <= m.spans().end(l, i));
                assertEquals(i, m.spans().spanAt(l, m.spans().start(l, i)));
            }
        }
        assertEquals(polls, spans, "one span per poll (a blocking job's poll is its blocking span)");
        assertTrue(blockingPolls >= 1);
        assertTrue(m.nextPollStart(0) >= 0);
        assertEquals(-1, m.previousPollStart(0));
    }
}
