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
 * On the current-thread runtime, main spawns three or four tasks (printing after each spawn), then awaits
 * their handles in some order. What is printed? Key: the run's output. Misconceptions: spawn runs the task at
 * once, the last spawned runs first, tasks run in the order they are awaited.
 */
public final class SpawnOrder implements Template {
    private static final List<String> NAMES = List.of("parse", "fetch", "store", "index", "notify");

    @Override
    public String id() {
        return "spawn-order";
    }

    @Override
    public String title() {
        return "spawn on the current-thread runtime: who runs when?";
    }

    @Override
    public Concept concept() {
        return Concept.SPAWN;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int n = d.between(3, 4);
        List<String> names = d.distinct(NAMES, n);
        List<Integer> awaitOrder = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            awaitOrder.add(i);
        }
        d.shuffle(awaitOrder);
        Src s = new Src().tokioMain("current_thread", 0).line("async fn main() {");
        for (int i = 0; i < n; i++) {
            String v = names.get(i);
            s.line("    let " + v + " = tokio::spawn(async {");
            s.line("        println!(\"" + v + " runs\");");
            s.line("    });");
            s.line("    println!(\"spawned " + v + "\");");
        }
        for (int i : awaitOrder) {
            s.line("    " + names.get(i) + ".await.unwrap();");
        }
        s.line("    println!(\"main done\");");
        s.line("}");
        return new Instance(s.toString(), Map.of("names", names.toString(), "awaitOrder", awaitOrder.toString()),
                "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> wrongs(names, awaitOrder),
                run -> decide(run, names),
                false);
    }

    private static List<Wrong> wrongs(List<String> names, List<Integer> awaitOrder) {
        List<String> immediate = new ArrayList<>();
        List<String> spawned = new ArrayList<>();
        for (String v : names) {
            immediate.add(v + " runs");
            immediate.add("spawned " + v);
            spawned.add("spawned " + v);
        }
        immediate.add("main done");
        List<String> lifo = new ArrayList<>(spawned);
        for (int i = names.size() - 1; i >= 0; i--) {
            lifo.add(names.get(i) + " runs");
        }
        lifo.add("main done");
        List<String> byAwait = new ArrayList<>(spawned);
        for (int i : awaitOrder) {
            byAwait.add(names.get(i) + " runs");
        }
        byAwait.add("main done");
        return List.of(new Wrong(new Answer.Lines(immediate), Misconceptions.SPAWN_RUNS_IMMEDIATELY),
                new Wrong(new Answer.Lines(byAwait), Misconceptions.AWAIT_ORDER_RUNS),
                new Wrong(new Answer.Lines(lifo), Misconceptions.LIFO_NOT_FIFO));
    }

    private static Decision decide(PracticeRun run, List<String> names) {
        RunFacts f = new RunFacts(run);
        Event pending = f.first(e -> e.payload() instanceof Payload.PollEnd p && !p.ready()).orElseThrow();
        int line = f.awaitLine(pending.task(), ((Payload.PollEnd) pending.payload()).state());
        Event firstTask = f.first(e -> e.payload() instanceof Payload.PollStart && e.task() != pending.task()).orElseThrow();
        String sentence = "spawn only queued each task; main kept running, printing every \"spawned\" line, until its "
                + "first .await" + (line > 0 ? " at line " + line : "") + " returned Pending at t = "
                + RunFacts.ms(pending.time()) + " (event #" + pending.seq() + "). Then the current-thread scheduler "
                + "polled its queue first in, first out (event #" + firstTask.seq() + " is the first): "
                + String.join(", ", names) + ".";
        return new Decision(sentence, pending.seq(), pending.time());
    }
}
