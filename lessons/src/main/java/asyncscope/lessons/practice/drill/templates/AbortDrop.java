package asyncscope.lessons.practice.drill.templates;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.drill.Answer;
import asyncscope.lessons.practice.drill.Decision;
import asyncscope.lessons.practice.drill.Dice;
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
 * A worker holding a guard prints a step every S ms; main aborts it between two steps and awaits its handle.
 * What is printed? Key: the run's output. Misconceptions: abort lets the task finish, abort skips destructors,
 * abort lets the current step finish.
 */
public final class AbortDrop implements Template {
    @Override
    public String id() {
        return "abort-drop";
    }

    @Override
    public String title() {
        return "abort(): what still runs, what is dropped";
    }

    @Override
    public Concept concept() {
        return Concept.STRUCTURED;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int step = d.pick(List.of(50, 100));
        int steps = d.between(3, 6);
        int after = d.between(1, steps - 2);
        int abortAt = after * step + step / 2;
        String s = new Src()
                .line("use tokio::time::{sleep, Duration};")
                .blank()
                .line("struct Guard;")
                .blank()
                .line("impl Drop for Guard {")
                .line("    fn drop(&mut self) {")
                .line("        println!(\"worker: guard dropped\");")
                .line("    }")
                .line("}")
                .blank()
                .tokioMain("current_thread", 0)
                .line("async fn main() {")
                .line("    let handle = tokio::spawn(async {")
                .line("        let _guard = Guard;")
                .line("        for step in 1..=" + steps + " {")
                .line("            sleep(Duration::from_millis(" + step + ")).await;")
                .line("            println!(\"worker: step {}\", step);")
                .line("        }")
                .line("        println!(\"worker: finished\");")
                .line("    });")
                .line("    sleep(Duration::from_millis(" + abortAt + ")).await;")
                .line("    println!(\"main: abort\");")
                .line("    handle.abort();")
                .line("    match handle.await {")
                .line("        Ok(()) => println!(\"main: worker finished\"),")
                .line("        Err(e) => println!(\"main: cancelled = {}\", e.is_cancelled()),")
                .line("    }")
                .line("}").toString();
        return new Instance(s, Map.of("step", String.valueOf(step), "steps", String.valueOf(steps), "abortAt",
                String.valueOf(abortAt)), "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> wrongs(steps, after),
                AbortDrop::decide,
                false);
    }

    private static List<String> stepsUpTo(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("worker: step " + i);
        }
        return out;
    }

    private static List<Wrong> wrongs(int steps, int after) {
        List<String> waits = stepsUpTo(after);
        waits.add("main: abort");
        for (int i = after + 1; i <= steps; i++) {
            waits.add("worker: step " + i);
        }
        waits.add("worker: finished");
        waits.add("worker: guard dropped");
        waits.add("main: worker finished");
        List<String> noDrop = stepsUpTo(after);
        noDrop.add("main: abort");
        noDrop.add("main: cancelled = true");
        List<String> finishesStep = stepsUpTo(after);
        finishesStep.add("main: abort");
        finishesStep.add("worker: step " + (after + 1));
        finishesStep.add("worker: guard dropped");
        finishesStep.add("main: cancelled = true");
        return List.of(new Wrong(new Answer.Lines(waits), Misconceptions.ABORT_WAITS),
                new Wrong(new Answer.Lines(noDrop), Misconceptions.ABORT_SKIPS_DROP),
                new Wrong(new Answer.Lines(finishesStep), Misconceptions.ABORT_FINISHES_STEP));
    }

    private static Decision decide(PracticeRun run) {
        RunFacts f = new RunFacts(run);
        Event drop = f.drops(Payload.DropReason.ABORT).stream().findFirst().orElseThrow();
        Event abortLine = run.line("main: abort").map(l -> run.event(l.seq()).orElseThrow()).orElseThrow();
        Event lastPoll = f.last(e -> e.task() == drop.task() && e.seq() < drop.seq()
                && e.payload() instanceof Payload.PollEnd).orElseThrow();
        int line = f.awaitLine(drop.task(), ((Payload.PollEnd) lastPoll.payload()).state());
        String sentence = "main called abort() at t = " + RunFacts.ms(abortLine.time()) + "; the worker (task "
                + drop.task() + ") was suspended at its sleep" + (line > 0 ? " on line " + line : "")
                + ", so it was dropped right there at its next turn (event #" + drop.seq() + ", t = "
                + RunFacts.ms(drop.time()) + "): the guard's Drop ran, the sleep's timer left the wheel, and "
                + "the JoinHandle returned a cancelled JoinError.";
        return new Decision(sentence, drop.seq(), drop.time());
    }
}
