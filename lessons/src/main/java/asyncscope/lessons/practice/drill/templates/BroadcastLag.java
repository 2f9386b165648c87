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
 * A broadcast channel of capacity C receives N > C values before its receiver reads. What does the receiver
 * print? Key: the run's output. Misconceptions: the sender waits (like mpsc), the newest are dropped, the
 * loss is silent.
 */
public final class BroadcastLag implements Template {
    @Override
    public String id() {
        return "broadcast-lag";
    }

    @Override
    public String title() {
        return "broadcast: what does a slow receiver see?";
    }

    @Override
    public Concept concept() {
        return Concept.CHANNELS;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int cap = d.pick(List.of(1, 2, 4));
        int n = cap + d.between(1, 4);
        String s = new Src()
                .line("use tokio::sync::broadcast;")
                .line("use tokio::sync::broadcast::error::RecvError;")
                .blank()
                .tokioMain("current_thread", 0)
                .line("async fn main() {")
                .line("    let (tx, mut rx) = broadcast::channel(" + cap + ");")
                .line("    for v in 1..=" + n + " {")
                .line("        tx.send(v).unwrap();")
                .line("    }")
                .line("    drop(tx);")
                .line("    loop {")
                .line("        match rx.recv().await {")
                .line("            Ok(v) => println!(\"got {}\", v),")
                .line("            Err(RecvError::Lagged(n)) => println!(\"lagged by {}\", n),")
                .line("            Err(RecvError::Closed) => break,")
                .line("        }")
                .line("    }")
                .line("}").toString();
        return new Instance(s, Map.of("capacity", String.valueOf(cap), "values", String.valueOf(n)),
                "What does the receiver print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> wrongs(cap, n),
                run -> decide(run, cap),
                false);
    }

    private static List<Wrong> wrongs(int cap, int n) {
        List<String> all = new ArrayList<>();
        for (int v = 1; v <= n; v++) {
            all.add("got " + v);
        }
        List<String> oldest = new ArrayList<>(all.subList(0, cap));
        List<String> silent = new ArrayList<>(all.subList(n - cap, n));
        return List.of(new Wrong(new Answer.Lines(all), Misconceptions.BROADCAST_WAITS),
                new Wrong(new Answer.Lines(oldest), Misconceptions.BROADCAST_DROPS_NEWEST),
                new Wrong(new Answer.Lines(silent), Misconceptions.BROADCAST_SILENT));
    }

    private static Decision decide(PracticeRun run, int cap) {
        RunFacts f = new RunFacts(run);
        Event lag = f.resource("broadcast", "lagged").stream().findFirst()
                .orElseThrow(() -> new GenerationException("the receiver did not lag"));
        long skipped = ((Payload.Resource) lag.payload()).value();
        String sentence = "The channel's ring keeps the last " + cap + (cap == 1 ? " value" : " values")
                + "; every send overwrote the oldest one and never waited. At the receiver's first recv it was "
                + skipped + " behind (event #" + lag.seq() + "), so it got Err(Lagged(" + skipped
                + ")) and went on from the oldest value still kept.";
        return new Decision(sentence, lag.seq(), lag.time());
    }
}
