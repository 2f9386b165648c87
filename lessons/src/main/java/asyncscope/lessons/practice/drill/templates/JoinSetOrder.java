package asyncscope.lessons.practice.drill.templates;

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

/**
 * Tasks of different lengths in a JoinSet, collected with {@code join_next}. In what order do they come
 * back? Key: the run's output. Misconceptions: in spawn order, last spawned first.
 */
public final class JoinSetOrder implements Template {
    @Override
    public String id() {
        return "joinset-order";
    }

    @Override
    public String title() {
        return "JoinSet: in what order do results arrive?";
    }

    @Override
    public Concept concept() {
        return Concept.STRUCTURED;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int n = d.between(3, 4);
        List<Integer> ms = d.distinctMultiples(100, 500, 100, n);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add("(" + (i + 1) + ", " + ms.get(i) + ")");
        }
        int workers = d.pick(List.of(0, 2, 4));
        String s = new Src()
                .line("use tokio::task::JoinSet;")
                .line("use tokio::time::{sleep, Duration};")
                .blank()
                .tokioMain(workers == 0 ? "current_thread" : "multi_thread", workers)
                .line("async fn main() {")
                .line("    let mut set = JoinSet::new();")
                .line("    for (id, ms) in [" + String.join(", ", pairs) + "] {")
                .line("        set.spawn(async move {")
                .line("            sleep(Duration::from_millis(ms)).await;")
                .line("            id")
                .line("        });")
                .line("    }")
                .line("    while let Some(res) = set.join_next().await {")
                .line("        println!(\"finished {}\", res.unwrap());")
                .line("    }")
                .line("}").toString();
        List<String> spawnOrder = new ArrayList<>();
        List<String> reverse = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            spawnOrder.add("finished " + (i + 1));
            reverse.add(0, "finished " + (i + 1));
        }
        return new Instance(s, Map.of("ms", ms.toString(), "workers", String.valueOf(workers)),
                "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> List.of(new Wrong(new Answer.Lines(spawnOrder), Misconceptions.SPAWN_ORDER_RESULTS),
                        new Wrong(new Answer.Lines(reverse), Misconceptions.LIFO_NOT_FIFO)),
                run -> decide(run, ms),
                false);
    }

    private static Decision decide(PracticeRun run, List<Integer> ms) {
        RunFacts f = new RunFacts(run);
        RunFacts.Timer first = f.timers().stream().filter(t -> t.fired() != null)
                .min(Comparator.comparingLong(t -> t.fired().seq())).orElseThrow();
        int id = ms.indexOf((int) (first.duration() / 1_000_000)) + 1;
        String sentence = "join_next hands out results as tasks finish, not in spawn order: task " + id + "'s "
                + RunFacts.ms(first.duration()) + " timer fired first, at t = " + RunFacts.ms(first.fired().time())
                + " (event #" + first.fired().seq() + "), so \"finished " + id + "\" came first.";
        return new Decision(sentence, first.fired().seq(), first.fired().time());
    }
}
