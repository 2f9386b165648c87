package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The checking pass that runs before a program starts and refuses what rustc refuses, in rustc's words.
 * Phases follow rustc's: names and types (E0425, E0308, E0061, E0599, E0609, and futures that are not
 * {@code Send} at a {@code tokio::spawn}); then, only when those found nothing, the borrow checker's errors
 * (use after move E0382, a spawned block borrowing a local E0373); then, only when the program compiles, the
 * warnings that teach (a future never awaited, an unused {@code Result}).
 * <p>
 * It is sound by construction rather than complete: wherever a type is not known it says nothing, so a program
 * rustc accepts is never refused. It never throws: an internal failure makes it silent (and is counted and
 * passed to {@link #onInternalError}, which tests watch).
 */
public final class Checker {
    private Checker() {}

    /** What the check found: errors (the program must not run) and warnings (printed; the program runs). */
    public record Result(List<Diagnostic> errors, List<Diagnostic> warnings, TypeHints hints) {
        public static final Result EMPTY = new Result(List.of(), List.of());

        public Result(List<Diagnostic> errors, List<Diagnostic> warnings) {
            this(errors, warnings, TypeHints.NONE);
        }
    }

    public static final AtomicLong INTERNAL_FAILURES = new AtomicLong();
    public static volatile Consumer<Throwable> onInternalError = e -> { };

    public static Result check(Source source, List<Item> program) {
        try {
            return run(source, program);
        } catch (Throwable e) { // NOPMD: the checker must never take the compiler down
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
                throw (VirtualMachineError) e;
            }
            INTERNAL_FAILURES.incrementAndGet();
            onInternalError.accept(e);
            return Result.EMPTY;
        }
    }

    private static Result run(Source source, List<Item> program) {
        StdModel std = StdModel.get();
        SourceIndex src = new SourceIndex(source);
        Unifier u = new Unifier();
        Report report = new Report(source.file(), src, u);
        Items items = new Items(std, src, program);
        Facts facts = new Facts();
        ExprTyper typer = new ExprTyper(items, std, u, facts, report, src);
        for (Items.Body b : items.bodies) {
            typer.body(b);
        }
        Moves moves = new Moves(facts, u, report, src);
        SpawnRules spawns = new SpawnRules(facts, u, report, src, items, moves);
        List<Diagnostic> errors = new ArrayList<>(dedupe(report.resolveErrors));
        List<Diagnostic> typeErrors = new ArrayList<>(dedupe(report.typeErrors));
        guarded(() -> {
            TypeHints.linkCollects(facts, u);
            return List.of();
        });
        u.defaultNumbers(); // rustc reports these at the end of type checking, with literals' types settled
        typeErrors.addAll(guarded(spawns::sendErrors));
        typeErrors.sort(BY_POSITION);
        errors.addAll(typeErrors);
        TypeHints hints = errors.isEmpty() ? guardedHints(facts, u, moves) : TypeHints.NONE;
        if (!errors.isEmpty()) {
            return new Result(errors, List.of());
        }
        guarded(() -> {
            for (Items.Body b : items.bodies) {
                moves.body(b.fn().body());
            }
            spawns.staticErrors();
            return List.of();
        });
        List<Diagnostic> borrow = new ArrayList<>(report.borrowErrors);
        borrow.sort(BY_POSITION);
        if (!borrow.isEmpty()) {
            return new Result(borrow, List.of());
        }
        // rustc's MIR lints come after borrow checking: arithmetic it knows would overflow or panic (deny by default)
        List<Diagnostic> lints = new ArrayList<>(guarded(() -> {
            ConstLints c = new ConstLints(src, source.file());
            for (Items.Body b : items.bodies) {
                if (b.fn().body() != null) {
                    c.body(b.fn().body());
                }
            }
            return c.errors();
        }));
        lints.addAll(guarded(() -> WideLiterals.errors(facts, u, src, source.file())));
        if (!lints.isEmpty()) {
            lints.sort(BY_POSITION);
            return new Result(lints, List.of());
        }
        List<Diagnostic> warnings = guarded(() -> new MustUse(facts, u, src, source.file()).warnings(items.bodies));
        return new Result(List.of(), warnings, hints);
    }

    private static final Comparator<Diagnostic> BY_POSITION = Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    private static TypeHints guardedHints(Facts facts, Unifier u, Moves moves) {
        try {
            return TypeHints.of(facts, u, moves);
        } catch (RuntimeException | StackOverflowError e) {
            INTERNAL_FAILURES.incrementAndGet();
            onInternalError.accept(e);
            return TypeHints.NONE;
        }
    }

    /** Runs one later pass; if it fails internally, that pass says nothing (the others still count). */
    private static List<Diagnostic> guarded(java.util.function.Supplier<List<Diagnostic>> pass) {
        try {
            return pass.get();
        } catch (RuntimeException | StackOverflowError e) {
            INTERNAL_FAILURES.incrementAndGet();
            onInternalError.accept(e);
            return List.of();
        }
    }

    /** One diagnostic per code, message and place (two passes may find the same thing). */
    private static List<Diagnostic> dedupe(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            boolean dup = out.stream().anyMatch(o -> o.headline().equals(d.headline()) && o.line() == d.line() && o.column() == d.column());
            if (!dup) {
                out.add(d);
            }
        }
        return out;
    }
}
