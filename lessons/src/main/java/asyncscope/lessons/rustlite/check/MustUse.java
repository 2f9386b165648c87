package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Label;
import asyncscope.lessons.rustlite.diag.Note;
import asyncscope.lessons.rustlite.diag.Severity;
import asyncscope.lessons.rustlite.diag.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * rustc's {@code unused_must_use} warnings that teach async: a future created and dropped without being
 * awaited ("futures do nothing unless you `.await` or poll them"), and a {@code Result} thrown away. Only for
 * expression statements whose type is certainly a future or a {@code Result}.
 */
final class MustUse {
    private final Facts facts;
    private final Unifier u;
    private final SourceIndex src;
    private final String file;
    private final List<Diagnostic> out = new ArrayList<>();

    MustUse(Facts facts, Unifier u, SourceIndex src, String file) {
        this.facts = facts;
        this.u = u;
        this.src = src;
        this.file = file;
    }

    List<Diagnostic> warnings(List<Items.Body> bodies) {
        for (Items.Body b : bodies) {
            walk(b.fn().body(), 0);
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (!out.isEmpty()) {
            Diagnostic first = out.get(0);
            List<Note> notes = new ArrayList<>(first.notes());
            int at = 0;
            while (at < notes.size() && notes.get(at).inline()) {
                at++;
            }
            notes.add(at, Note.note("`#[warn(unused_must_use)]` (part of `#[warn(unused)]`) on by default"));
            out.set(0, new Diagnostic(first.file(), first.severity(), first.code(), first.message(), first.labels(), notes));
        }
        return out;
    }

    private void walk(Expr e, int d) {
        if (e == null || d > 300) {
            return;
        }
        AstWalk.children(e, c -> walk(c, d + 1), s -> {
            if (s instanceof Stmt.ExprStmt es) {
                statement(es.expr());
            }
        });
    }

    private void statement(Expr e) {
        Ty t = u.resolve(facts.type(e));
        Span at = src.span(e);
        if (t instanceof Ty.Future) {
            warn("unused implementer of `Future` that must be used", at, List.of(Note.note("futures do nothing unless you `.await` or poll them")));
        } else if (t instanceof Ty.Adt a && a.def().mustUse) {
            List<Note> notes = new java.util.ArrayList<>();
            if (a.def().mustUseNote != null) {
                notes.add(Note.note(a.def().mustUseNote));
            }
            notes.add(Note.helpInsert("use `let _ = ...` to ignore the resulting value", at.line(), at.column(), "let _ = "));
            warn("unused `" + a.def().display + "` that must be used", at, notes);
        } else if (t instanceof Ty.Adt a && a.def().key.equals("Result") && !a.def().user) {
            warn("unused `Result` that must be used", at, List.of(
                    Note.note("this `Result` may be an `Err` variant, which should be handled"),
                    Note.helpInsert("use `let _ = ...` to ignore the resulting value", at.line(), at.column(), "let _ = ")));
        }
    }

    private void warn(String message, Span at, List<Note> notes) {
        out.add(new Diagnostic(file, Severity.WARNING, null, message, List.of(Label.primary(at, "")), notes));
    }
}
