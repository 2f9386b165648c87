package asyncscope.app.layout;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.Place;
import asyncscope.app.model.ResourceEntry;
import asyncscope.app.model.StageState;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.app.stage.EventText;
import asyncscope.app.stage.StageLayout;
import asyncscope.app.stage.StageView;
import asyncscope.engine.event.Payload;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The stage draws Tokio's RwLock and Barrier as resource widgets, in the app's words: who holds the lock
 * (a writer, or how many readers), a barrier's arrivals out of its count and its round, and the tasks that
 * wait on either drawn in that widget, beside what they wait on. The captions say what happened.
 */
@ExtendWith(ApplicationExtension.class)
class LockAndBarrierWidgetsTest {
    private static final String PROGRAM = """
            use std::sync::Arc;
            use tokio::sync::{Barrier, RwLock};
            use tokio::time::{sleep, Duration};

            #[tokio::main(flavor = "multi_thread", worker_threads = 2)]
            async fn main() {
                let lock = Arc::new(RwLock::new(0u32));
                let w = lock.clone();
                let writer = tokio::spawn(async move {
                    let mut g = w.write().await;
                    sleep(Duration::from_millis(50)).await;
                    *g += 1;
                });
                sleep(Duration::from_millis(10)).await;
                let mut readers = Vec::new();
                for _ in 0..2 {
                    let r = lock.clone();
                    readers.push(tokio::spawn(async move { *r.read().await }));
                }
                let barrier = Arc::new(Barrier::new(3));
                let mut arrivals = Vec::new();
                for i in 0..3u64 {
                    let b = barrier.clone();
                    arrivals.push(tokio::spawn(async move {
                        sleep(Duration::from_millis(100 + 20 * i)).await;
                        b.wait().await.is_leader()
                    }));
                }
                writer.await.unwrap();
                for r in readers {
                    println!("read {}", r.await.unwrap());
                }
                for a in arrivals {
                    a.await.unwrap();
                }
            }
            """;

    private static TraceModel model;

    @BeforeAll
    static void run() {
        RustLiteScenario s = new RustLiteScenario("locks", "locks", "main.rs", PROGRAM);
        model = new TraceModel(s.run(s.defaults()));
    }

    /**
     * The first playhead position at which a resource of {@code kind} satisfies {@code p} and every task in its
     * queue has returned Pending (is in no queue and not being polled).
     */
    private static int first(String kind, Predicate<ResourceEntry> p) {
        for (int at = 1; at <= model.size(); at++) {
            StageState s = model.stateAt(at);
            for (ResourceEntry r : s.resources().values()) {
                boolean parked = r.waiting().stream().allMatch(t -> s.status(model.tasks().byId(t).index()) == TaskStatus.WAITING
                        && s.place(model.tasks().byId(t).index()) == Place.NONE);
                if (r.kind().equals(kind) && p.test(r) && parked) {
                    return at;
                }
            }
        }
        throw new AssertionError("no point where the " + kind + " is in that state");
    }

    private static StageView paint(int at) {
        StageView v = new StageView();
        v.setAnimate(false);
        v.show(model, model.stateAt(at));
        v.paintAt(1200, 800, System.nanoTime());
        return v;
    }

    private static List<String> texts(StageView v) {
        return v.texts().placed().stream().map(PlacedText::text).toList();
    }

    /** Every task waiting on the resource is drawn as a token inside the resources box. */
    private static void waitersDrawnInResources(StageView v, ResourceEntry r) {
        StageLayout l = v.layoutNow();
        StageLayout.Box box = l.boxOfKind("resources");
        assertNotNull(box);
        for (long t : r.waiting()) {
            StageLayout.Token tok = l.tokenOf(t);
            assertNotNull(tok, "task " + t + " waiting on the " + r.kind() + " is drawn");
            assertTrue(tok.x() > box.x() && tok.x() < box.x() + box.w() && tok.y() > box.y() && tok.y() < box.y() + box.h(),
                    "task " + t + " is drawn in the " + r.kind() + "'s widget");
        }
    }

    @Test
    void aWriteLockedRwLockWithWaitingReaders() {
        int at = first("rwlock", r -> r.writeLocked() && r.waiting().size() == 2);
        StageState s = model.stateAt(at);
        ResourceEntry r = s.resources().values().stream().filter(e -> e.kind().equals("rwlock")).findFirst().orElseThrow();
        StageView v = paint(at);
        List<String> t = texts(v);
        assertTrue(t.contains("rwlock 1"), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.startsWith("write-locked by task " + r.holders().get(0))), t.toString());
        assertTrue(t.contains("waiting for the lock:"), t.toString());
        waitersDrawnInResources(v, r);
    }

    @Test
    void readersHoldingTogether() {
        int at = first("rwlock", r -> r.readers() == 2);
        List<String> t = texts(paint(at));
        assertTrue(t.stream().anyMatch(x -> x.startsWith("read by 2 readers")), t.toString());
        assertTrue(t.stream().noneMatch(x -> x.contains("536870911")), "no raw permit counts: " + t);
    }

    @Test
    void aBarrierCountsArrivalsAndRounds() {
        int at = first("barrier", r -> r.value() == 2);
        ResourceEntry r = model.stateAt(at).resources().values().stream().filter(e -> e.kind().equals("barrier")).findFirst().orElseThrow();
        StageView v = paint(at);
        List<String> t = texts(v);
        assertTrue(t.stream().anyMatch(x -> x.startsWith("2 of 3 arrived · round 1")), t.toString());
        assertTrue(t.contains("arrived, waiting for the rest:"), t.toString());
        assertTrue(r.waiting().size() == 2, "two tasks wait at the barrier: " + r.waiting());
        waitersDrawnInResources(v, r);
        int released = first("barrier", e -> e.rounds() == 1);
        String caption = EventText.describe(model, model.event(released - 1), model.stateAt(released));
        assertTrue(model.event(released - 1).payload() instanceof Payload.Resource, caption);
        assertTrue(caption.contains("arrives last: round 1 is complete"), caption);
        assertTrue(texts(paint(released)).stream().anyMatch(x -> x.startsWith("0 of 3 arrived · round 2")), "the next round starts empty");
    }
}
