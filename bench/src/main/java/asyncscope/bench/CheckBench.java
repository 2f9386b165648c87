package asyncscope.bench;

import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.rustlite.RustLite;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.check.Checker;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.parse.Parser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long Rust-lite's checking pass takes on the lesson programs, beside its peer in the same run: the rest of
 * compiling the same program (lexing and parsing, which the check needs first, and the whole
 * {@code RustLite.compile}, which includes the check). Prints per lesson the median of {@code --rounds} rounds of
 * {@code --reps} repetitions after warm-up, in microseconds per program, and the ratio check / compile.
 *
 * <pre>java -cp bench/target/benchmarks.jar asyncscope.bench.CheckBench [--rounds 7] [--reps 200]</pre>
 */
public final class CheckBench {
    private CheckBench() {}

    public static void main(String[] args) {
        int rounds = 7;
        int reps = 200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: CheckBench [--rounds N] [--reps N]");
                    System.exit(2);
                }
            }
        }
        List<Lesson> lessons = LessonCatalogue.builtIn().lessons();
        long cold = System.nanoTime();
        Lesson first = lessons.get(0);
        check(first.program());
        System.out.printf("first check in a fresh JVM (loads the std model): %.1f ms%n", (System.nanoTime() - cold) / 1e6);
        for (int w = 0; w < 3; w++) {
            for (Lesson l : lessons) {
                for (int r = 0; r < reps; r++) {
                    check(l.program());
                    RustLite.compile("main.rs", l.program());
                }
            }
        }
        System.out.println("lesson\tlines\tlex+parse us\tcheck us\tcompile us (lex, parse, check, codegen)\tcheck/compile");
        List<Double> ratios = new ArrayList<>();
        for (Lesson l : lessons) {
            String src = l.program();
            Source source = new Source("main.rs", src);
            List<Item> items = parse(src);
            double parse = median(rounds, reps, () -> parse(src));
            double check = median(rounds, reps, () -> Checker.check(source, items));
            double compile = median(rounds, reps, () -> RustLite.compile("main.rs", src));
            ratios.add(check / compile);
            System.out.printf("%s\t%d\t%.1f\t%.1f\t%.1f\t%.2f%n", l.id(), src.split("\n").length, parse, check, compile, check / compile);
        }
        System.out.printf("median check/compile: %.2f%n", ratios.stream().sorted().toList().get(ratios.size() / 2));
    }

    private static List<Item> parse(String text) {
        Source s = new Source("main.rs", text);
        Diagnostics d = new Diagnostics(s);
        return new Parser(new Lexer(text, d).lex(), d).parseFile();
    }

    private static Checker.Result check(String text) {
        Source s = new Source("main.rs", text);
        Diagnostics d = new Diagnostics(s);
        List<Item> items = new Parser(new Lexer(text, d).lex(), d).parseFile();
        return Checker.check(s, items);
    }

    /** Median over rounds of the mean microseconds per run of {@code body}. */
    private static double median(int rounds, int reps, Runnable body) {
        double[] us = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                body.run();
            }
            us[r] = (System.nanoTime() - t0) / 1e3 / reps;
        }
        Arrays.sort(us);
        return us[rounds / 2];
    }
}
