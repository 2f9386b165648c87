package asyncscope.lessons.practice.drill.templates;

import asyncscope.engine.event.Event;
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
 * join! against awaiting one after another: two or three "fetches" that sleep, either all inside one
 * {@code join!} or the first awaited alone and the rest joined. The question is the total time; the key is
 * the run's elapsed virtual time. Misconceptions: the times add up (sum), awaiting in sequence overlaps
 * (max), join! ends with the first (min).
 */
public final class JoinTiming implements Template {
    private static final List<String> NAMES = List.of("user", "orders", "prices", "stock", "reviews");

    @Override
    public String id() {
        return "join-timing";
    }

    @Override
    public String title() {
        return "join! or one after another: how long?";
    }

    @Override
    public Concept concept() {
        return Concept.JOIN;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        boolean mixed = d.coin();
        int n = mixed ? 3 : d.between(2, 3);
        List<String> names = d.distinct(NAMES, n);
        List<Integer> ms = d.distinctMultiples(100, 500, 100, n);
        String flavor = d.coin() ? "current_thread" : "multi_thread";
        List<String> vars = List.of("a", "b", "c").subList(0, n);
        Src s = new Src()
                .line("use tokio::time::{sleep, Duration, Instant};")
                .blank()
                .line("async fn fetch(name: &str, ms: u64) -> u64 {")
                .line("    sleep(Duration::from_millis(ms)).await;")
                .line("    println!(\"{} done\", name);")
                .line("    ms")
                .line("}")
                .blank()
                .tokioMain(flavor, 0)
                .line("async fn main() {")
                .line("    let start = Instant::now();");
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add("fetch(" + Src.str(names.get(i)) + ", " + ms.get(i) + ")");
        }
        if (mixed) {
            s.line("    let a = " + calls.get(0) + ".await;");
            s.line("    let (b, c) = tokio::join!(" + calls.get(1) + ", " + calls.get(2) + ");");
        } else {
            s.line("    let (" + Src.join(vars) + ") = tokio::join!(" + Src.join(calls) + ");");
        }
        s.line("    println!(\"fetched " + "{} ".repeat(n).trim() + "\", " + Src.join(vars) + ");");
        s.line("    println!(\"took about {} ms\", start.elapsed().as_millis() / 100 * 100);");
        s.line("}");
        long sum = ms.stream().mapToLong(Integer::longValue).sum();
        long max = ms.stream().mapToLong(Integer::longValue).max().orElseThrow();
        long restMax = mixed ? Math.max(ms.get(1), ms.get(2)) : 0;
        long restMin = mixed ? Math.min(ms.get(1), ms.get(2)) : 0;
        long min = ms.stream().mapToLong(Integer::longValue).min().orElseThrow();
        String question = mixed
                ? "The first fetch is awaited on its own, the other two inside one join!. How long does main take?"
                : (n == 2 ? "Both fetches run" : "All three fetches run") + " inside one join!. How long does main take?";
        return new Instance(s.toString(), Map.of("mode", mixed ? "await-then-join" : "join", "ms", ms.toString(),
                "flavor", flavor), question,
                run -> new Answer.Millis(run.elapsedMillis()),
                (run, key) -> mixed
                        ? List.of(new Wrong(new Answer.Millis(sum), Misconceptions.SUM_NOT_MAX),
                                new Wrong(new Answer.Millis(max), Misconceptions.MAX_NOT_SUM),
                                new Wrong(new Answer.Millis(ms.get(0) + restMin), Misconceptions.FIRST_ONE_ENDS))
                        : List.of(new Wrong(new Answer.Millis(sum), Misconceptions.SUM_NOT_MAX),
                                new Wrong(new Answer.Millis(min), Misconceptions.FIRST_ONE_ENDS)),
                run -> decide(run, mixed, names, calls, restMax),
                true);
    }

    private static Decision decide(PracticeRun run, boolean mixed, List<String> names, List<String> calls, long restMax) {
        RunFacts f = new RunFacts(run);
        List<RunFacts.Timer> timers = f.timers().stream().filter(t -> t.fired() != null).toList();
        RunFacts.Timer last = timers.stream().max(Comparator.comparingLong(t -> t.fired().seq())).orElseThrow();
        Event fire = last.fired();
        String sentence;
        if (!mixed) {
            sentence = "main armed all " + calls.size() + " timers in one poll at t = " + RunFacts.ms(timers.get(0).armedAt())
                    + ", so the waits overlapped; the longest, " + RunFacts.ms(last.duration()) + " for "
                    + names.get(timerIndex(run, last, calls)) + ", fired last at t = " + RunFacts.ms(fire.time())
                    + " (event #" + fire.seq() + "), when join! returned: the total is the longest wait, not the sum.";
        } else {
            RunFacts.Timer first = timers.get(0);
            sentence = calls.get(0) + " was awaited alone: its timer fired at t = " + RunFacts.ms(first.fired().time())
                    + ", and only then did join! arm the other two, together; the longer (" + RunFacts.ms(restMax * 1_000_000)
                    + ") fired at t = " + RunFacts.ms(fire.time()) + " (event #" + fire.seq() + "): "
                    + RunFacts.ms(first.duration()) + " + " + RunFacts.ms(restMax * 1_000_000) + ".";
        }
        return new Decision(sentence, fire.seq(), fire.time());
    }

    private static int timerIndex(PracticeRun run, RunFacts.Timer t, List<String> calls) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).endsWith(", " + t.duration() / 1_000_000 + ")")) {
                return i;
            }
        }
        return 0;
    }
}
