package asyncscope.lessons.practice.bug;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.parse.Parser;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the source itself shows, for the diagnoses a run cannot: a future that is built and never awaited
 * (the run has no event for a future nobody polls; rustc warns "unused implementer of `Future` that must be
 * used"), where a blocking call sits in async code, and the line a resource is created on. It walks
 * Rust-lite's syntax tree generically (any record component that is a node, a list of nodes or a block), so
 * it keeps working as the language grows.
 */
public final class SourceScan {
    /** A call found in the source: where, and what is called. */
    public record Call(int line, int column, String name) {}

    private static final Set<String> BLOCKING = Set.of("thread::sleep", "std::thread::sleep");

    private final List<Item> items;
    private final String source;

    private SourceScan(String source, List<Item> items) {
        this.source = source;
        this.items = items;
    }

    /** Scans {@code source}; a source that does not parse gives an empty scan (the compiler reports it). */
    public static SourceScan of(String source) {
        try {
            Diagnostics d = new Diagnostics(new Source("scan.rs", source));
            List<Item> items = new Parser(new Lexer(source, d).lex(), d).parseFile();
            return new SourceScan(source, d.any() ? List.of() : items);
        } catch (RuntimeException | StackOverflowError e) {
            return new SourceScan(source, List.of());
        }
    }

    /** Calls to a blocking std function ({@code std::thread::sleep}) made where they run on a worker: in async code. */
    public List<Call> blockingCallsInAsync() {
        List<Call> out = new ArrayList<>();
        for (Item it : items) {
            walk(it, false, (node, async) -> {
                if (async && node instanceof Expr.Call c && c.callee() instanceof Expr.Path p && BLOCKING.contains(p.joined())) {
                    out.add(new Call(c.pos().line(), c.pos().column(), p.joined()));
                }
            });
        }
        return out;
    }

    /**
     * Calls of an {@code async fn} whose future is dropped without being awaited, spawned or stored: as a
     * statement of its own, or bound to {@code _} / an {@code _unused} name.
     */
    public List<Call> unawaitedFutures() {
        Set<String> asyncFns = new HashSet<>();
        for (Item it : items) {
            walk(it, false, (node, async) -> {
                if (node instanceof Item.Fn f && f.isAsync()) {
                    asyncFns.add(f.name());
                }
            });
        }
        List<Call> out = new ArrayList<>();
        for (Item it : items) {
            walk(it, false, (node, async) -> {
                Expr value = null;
                if (node instanceof Stmt.ExprStmt s) {
                    value = s.expr();
                } else if (node instanceof Stmt.Let l && l.init() != null && ignored(l.pat())) {
                    value = l.init();
                }
                String called = asyncCall(value, asyncFns);
                if (called != null) {
                    Pos p = ((Expr) value).pos();
                    out.add(new Call(p.line(), p.column(), called));
                }
            });
        }
        return out;
    }

    private static boolean ignored(Pat p) {
        return p instanceof Pat.Wild || p instanceof Pat.Bind b && b.name().startsWith("_") && b.sub() == null;
    }

    private static String asyncCall(Expr e, Set<String> asyncFns) {
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Path p
                && asyncFns.contains(p.segments().get(p.segments().size() - 1))) {
            return p.joined();
        }
        if (e instanceof Expr.MethodCall m && asyncFns.contains(m.name())) {
            return m.name();
        }
        return null;
    }

    /** The first line whose text matches {@code regex}, or 0. */
    public int lineOf(String regex) {
        Matcher m = Pattern.compile(regex).matcher(source);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The text of line {@code n} (1-based), trimmed; "" if there is none. */
    public String lineText(int n) {
        String[] lines = source.split("\n", -1);
        return n >= 1 && n <= lines.length ? lines[n - 1].trim() : "";
    }

    private interface Visitor {
        void visit(Object node, boolean async);
    }

    /** Visits every node under {@code node}, telling whether it runs in async code (async fn/block/closure). */
    private static void walk(Object node, boolean async, Visitor v) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> c) {
            for (Object o : c) {
                walk(o, async, v);
            }
            return;
        }
        if (!(node instanceof Record r) || node instanceof Pos) {
            return;
        }
        boolean inner = async;
        if (node instanceof Item.Fn f) {
            inner = f.isAsync();
        } else if (node instanceof Expr.Async) {
            inner = true;
        } else if (node instanceof Expr.Closure c) {
            inner = c.isAsync();
        }
        v.visit(node, async);
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Object child;
            try {
                child = rc.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (child instanceof Record || child instanceof Collection<?>) {
                walk(child, inner, v);
            }
        }
    }
}
