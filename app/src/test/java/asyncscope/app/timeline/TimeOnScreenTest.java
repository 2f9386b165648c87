package asyncscope.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.PollSpans;
import asyncscope.app.model.RunClockText;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.BlockingDemo;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.app.ui.Playback;
import asyncscope.app.ui.TransportBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Time is on screen: the transport shows the run's clock beside the event counter, the timeline's axis is
 * the run's clock in ms (so join!'s 300 ms ends halfway to the sequential version's 600 ms), and a worker
 * blocked by std::thread::sleep or a spawn_blocking job is one long span on it.
 */
@ExtendWith(ApplicationExtension.class)
class TimeOnScreenTest {
    private static final String SLEEPS = """
            use tokio::time::{sleep, Duration};

            #[tokio::main(flavor = "current_thread")]
            async fn main() {
                %s
                println!("done");
            }
            """;

    private static TraceModel run(String body) {
        RustLiteScenario s = new RustLiteScenario("t", "", "main.rs", SLEEPS.formatted(body));
        return new TraceModel(s.run(s.defaults()));
    }

    private static TraceModel joined() {
        return run("tokio::join!(sleep(Duration::from_millis(300)), sleep(Duration::from_millis(200)), sleep(Duration::from_millis(100)));");
    }

    private static TraceModel sequential() {
        return run("sleep(Duration::from_millis(300)).await; sleep(Duration::from_millis(200)).await; sleep(Duration::from_millis(100)).await;");
    }

    @Test
    void theModelKnowsTheClockAtEveryPosition() {
        TraceModel j = joined();
        TraceModel s = sequential();
        long jEnd = j.timeAt(j.size());
        long sEnd = s.timeAt(s.size());
        assertTrue(jEnd >= 300_000_000L && jEnd < 302_000_000L, "join! ends at 300 ms: " + jEnd);
        assertTrue(sEnd >= 600_000_000L && sEnd < 603_000_000L, "one after another ends at 600 ms: " + sEnd);
        assertEquals(0, j.timeAt(0));
        for (int p = 0; p <= j.size(); p++) {
            assertTrue(p == 0 || j.timeAt(p) >= j.timeAt(p - 1), "the clock never goes back");
            assertTrue(j.positionAtTime(j.timeAt(p)) >= p, "the position at a moment includes every event up to it");
        }
        assertEquals("300.0 ms", RunClockText.clock(300_049_999L));
        assertEquals("0.3 ms", RunClockText.clock(251_000L), "sub-ms timestamps are rounded for display");
        assertEquals("0.25 ms", RunClockText.axis(250_000, 50_000));
        assertEquals("300 ms", RunClockText.axis(300_000_000, 50_000_000));
    }

    @Test
    void transportShowsTheClockBesideTheCounter(FxRobot robot) {
        TraceModel j = joined();
        Playback pb = new Playback();
        TransportBar[] bar = new TransportBar[1];
        robot.interact(() -> {
            bar[0] = new TransportBar(pb);
            pb.load(j);
            pb.seek(j.size());
        });
        String text = bar[0].clockLabel().getText();
        assertTrue(text.startsWith(RunClockText.clock(j.timeAt(j.size()))), text);
        assertTrue(text.contains("virtual"), "a simulated run's clock is virtual: " + text);
        robot.interact(() -> pb.seek(0));
        assertTrue(bar[0].clockLabel().getText().startsWith("0.0 ms"), bar[0].clockLabel().getText());
    }

    @Test
    void timeAxisShowsJoinEndingHalfwayToTheSequentialRun() {
        TimelineView jt = new TimelineView();
        TimelineView st = new TimelineView();
        TraceModel j = joined();
        TraceModel s = sequential();
        jt.setModel(j);
        st.setModel(s);
        assertEquals(TimelineView.Axis.TIME, jt.axis(), "time is the default axis");
        for (TimelineView t : new TimelineView[] {jt, st}) {
            t.setView(0, 700_000_000);
            t.setPosition(t == jt ? j.size() : s.size());
            t.paintAt(1000, 190);
        }
        double zero = jt.xOfUnit(0);
        double jx = jt.xOfPosition(j.size()) - zero;
        double sx = st.xOfPosition(s.size()) - zero;
        assertEquals(0.5, jx / sx, 0.02, "join!'s end is at half the sequential end: " + jx + " vs " + sx);
        assertTrue(jt.texts().placed().stream().anyMatch(p -> p.text().equals("300 ms")), "the axis is labelled in ms");
        jt.setAxis(TimelineView.Axis.EVENTS);
        jt.paintAt(1000, 190);
        assertTrue(jt.texts().placed().stream().anyMatch(p -> p.text().equals("event #")), "event numbers are the other axis");
    }

    @Test
    void blockingShowsAsALongSpan() throws Exception {
        TraceModel worker = run("tokio::spawn(async { std::thread::sleep(Duration::from_millis(300)); }).await.unwrap(); sleep(Duration::from_millis(10)).await;"
                .replace("current_thread", "multi_thread"));
        assertTrue(longestSpan(worker, 0, worker.spans().workers()) >= 300_000_000L,
                "a worker blocked by thread::sleep is one poll of 300 ms on the clock");
        TraceModel pool = new TraceModel(new BlockingDemo().run(new BlockingDemo().defaults()));
        PollSpans s = pool.spans();
        long blocking = longestSpan(pool, s.workers() + 1, s.lanes());
        long polls = longestSpan(pool, 0, s.workers());
        assertTrue(blocking > 10 * Math.max(1, polls), "the spawn_blocking job is far longer than any poll: " + blocking + " vs " + polls);
        TimelineView t = new TimelineView();
        t.setModel(pool);
        t.paintAt(1200, 190);
        double[] ext = t.spanExtent(s.workers() + 1, 0);
        assertTrue(ext[1] - ext[0] > 100, "and it is drawn long: " + (ext[1] - ext[0]) + " px");
    }

    private static long longestSpan(TraceModel m, int fromLane, int toLane) {
        long best = 0;
        for (int l = fromLane; l < toLane; l++) {
            for (int i = 0; i < m.spans().count(l); i++) {
                best = Math.max(best, m.timeOfEvent(m.spans().end(l, i)) - m.timeOfEvent(m.spans().start(l, i)));
            }
        }
        return best;
    }
}
