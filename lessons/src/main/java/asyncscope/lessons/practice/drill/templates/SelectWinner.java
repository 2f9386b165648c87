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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * select! between two or three queries that sleep, each holding a guard whose Drop prints: what is printed,
 * in order? The key is the run's output; misconceptions: the first branch written wins, losers are not
 * cleaned up, losers run on in the background.
 */
public final class SelectWinner implements Template {
    private static final List<String> NAMES = List.of("cache", "database", "replica", "mirror");

    @Override
    public String id() {
        return "select-winner";
    }

    @Override
    public String title() {
        return "select!: who wins, who cleans up";
    }

    @Override
    public Concept concept() {
        return Concept.SELECT;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int n = d.between(2, 3);
        List<String> names = d.distinct(NAMES, n);
        List<Integer> ms = d.distinctMultiples(50, 400, 50, n);
        boolean biased = d.coin() && d.coin();
        String flavor = d.coin() ? "current_thread" : "multi_thread";
        Src s = new Src()
                .line("use tokio::time::{sleep, Duration};")
                .blank()
                .line("struct Request {")
                .line("    name: &'static str,")
                .line("}")
                .blank()
                .line("impl Drop for Request {")
                .line("    fn drop(&mut self) {")
                .line("        println!(\"cleanup {}\", self.name);")
                .line("    }")
                .line("}")
                .blank()
                .line("async fn query(name: &'static str, ms: u64) -> &'static str {")
                .line("    let _request = Request { name };")
                .line("    sleep(Duration::from_millis(ms)).await;")
                .line("    name")
                .line("}")
                .blank()
                .tokioMain(flavor, 0)
                .line("async fn main() {")
                .line("    tokio::select! {");
        if (biased) {
            s.line("        biased;");
        }
        for (int i = 0; i < n; i++) {
            s.line("        v = query(" + Src.str(names.get(i)) + ", " + ms.get(i) + ") => println!(\"winner: {}\", v),");
        }
        s.line("    }");
        s.line("    println!(\"main continues\");");
        s.line("}");
        int winner = IntStream.range(0, n).boxed().min(Comparator.comparingInt(ms::get)).orElseThrow();
        return new Instance(s.toString(), Map.of("names", names.toString(), "ms", ms.toString(), "biased",
                String.valueOf(biased), "flavor", flavor), "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> wrongs(names, ms, winner),
                run -> decide(run, names, ms, winner),
                false);
    }

    /** What a run would print if {@code w} won and the losers were cleaned up right away, in branch order. */
    private static List<String> printed(List<String> names, int w) {
        List<String> out = new ArrayList<>();
        out.add("cleanup " + names.get(w));
        for (int i = 0; i < names.size(); i++) {
            if (i != w) {
                out.add("cleanup " + names.get(i));
            }
        }
        out.add("winner: " + names.get(w));
        out.add("main continues");
        return out;
    }

    private static List<Wrong> wrongs(List<String> names, List<Integer> ms, int w) {
        List<Wrong> out = new ArrayList<>();
        if (w != 0) {
            out.add(new Wrong(new Answer.Lines(printed(names, 0)), Misconceptions.FIRST_BRANCH_WINS));
        }
        out.add(new Wrong(new Answer.Lines(List.of("cleanup " + names.get(w), "winner: " + names.get(w), "main continues")),
                Misconceptions.LOSER_NO_CLEANUP));
        Lines background = new Lines().at(ms.get(w), "cleanup " + names.get(w)).at(ms.get(w), "winner: " + names.get(w))
                .at(ms.get(w), "main continues");
        for (int i = 0; i < names.size(); i++) {
            if (i != w) {
                background.at(ms.get(i), "cleanup " + names.get(i));
            }
        }
        out.add(new Wrong(new Answer.Lines(background.sorted()), Misconceptions.LOSER_KEEPS_RUNNING));
        return out;
    }

    private static Decision decide(PracticeRun run, List<String> names, List<Integer> ms, int w) {
        RunFacts f = new RunFacts(run);
        RunFacts.Timer t = f.timerFor(ms.get(w) * 1_000_000L).orElseThrow();
        Event fire = t.fired();
        List<String> losers = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (i != w) {
                losers.add(names.get(i));
                branches.add(String.valueOf(i + 1));
            }
        }
        long dropped = f.drops(Payload.DropReason.SELECT_LOSER).stream().findFirst().map(Event::time).orElse(fire.time());
        String sentence = "The " + ms.get(w) + " ms timer of query(\"" + names.get(w) + "\") fired first, at t = "
                + RunFacts.ms(fire.time()) + " (event #" + fire.seq() + "), so branch " + (w + 1) + " won; "
                + (losers.size() == 1 ? "branch " + branches.get(0) + " (" + losers.get(0) + ") was"
                        : "branches " + String.join(" and ", branches) + " (" + String.join(", ", losers) + ") were")
                + " dropped at t = " + RunFacts.ms(dropped) + ", and dropping ran each Request's Drop at once, "
                + "before the winning arm printed.";
        return new Decision(sentence, fire.seq(), fire.time());
    }
}
