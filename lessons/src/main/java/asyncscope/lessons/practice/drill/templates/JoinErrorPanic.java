package asyncscope.lessons.practice.drill.templates;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spawned jobs, one or two of which panic; main awaits every JoinHandle in order. What does main print
 * (stdout)? Key: the run's stdout. Misconceptions: a task's panic ends the program, a panic goes unnoticed.
 */
public final class JoinErrorPanic implements Template {
    @Override
    public String id() {
        return "join-error";
    }

    @Override
    public String title() {
        return "A panic in a task: what does main see?";
    }

    @Override
    public Concept concept() {
        return Concept.SPAWN;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int n = d.between(3, 5);
        int bad = d.between(1, n);
        boolean second = n >= 4 && d.coin();
        int bad2 = second ? (bad % n) + 1 : bad;
        String cond = second ? "n == " + Math.min(bad, bad2) + " || n == " + Math.max(bad, bad2) : "n == " + bad;
        String s = new Src()
                .line("async fn job(n: u32) -> u32 {")
                .line("    if " + cond + " {")
                .line("        panic!(\"job {} failed\", n);")
                .line("    }")
                .line("    n * 10")
                .line("}")
                .blank()
                .tokioMain(d.coin() ? "current_thread" : "multi_thread", 0)
                .line("async fn main() {")
                .line("    let mut handles = Vec::new();")
                .line("    for n in 1..=" + n + " {")
                .line("        handles.push(tokio::spawn(job(n)));")
                .line("    }")
                .line("    for (i, h) in handles.into_iter().enumerate() {")
                .line("        match h.await {")
                .line("            Ok(v) => println!(\"job {}: ok {}\", i + 1, v),")
                .line("            Err(e) => println!(\"job {}: panicked = {}\", i + 1, e.is_panic()),")
                .line("        }")
                .line("    }")
                .line("    println!(\"main goes on\");")
                .line("}").toString();
        List<String> untilPanic = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        boolean stopped = false;
        for (int i = 1; i <= n; i++) {
            boolean panics = i == bad || i == bad2;
            if (panics) {
                stopped = true;
            } else {
                if (!stopped) {
                    untilPanic.add("job " + i + ": ok " + i * 10);
                }
                silent.add("job " + i + ": ok " + i * 10);
            }
        }
        silent.add("main goes on");
        return new Instance(s, Map.of("jobs", String.valueOf(n), "panics when", cond),
                "What does main print to stdout? (The panic message itself goes to stderr.)",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> List.of(new Wrong(untilPanic.isEmpty() ? new Answer.Text("nothing: the program ends at the first panic")
                                : new Answer.Lines(untilPanic), Misconceptions.PANIC_KILLS_PROGRAM),
                        new Wrong(new Answer.Lines(silent), Misconceptions.PANIC_IS_SILENT)),
                JoinErrorPanic::decide,
                false);
    }

    private static Decision decide(PracticeRun run) {
        RunFacts f = new RunFacts(run);
        Event panic = f.first(e -> e.payload() instanceof Payload.Complete c && c.outcome() == Payload.Outcome.PANIC)
                .orElseThrow(() -> new GenerationException("no task panicked"));
        String msg = ((Payload.Complete) panic.payload()).message();
        String sentence = "Task " + panic.task() + " panicked (\"" + msg + "\", event #" + panic.seq()
                + "). tokio caught the panic at the task's edge: that task ended, its JoinHandle returned Err(JoinError) "
                + "with is_panic() = true, and main and the other tasks went on.";
        return new Decision(sentence, panic.seq(), panic.time());
    }
}
