package asyncscope.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.Place;
import asyncscope.app.model.ResourceEntry;
import asyncscope.app.model.StageState;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.WaitsOn;
import asyncscope.app.model.TraceModel;
import asyncscope.app.stage.EventText;
import asyncscope.app.stage.StageLayout;
import asyncscope.app.stage.StageView;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the stage shows is right: a waiting task stays on the stage beside what it waits on and moves to a
 * queue when woken; select!'s loser fades out with its Drop; a new channel is empty; the timing wheel has
 * level and slot labels and a "now" hand; captions number events as the transport does, name the blocking
 * thread, get plurals right and keep printed text on one line.
 */
@ExtendWith(ApplicationExtension.class)
class StageCorrectnessTest {
    private static TraceModel program(String titleStart) throws Exception {
        for (Map.Entry<String, TraceModel> e : Programs.all().entrySet()) {
            if (e.getKey().startsWith(titleStart)) {
                return e.getValue();
            }
        }
        throw new AssertionError("no program " + titleStart);
    }

    private static StageView paint(TraceModel m, int at) {
        StageView v = new StageView();
        v.setAnimate(false);
        v.show(m, m.stateAt(at));
        v.paintAt(1200, 800, System.nanoTime());
        return v;
    }

    @Test
    void aWaitingTaskNeverVanishes() throws Exception {
        for (Map.Entry<String, TraceModel> e : Programs.all().entrySet()) {
            TraceModel m = e.getValue();
            if (m.tasks().size() > StageLayout.AGGREGATE_ABOVE) {
                continue;
            }
            StageView v = new StageView();
            v.setAnimate(false);
            for (int at : Programs.seekPoints(m, 40)) {
                StageState s = m.stateAt(at);
                v.show(m, s);
                v.paintAt(1400, 900, System.nanoTime());
                int waiting = 0;
                for (TaskInfo t : m.tasks().all()) {
                    waiting += s.status(t.index()) == TaskStatus.WAITING && s.place(t.index()) == Place.NONE ? 1 : 0;
                }
                StageLayout l = v.layoutNow();
                int drawn = 0;
                for (TaskInfo t : m.tasks().all()) {
                    StageLayout.Token tok = l.tokenOf(t.id());
                    if (s.status(t.index()) == TaskStatus.WAITING && s.place(t.index()) == Place.NONE && tok != null) {
                        drawn++;
                        assertTrue(l.waitTags.containsKey(t.id()), e.getKey() + " @" + at + ": " + t.name() + " says what it waits on");
                        // Beside what it waits on: a timer's task by the wheel, a resource's or socket's in that box.
                        WaitsOn.Target target = l.waitTargets.get(t.id());
                        String where = switch (target.kind()) {
                            case TIMER -> "wheel";
                            case RESOURCE, SOCKET -> "resources";
                            case TASK, WAKE -> "waiting";
                        };
                        StageLayout.Box box = l.boxOfKind(where);
                        assertNotNull(box, e.getKey() + " @" + at + ": a " + where + " box for " + target);
                        assertTrue(tok.x() > box.x() && tok.x() < box.x() + box.w() && tok.y() > box.y() && tok.y() < box.y() + box.h(),
                                e.getKey() + " @" + at + ": " + t.name() + " waiting on " + target.words() + " is drawn in the " + where + " box");
                    }
                }
                assertEquals(l.tokens.size(), l.tokens.stream().map(StageLayout.Token::task).distinct().count(),
                        e.getKey() + " @" + at + ": no task is drawn twice");
                assertEquals(waiting, drawn + l.waitingHidden, e.getKey() + " @" + at + ": every waiting task is drawn or counted in +N more");
                assertTrue(waiting == 0 || drawn > 0, e.getKey() + " @" + at + ": waiting tasks are drawn");
            }
        }
    }

    @Test
    void joinsMainWaitsBesideItsTimerAndMovesBackWhenWoken() throws Exception {
        TraceModel m = program("join! — waiting");
        int firstPending = -1;
        int wake = -1;
        for (int i = 0; i < m.size(); i++) {
            Event e = m.event(i);
            if (firstPending < 0 && e.payload() instanceof Payload.PollEnd pe && !pe.ready()) {
                firstPending = i + 1;
            } else if (firstPending > 0 && e.payload() instanceof Payload.Wake) {
                wake = i + 1;
                break;
            }
        }
        StageView v = paint(m, firstPending);
        long main = m.event(firstPending - 1).task();
        StageLayout.Token tok = v.layoutNow().tokenOf(main);
        assertNotNull(tok, "main is drawn while join! waits");
        String tag = v.layoutNow().waitTags.get(main);
        assertTrue(tag != null && tag.startsWith("timer "), "it says it waits on a timer: " + tag);
        StageLayout.Box wheel = v.layoutNow().boxOfKind("wheel");
        assertTrue(tok.x() > wheel.x() && tok.x() < wheel.x() + wheel.w() && tok.y() > wheel.y() && tok.y() < wheel.y() + wheel.h(),
                "main is drawn beside the timing wheel");
        assertTrue(v.texts().placed().stream().anyMatch(p -> p.kind().equals("tag") && tag.equals("timer " + p.text())),
                "its deadline is written beside it: " + v.texts().placed());
        // woken: the next schedule takes it out of the waiting row into a queue
        int queued = wake;
        while (queued < m.size() && !(m.event(queued - 1).payload() instanceof Payload.Schedule)) {
            queued++;
        }
        StageState s = m.stateAt(queued);
        assertTrue(s.place(m.tasks().byId(main).index()) != Place.NONE, "woken, main is queued");
        assertNotNull(paint(m, queued).layoutNow().tokenOf(main));
        assertFalse(paint(m, queued).layoutNow().waitTags.containsKey(main), "and no longer beside the wheel");
    }

    @Test
    void selectsLoserFadesOutWithItsDrop() throws Exception {
        TraceModel m = program("select! — the first");
        int drop = -1;
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.Drop d && d.reason() == Payload.DropReason.SELECT_LOSER) {
                drop = i + 1;
                break;
            }
        }
        assertTrue(drop > 0, "the lesson drops a select! loser");
        StageView v = paint(m, drop);
        assertTrue(v.texts().placed().stream().anyMatch(p -> p.kind().equals("fade") && p.text().startsWith("✕ dropped")
                && p.text().contains("select! loser")), "the loser's Drop is shown: " + v.texts().placed());
    }

    @Test
    void aNewChannelIsEmpty() throws Exception {
        TraceModel m = program("Channels");
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.Resource r && r.op().equals("create") && r.resourceKind().equals("mpsc")) {
                ResourceEntry entry = m.stateAt(i + 1).resources().get(r.id());
                assertEquals(0, entry.value(), "no message yet");
                assertEquals(r.value(), entry.capacity());
                StageView v = paint(m, i + 1);
                String want = "0 of " + r.value() + " slots used";
                assertTrue(v.texts().placed().stream().anyMatch(p -> p.text().contains(want)),
                        "the widget says " + want + ": " + v.texts().placed().stream().map(p -> p.text()).toList());
                return;
            }
        }
        throw new AssertionError("the lesson creates an mpsc channel");
    }

    @Test
    void timingWheelHasLevelsSlotsAndANowHand() throws Exception {
        TraceModel m = program("join! — waiting");
        int armed = -1;
        for (int i = 0; i < m.size(); i++) {
            if (m.event(i).payload() instanceof Payload.TimerArm) {
                armed = i + 1;
            }
            if (armed > 0 && m.stateAt(i + 1).timers().size() == 3) {
                armed = i + 1;
                break;
            }
        }
        StageView v = paint(m, armed);
        var kinds = v.texts().placed().stream().map(p -> p.kind() + ":" + p.text()).toList();
        assertTrue(kinds.contains("level:L0"), kinds.toString());
        assertTrue(kinds.contains("now:now"), kinds.toString());
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("slot:slot ")), kinds.toString());
        assertEquals(3, kinds.stream().filter(k -> k.startsWith("deadline:")).count(), "three deadlines, each readable: " + kinds);
    }

    @Test
    void eventLogReadsLikeTheCaptions(org.testfx.api.FxRobot robot) throws Exception {
        TraceModel m = program("select! — the first");
        asyncscope.app.ui.EventLogView[] log = new asyncscope.app.ui.EventLogView[1];
        robot.interact(() -> {
            log[0] = new asyncscope.app.ui.EventLogView();
            log[0].setModel(m);
        });
        var cols = log[0].table().getColumns();
        for (int i = 0; i < m.size(); i++) {
            assertEquals(String.format("%,d", i + 1), cols.get(0).getCellData(i), "numbered as the counter");
            assertTrue(((String) cols.get(1).getCellData(i)).endsWith(" ms"), "time in ms");
            String what = (String) cols.get(5).getCellData(i);
            assertEquals(EventText.describe(m, m.event(i)), what);
            assertFalse(what.matches(".*[A-Za-z]+\\[[a-z]+=.*"), "no record dump: " + what);
        }
    }

    @Test
    void inspectorNeverSaysRunningAndSuspendedAtOnce() {
        int[] at = {12, 9};
        String running = asyncscope.app.ui.InspectorPane.awaitNote(at, TaskStatus.RUNNING);
        assertTrue(running.contains("resumed from the .await on line 12") && !running.contains("suspended"), running);
        assertTrue(asyncscope.app.ui.InspectorPane.awaitNote(at, TaskStatus.WAITING).contains("suspended at the .await on line 12"));
        assertEquals("", asyncscope.app.ui.InspectorPane.awaitNote(at, TaskStatus.DONE));
    }

    @Test
    void captionsNumberNameAndPluraliseRight() throws Exception {
        TraceModel m = program("join! — waiting");
        StageView v = paint(m, 5);
        String caption = v.texts().placed().stream().filter(p -> p.kind().equals("caption")).findFirst().orElseThrow().text();
        assertTrue(caption.startsWith("#5 "), "event 5 of the counter is #5 in the caption: " + caption);

        TraceModel blocking = program("spawn_blocking");
        boolean named = false;
        for (int i = 0; i < blocking.size(); i++) {
            Event e = blocking.event(i);
            TaskInfo t = e.task() >= 0 ? blocking.tasks().byId(e.task()) : null;
            if (e.payload() instanceof Payload.PollStart && t != null && t.blocking()) {
                String text = EventText.describe(blocking, e, blocking.stateAt(i + 1));
                assertTrue(text.startsWith("blocking thread "), text);
                assertFalse(text.contains("block_on"), text);
                named = true;
            }
        }
        assertTrue(named, "the demo polls a blocking job");

        assertEquals("a\\nb \\\"q\\\"", EventText.escape("a\nb \"q\""));
        Event move = new Event(1, 0, 0, -1, new Payload.Move(Payload.Where.LOCAL, 0, Payload.Where.INJECT, -1, new long[] {4}));
        assertTrue(EventText.describe(m, move).startsWith("move 1 task:"), EventText.describe(m, move));
    }
}
