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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each of three or four tasks gets a oneshot Sender and sends only if its number passes a test; otherwise it
 * returns and drops the Sender. main awaits the receivers in order. What is printed? Key: the run's output.
 * Misconceptions: the await hangs, the await panics.
 */
public final class OneshotDropped implements Template {
    @Override
    public String id() {
        return "oneshot-dropped";
    }

    @Override
    public String title() {
        return "oneshot: what if the sender never sends?";
    }

    @Override
    public Concept concept() {
        return Concept.CHANNELS;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int n = d.between(3, 4);
        boolean even = d.coin();
        int threshold = d.pick(List.of(5, 8, 10));
        List<Integer> nums = new ArrayList<>();
        List<Integer> pool = new ArrayList<>();
        for (int v = 1; v <= 15; v++) {
            pool.add(v);
        }
        nums.addAll(d.distinct(pool, n));
        java.util.function.IntPredicate sends = even ? v -> v % 2 == 0 : v -> v > threshold;
        if (nums.stream().allMatch(sends::test) || nums.stream().noneMatch(sends::test)) {
            throw new GenerationException("every task sends, or none does: " + nums);
        }
        String test = even ? "n % 2 == 0" : "n > " + threshold;
        String s = new Src()
                .line("use tokio::sync::oneshot;")
                .blank()
                .tokioMain(d.coin() ? "current_thread" : "multi_thread", 0)
                .line("async fn main() {")
                .line("    let mut receivers = Vec::new();")
                .line("    for n in [" + Src.join(nums) + "] {")
                .line("        let (tx, rx) = oneshot::channel();")
                .line("        receivers.push((n, rx));")
                .line("        tokio::spawn(async move {")
                .line("            if " + test + " {")
                .line("                tx.send(n * 10).unwrap();")
                .line("            }")
                .line("        });")
                .line("    }")
                .line("    for (n, rx) in receivers {")
                .line("        match rx.await {")
                .line("            Ok(v) => println!(\"{}: got {}\", n, v),")
                .line("            Err(_) => println!(\"{}: sender dropped\", n),")
                .line("        }")
                .line("    }")
                .line("    println!(\"main done\");")
                .line("}").toString();
        List<String> before = new ArrayList<>();
        int firstDropped = -1;
        for (int v : nums) {
            if (!sends.test(v)) {
                firstDropped = v;
                break;
            }
            before.add(v + ": got " + v * 10);
        }
        String shown = before.isEmpty() ? "nothing" : "\"" + String.join("\", \"", before) + "\"";
        int dropped = firstDropped;
        return new Instance(s, Map.of("numbers", nums.toString(), "sends if", test),
                "What does this program print?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> List.of(
                        new Wrong(new Answer.Text("prints " + shown + ", then waits forever at the receiver of " + dropped),
                                Misconceptions.ONESHOT_HANGS),
                        new Wrong(new Answer.Text("prints " + shown + ", then panics at the receiver of " + dropped),
                                Misconceptions.ONESHOT_PANICS)),
                run -> decide(run, dropped),
                false);
    }

    private static Decision decide(PracticeRun run, int dropped) {
        RunFacts f = new RunFacts(run);
        List<Event> sent = f.resource("oneshot", "send");
        Event drop = f.resource("oneshot", "sender_drop").stream()
                .filter(e -> sent.stream().noneMatch(s -> s.task() == e.task()))
                .findFirst().orElseThrow(() -> new GenerationException("no sender was dropped unsent"));
        String sentence = "The task for " + dropped + " returned without sending, so its Sender was dropped at t = "
                + RunFacts.ms(drop.time()) + " (event #" + drop.seq() + "): that closes the channel, and the receiver's "
                + ".await returns Err(RecvError) as soon as main gets to it. Nothing hangs and nothing panics.";
        return new Decision(sentence, drop.seq(), drop.time());
    }
}
