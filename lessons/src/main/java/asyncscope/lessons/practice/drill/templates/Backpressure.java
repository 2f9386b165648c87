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
import java.util.List;
import java.util.Map;

/**
 * A bounded mpsc channel whose receiver starts late: how many sends complete before the first receive? The
 * key counts "sent" lines before the first "got" line of the run. Misconceptions: sends never wait (all of
 * them), the capacity plus one, a rendezvous (none).
 */
public final class Backpressure implements Template {
    @Override
    public String id() {
        return "mpsc-backpressure";
    }

    @Override
    public String title() {
        return "mpsc: how many sends before the first receive?";
    }

    @Override
    public Concept concept() {
        return Concept.CHANNELS;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int cap = d.between(1, 4);
        int n = cap + d.between(2, 3);
        int delay = d.pick(List.of(50, 100, 200));
        String s = new Src()
                .line("use tokio::sync::mpsc;")
                .line("use tokio::time::{sleep, Duration};")
                .blank()
                .tokioMain("current_thread", 0)
                .line("async fn main() {")
                .line("    let (tx, mut rx) = mpsc::channel(" + cap + ");")
                .line("    let producer = tokio::spawn(async move {")
                .line("        for i in 0.." + n + " {")
                .line("            tx.send(i).await.unwrap();")
                .line("            println!(\"sent {}\", i);")
                .line("        }")
                .line("    });")
                .line("    sleep(Duration::from_millis(" + delay + ")).await;")
                .line("    while let Some(v) = rx.recv().await {")
                .line("        println!(\"got {}\", v);")
                .line("    }")
                .line("    producer.await.unwrap();")
                .line("}").toString();
        return new Instance(s, Map.of("capacity", String.valueOf(cap), "messages", String.valueOf(n), "delay",
                String.valueOf(delay)), "How many \"sent\" lines are printed before the first \"got\" line?",
                Backpressure::sendsBeforeFirstReceive,
                (run, key) -> List.of(new Wrong(new Answer.Count(n), Misconceptions.SEND_NEVER_WAITS),
                        new Wrong(new Answer.Count(cap + 1), Misconceptions.CAPACITY_PLUS_ONE),
                        new Wrong(new Answer.Count(0), Misconceptions.RENDEZVOUS)),
                run -> decide(run, delay),
                false);
    }

    static Answer sendsBeforeFirstReceive(PracticeRun run) {
        int sent = 0;
        for (String l : run.lines()) {
            if (l.startsWith("got ")) {
                return new Answer.Count(sent);
            }
            if (l.startsWith("sent ")) {
                sent++;
            }
        }
        throw new GenerationException("the run printed no \"got\" line");
    }

    private static Decision decide(PracticeRun run, int delay) {
        RunFacts f = new RunFacts(run);
        Event create = f.resource("mpsc", "create").get(0);
        long cap = ((Payload.Resource) create.payload()).value();
        Event parked = f.resource("mpsc", "sender_parked").stream().findFirst()
                .orElseThrow(() -> new GenerationException("the producer never waited"));
        Event recv = f.resource("mpsc", "recv").get(0);
        String sentence = "The channel holds " + cap + (cap == 1 ? " message: the first send" : " messages: the first "
                + cap + " sends") + " went straight into its buffer, and the send of " + cap
                + " found it full at t = " + RunFacts.ms(parked.time()) + " and parked the producer (event #"
                + parked.seq() + "). Only main's first recv, after its " + delay + " ms sleep (t = "
                + RunFacts.ms(recv.time()) + "), made room.";
        return new Decision(sentence, parked.seq(), parked.time());
    }
}
