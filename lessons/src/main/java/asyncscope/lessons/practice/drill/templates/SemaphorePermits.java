package asyncscope.lessons.practice.drill.templates;

import asyncscope.engine.event.Event;
import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.drill.Answer;
import asyncscope.lessons.practice.drill.Decision;
import asyncscope.lessons.practice.drill.Dice;
import asyncscope.lessons.practice.drill.GenerationException;
import asyncscope.lessons.practice.drill.Instance;
import asyncscope.lessons.practice.drill.Misconceptions;
import asyncscope.lessons.practice.drill.Template;
import asyncscope.lessons.practice.drill.Wrong;
import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.RunFacts;
import java.util.List;
import java.util.Map;

/**
 * N tasks share a Semaphore of P permits and each holds its permit for H ms. Asked: the total time, or the
 * most tasks ever holding a permit at once (the program counts them with atomics). Keys from the run's
 * elapsed time and output; misconceptions: permits are ignored, a semaphore is a mutex.
 */
public final class SemaphorePermits implements Template {
    @Override
    public String id() {
        return "semaphore-permits";
    }

    @Override
    public String title() {
        return "Semaphore: how many at once, how long in all?";
    }

    @Override
    public Concept concept() {
        return Concept.SEMAPHORE;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int permits = d.between(2, 3);
        int tasks = d.between(permits + 1, 7);
        int hold = d.pick(List.of(100, 200));
        boolean askTime = d.coin();
        int workers = d.pick(List.of(0, 1, 2, 4));
        String flavor = workers == 0 ? "current_thread" : "multi_thread";
        String s = new Src()
                .line("use std::sync::atomic::{AtomicUsize, Ordering};")
                .line("use std::sync::Arc;")
                .line("use tokio::sync::Semaphore;")
                .line("use tokio::time::{sleep, Duration, Instant};")
                .blank()
                .tokioMain(flavor, workers)
                .line("async fn main() {")
                .line("    let permits = Arc::new(Semaphore::new(" + permits + "));")
                .line("    let in_flight = Arc::new(AtomicUsize::new(0));")
                .line("    let most = Arc::new(AtomicUsize::new(0));")
                .line("    let start = Instant::now();")
                .line("    let mut handles = Vec::new();")
                .line("    for _ in 0.." + tasks + " {")
                .line("        let permits = Arc::clone(&permits);")
                .line("        let in_flight = Arc::clone(&in_flight);")
                .line("        let most = Arc::clone(&most);")
                .line("        handles.push(tokio::spawn(async move {")
                .line("            let _permit = permits.acquire().await.unwrap();")
                .line("            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;")
                .line("            most.fetch_max(now, Ordering::SeqCst);")
                .line("            sleep(Duration::from_millis(" + hold + ")).await;")
                .line("            in_flight.fetch_sub(1, Ordering::SeqCst);")
                .line("        }));")
                .line("    }")
                .line("    for h in handles {")
                .line("        h.await.unwrap();")
                .line("    }")
                .line("    println!(\"at most {} in flight\", most.load(Ordering::SeqCst));")
                .line("    println!(\"took about {} ms\", start.elapsed().as_millis() / 100 * 100);")
                .line("}").toString();
        Map<String, String> params = Map.of("permits", String.valueOf(permits), "tasks", String.valueOf(tasks),
                "hold", String.valueOf(hold), "ask", askTime ? "time" : "in-flight", "flavor", flavor,
                "workers", String.valueOf(workers));
        if (askTime) {
            return new Instance(s, params, "How long does main take?",
                    run -> new Answer.Millis(run.elapsedMillis()),
                    (run, key) -> List.of(new Wrong(new Answer.Millis(hold), Misconceptions.PERMITS_IGNORED),
                            new Wrong(new Answer.Millis((long) tasks * hold), Misconceptions.ONE_AT_A_TIME)),
                    run -> decideTime(run, permits),
                    true);
        }
        return new Instance(s, params, "What number does the first line print (the most tasks past acquire() at once)?",
                SemaphorePermits::mostInFlight,
                (run, key) -> List.of(new Wrong(new Answer.Count(tasks), Misconceptions.PERMITS_IGNORED),
                        new Wrong(new Answer.Count(1), Misconceptions.ONE_AT_A_TIME)),
                run -> decideMost(run, permits),
                false);
    }

    private static Answer mostInFlight(PracticeRun run) {
        for (String l : run.lines()) {
            if (l.startsWith("at most ")) {
                return new Answer.Count(Long.parseLong(l.split(" ")[2]));
            }
        }
        throw new GenerationException("no \"at most\" line");
    }

    private static Decision decideMost(PracticeRun run, int permits) {
        RunFacts f = new RunFacts(run);
        Event wait = f.resource("semaphore", "waiting").stream().findFirst()
                .orElseThrow(() -> new GenerationException("no task waited for a permit"));
        String sentence = "The semaphore starts with " + permits + " permits; at t = " + RunFacts.ms(wait.time())
                + " task " + wait.task() + " found none free and waited in the semaphore's queue (event #" + wait.seq()
                + "). A task gets past acquire() only when another drops its permit, so never more than " + permits
                + " hold one.";
        return new Decision(sentence, wait.seq(), wait.time());
    }

    private static Decision decideTime(PracticeRun run, int permits) {
        RunFacts f = new RunFacts(run);
        List<Event> releases = f.resource("semaphore", "release");
        Event last = releases.get(releases.size() - 1);
        long waited = f.resource("semaphore", "waiting").size();
        String sentence = "Only " + permits + " tasks can hold a permit, so " + waited + " had to wait in the semaphore's "
                + "queue; they went through in waves, each starting when permits were released. The last permit "
                + "was released at t = " + RunFacts.ms(last.time()) + " (event #" + last.seq() + ").";
        return new Decision(sentence, last.seq(), last.time());
    }
}
