package asyncscope.lessons.practice.drill.templates;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.drill.Answer;
import asyncscope.lessons.practice.drill.Decision;
import asyncscope.lessons.practice.drill.Dice;
import asyncscope.lessons.practice.drill.Instance;
import asyncscope.lessons.practice.drill.Misconceptions;
import asyncscope.lessons.practice.drill.Template;
import asyncscope.lessons.practice.drill.Wrong;
import asyncscope.lessons.practice.run.OutputLine;
import asyncscope.lessons.practice.run.PracticeRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Futures created by calling an async fn, then awaited in another order. What is printed? Key: the run's
 * output. Misconceptions: calling an async fn runs it (a JS Promise), futures run in creation order.
 */
public final class LazyFutures implements Template {
    private static final List<String> NAMES = List.of("ann", "bob", "cy", "dee");

    @Override
    public String id() {
        return "lazy-futures";
    }

    @Override
    public String title() {
        return "Futures are lazy: when does the body run?";
    }

    @Override
    public Concept concept() {
        return Concept.LAZY_FUTURES;
    }

    @Override
    public Instance instance(long seed) {
        Dice d = new Dice(seed);
        int n = d.between(2, 3);
        List<String> names = d.distinct(NAMES, n);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        do {
            d.shuffle(order);
        } while (isIdentity(order));
        Src s = new Src()
                .line("async fn greet(name: &str) {")
                .line("    println!(\"hello {}\", name);")
                .line("}")
                .blank()
                .tokioMain(d.coin() ? "current_thread" : "multi_thread", 0)
                .line("async fn main() {");
        for (String v : names) {
            s.line("    let " + v + " = greet(\"" + v + "\");");
            s.line("    println!(\"created " + v + "\");");
        }
        for (int i : order) {
            s.line("    " + names.get(i) + ".await;");
        }
        s.line("    println!(\"end\");");
        s.line("}");
        List<String> eager = new ArrayList<>();
        List<String> creation = new ArrayList<>();
        for (String v : names) {
            eager.add("hello " + v);
            eager.add("created " + v);
            creation.add("created " + v);
        }
        for (String v : names) {
            creation.add("hello " + v);
        }
        eager.add("end");
        creation.add("end");
        return new Instance(s.toString(), Map.of("names", names.toString(), "awaitOrder", order.toString()),
                "What does this program print, in order?",
                run -> new Answer.Lines(run.lines()),
                (run, key) -> List.of(new Wrong(new Answer.Lines(eager), Misconceptions.EAGER_FUTURES),
                        new Wrong(new Answer.Lines(creation), Misconceptions.CREATION_ORDER)),
                run -> decide(run, names, order),
                false);
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    private static Decision decide(PracticeRun run, List<String> names, List<Integer> order) {
        OutputLine hello = run.outputLines().stream().filter(l -> l.text().startsWith("hello ")).findFirst().orElseThrow();
        String firstAwaited = names.get(order.get(0));
        int createdLines = (int) run.outputLines().stream().filter(l -> l.text().startsWith("created ")
                && l.seq() < hello.seq()).count();
        String sentence = "Calling greet(..) only built a future, a state machine in its Unresumed state: nothing "
                + "printed. " + (createdLines == 2 ? "Both" : "All " + createdLines) + " \"created\" lines came first; the first \"hello\" (event #"
                + hello.seq() + ") is " + firstAwaited + "'s, printed when main reached " + firstAwaited
                + ".await and polled that future for the first time.";
        return new Decision(sentence, hello.seq(), hello.time());
    }
}
