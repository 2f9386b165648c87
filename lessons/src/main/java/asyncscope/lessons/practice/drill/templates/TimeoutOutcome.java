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
 * Three or four operations of different lengths, each awaited under the same {@code timeout}. What is
 * printed? Key: the run's output. Misconceptions: a timed-out operation finishes later anyway, the timeouts
 * share one budget, a timeout never interrupts.
 */
public final class TimeoutOutcome implements Template {
    @Override
    public String id() {
        return "timeout-outcome";
    }

    @Override
    public String title() {
        return "timeout: which operations make it?";
    }

    @Override
    public Concept concept() {
        return Concept.SHUTDOWN;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int limit = d.pick(List.of(150, 200, 250));
        int n = d.between(3, 4);
        List<Integer> ms = new ArrayList<>();
        List<Integer> shorter = new ArrayList<>();
        List<Integer> longer = new ArrayList<>();
        for (int v = 50; v <= 400; v += 50) {
            if (v < limit) {
                shorter.add(v);
            } else if (v > limit) {
                longer.add(v);
            }
        }
        ms.add(d.pick(shorter));
        ms.add(d.pick(longer));
        while (ms.size() < n) {
            ms.add(d.coin() ? d.pick(shorter) : d.pick(longer));
        }
        d.shuffle(ms);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add("(" + (i + 1) + ", " + ms.get(i) + ")");
        }
        String s = new Src()
                .line("use tokio::time::{sleep, timeout, Duration};")
                .blank()
                .line("async fn op(id: u32, ms: u64) -> u32 {")
                .line("    sleep(Duration::from_millis(ms)).await;")
                .line("    println!(\"op {} finished\", id);")
                .line("    id")
                .line("}")
                .blank()
                .tokioMain("current_thread", 0)
                .line("async fn main() {")
                .line("    for (id, ms) in [" + String.join(", ", pairs) + "] {")
                .line("        match timeout(Duration::from_millis(" + limit + "), op(id, ms)).await {")
                .line("            Ok(v) => println!(\"op {}: ok\", v),")
                .line("            Err(_) => println!(\"op {}: timed out\", id),")
                .line("        }")
                .line("    }")
                .line("}").toString();
        return new Instance(s, Map.of("limit", String.valueOf(limit), "ms", ms.toString()),
                "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> wrongs(ms, limit),
                run -> decide(run, ms, limit),
                false);
    }

    private static List<Wrong> wrongs(List<Integer> ms, int limit) {
        Lines background = new Lines();
        long t = 0;
        for (int i = 0; i < ms.size(); i++) {
            int id = i + 1;
            if (ms.get(i) < limit) {
                background.at(t + ms.get(i), "op " + id + " finished").at(t + ms.get(i), "op " + id + ": ok");
                t += ms.get(i);
            } else {
                background.at(t + limit, "op " + id + ": timed out").at(t + ms.get(i), "op " + id + " finished");
                t += limit;
            }
        }
        List<String> total = new ArrayList<>();
        List<String> never = new ArrayList<>();
        long spent = 0;
        for (int i = 0; i < ms.size(); i++) {
            int id = i + 1;
            if (spent + ms.get(i) <= limit) {
                total.add("op " + id + " finished");
                total.add("op " + id + ": ok");
                spent += ms.get(i);
            } else {
                total.add("op " + id + ": timed out");
                spent = limit;
            }
            never.add("op " + id + " finished");
            never.add("op " + id + ": ok");
        }
        return List.of(new Wrong(new Answer.Lines(background.sorted()), Misconceptions.TIMEOUT_KEEPS_RUNNING),
                new Wrong(new Answer.Lines(total), Misconceptions.TIMEOUT_TOTAL),
                new Wrong(new Answer.Lines(never), Misconceptions.TIMEOUT_NEVER));
    }

    private static Decision decide(PracticeRun run, List<Integer> ms, int limit) {
        RunFacts f = new RunFacts(run);
        Event drop = f.drops(Payload.DropReason.TIMEOUT).stream().findFirst()
                .orElseThrow(() -> new GenerationException("nothing timed out"));
        int id = 0;
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i) > limit) {
                id = i + 1;
                break;
            }
        }
        String sentence = "op " + id + " sleeps " + ms.get(id - 1) + " ms, but its " + limit + " ms deadline fired first, "
                + "at t = " + RunFacts.ms(drop.time()) + ": timeout dropped the operation (event #" + drop.seq()
                + "), so \"op " + id + " finished\" never prints. Each timeout counts from its own call.";
        return new Decision(sentence, drop.seq(), drop.time());
    }
}
