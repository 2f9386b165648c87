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
 * On the current-thread runtime a ticker task is spawned, then main blocks its thread with
 * {@code std::thread::sleep}. What is printed? Key: the run's output. Misconceptions: thread::sleep lets
 * other tasks run, ticks due during the block are lost.
 */
public final class BlockingWorker implements Template {
    @Override
    public String id() {
        return "blocking-worker";
    }

    @Override
    public String title() {
        return "Blocking the only thread: when does the ticker tick?";
    }

    @Override
    public Concept concept() {
        return Concept.BLOCKING;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int period = d.pick(List.of(50, 100));
        int ticks = d.between(2, 3);
        int block = period * d.between(1, ticks - 1) + d.pick(List.of(20, 30));
        String s = new Src()
                .line("use std::time::Duration;")
                .blank()
                .tokioMain("current_thread", 0)
                .line("async fn main() {")
                .line("    let ticker = tokio::spawn(async {")
                .line("        for i in 0.." + ticks + " {")
                .line("            tokio::time::sleep(Duration::from_millis(" + period + ")).await;")
                .line("            println!(\"tick {}\", i);")
                .line("        }")
                .line("    });")
                .line("    println!(\"main: working for " + block + " ms\");")
                .line("    std::thread::sleep(Duration::from_millis(" + block + "));")
                .line("    println!(\"main: done working\");")
                .line("    ticker.await.unwrap();")
                .line("}").toString();
        String working = "main: working for " + block + " ms";
        Lines yields = new Lines().at(0, working).at(block, "main: done working");
        List<String> lost = new ArrayList<>(List.of(working, "main: done working"));
        for (int i = 0; i < ticks; i++) {
            yields.at((long) (i + 1) * period, "tick " + i);
            if ((long) (i + 1) * period >= block) {
                lost.add("tick " + i);
            }
        }
        return new Instance(s, Map.of("period", String.valueOf(period), "ticks", String.valueOf(ticks), "block",
                String.valueOf(block)), "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> List.of(new Wrong(new Answer.Lines(yields.sorted()), Misconceptions.THREAD_SLEEP_YIELDS),
                        new Wrong(new Answer.Lines(lost), Misconceptions.TICKS_LOST)),
                run -> decide(run, block),
                false);
    }

    private static Decision decide(PracticeRun run, int block) {
        RunFacts f = new RunFacts(run);
        Event poll = f.longestPoll().orElseThrow();
        Event tickerPoll = f.first(e -> e.payload() instanceof Payload.PollStart && e.task() != poll.task()).orElse(poll);
        long took = ((Payload.PollEnd) poll.payload()).durationNanos();
        String sentence = "main's first poll ran for " + RunFacts.ms(took) + " without yielding (it ended at event #"
                + poll.seq() + ", t = " + RunFacts.ms(poll.time()) + "): std::thread::sleep held the runtime's only thread. "
                + "The ticker was first polled only after that (event #" + tickerPoll.seq() + ", t = "
                + RunFacts.ms(tickerPoll.time()) + "), so its timers started late.";
        return new Decision(sentence, poll.seq(), poll.time());
    }
}
