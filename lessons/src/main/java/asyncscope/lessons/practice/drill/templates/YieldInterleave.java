package asyncscope.lessons.practice.drill.templates;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.WakeSource;
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
 * Two or three spawned workers on the current-thread runtime print and call {@code yield_now().await} in a
 * loop. What is printed? Key: the run's output. Misconceptions: yield_now does nothing (each runs to the end),
 * the last spawned goes first.
 */
public final class YieldInterleave implements Template {
    private static final List<String> NAMES = List.of("a", "b", "c");

    @Override
    public String id() {
        return "yield-interleave";
    }

    @Override
    public String title() {
        return "yield_now: who prints next?";
    }

    @Override
    public Concept concept() {
        return Concept.POLL_AND_WAKE;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int n = d.between(2, 3);
        List<Integer> rounds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rounds.add(d.between(1, 3));
        }
        if (rounds.stream().allMatch(r -> r == 1)) {
            rounds.set(0, 2);
        }
        Src s = new Src()
                .line("async fn worker(name: &str, rounds: u32) {")
                .line("    for i in 0..rounds {")
                .line("        println!(\"{}{}\", name, i);")
                .line("        tokio::task::yield_now().await;")
                .line("    }")
                .line("}")
                .blank()
                .tokioMain("current_thread", 0)
                .line("async fn main() {");
        for (int i = 0; i < n; i++) {
            s.line("    let " + NAMES.get(i) + " = tokio::spawn(worker(\"" + NAMES.get(i) + "\", " + rounds.get(i) + "));");
        }
        for (int i = 0; i < n; i++) {
            s.line("    " + NAMES.get(i) + ".await.unwrap();");
        }
        s.line("    println!(\"done\");");
        s.line("}");
        return new Instance(s.toString(), Map.of("rounds", rounds.toString()), "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> List.of(new Wrong(new Answer.Lines(toCompletion(rounds)), Misconceptions.YIELD_DOES_NOTHING),
                        new Wrong(new Answer.Lines(roundRobin(rounds, true)), Misconceptions.LIFO_NOT_FIFO)),
                YieldInterleave::decide,
                false);
    }

    private static List<String> toCompletion(List<Integer> rounds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            for (int r = 0; r < rounds.get(i); r++) {
                out.add(NAMES.get(i) + r);
            }
        }
        out.add("done");
        return out;
    }

    private static List<String> roundRobin(List<Integer> rounds, boolean reversed) {
        List<String> out = new ArrayList<>();
        int most = rounds.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int r = 0; r < most; r++) {
            for (int k = 0; k < rounds.size(); k++) {
                int i = reversed ? rounds.size() - 1 - k : k;
                if (r < rounds.get(i)) {
                    out.add(NAMES.get(i) + r);
                }
            }
        }
        out.add("done");
        return out;
    }

    private static Decision decide(PracticeRun run) {
        RunFacts f = new RunFacts(run);
        Event wake = f.first(e -> e.payload() instanceof Payload.Wake w && w.source().kind() == WakeSource.Kind.YIELD)
                .orElseThrow();
        Event next = f.first(e -> e.seq() > wake.seq() && e.payload() instanceof Payload.PollStart && e.task() != wake.task())
                .orElse(wake);
        String sentence = "yield_now (line 4) returned Pending once and woke its own task, task " + wake.task()
                + ", at event #" + wake.seq() + ": the task went to the back of the run queue, "
                + "so the scheduler polled task " + next.task() + " next (event #" + next.seq() + "). The workers take turns.";
        return new Decision(sentence, wake.seq(), wake.time());
    }
}
