package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Label;
import asyncscope.lessons.rustlite.diag.Note;
import asyncscope.lessons.rustlite.diag.Severity;
import asyncscope.lessons.rustlite.diag.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the checker's diagnostics in rustc's words: the code and first line exactly as rustc prints them
 * (taken from the oracle's stderr), the primary label at the same place, and the secondary labels and notes
 * that make the message teach. Collected per phase: rustc reports name and type errors together, the borrow
 * checker's errors only when there were none, and its lints only when the program compiles.
 */
final class Report {
    final String file;
    final SourceIndex src;
    final Unifier u;
    final List<Diagnostic> typeErrors = new ArrayList<>();
    final List<Diagnostic> resolveErrors = new ArrayList<>();
    final List<Diagnostic> borrowErrors = new ArrayList<>();
    final List<Diagnostic> warnings = new ArrayList<>();

    Report(String file, SourceIndex src, Unifier u) {
        this.file = file;
        this.src = src;
        this.u = u;
    }

    Diagnostic error(String code, String message, List<Label> labels, List<Note> notes) {
        return new Diagnostic(file, Severity.ERROR, code, message, labels, notes);
    }

    /**
     * Where a value meets the type it must have, and how rustc words a mismatch there: the first line
     * ({@code mismatched types}, or {@code `if` and `else` have incompatible types}) and the extra labels.
     */
    record Site(String headline, List<Label> labels, List<Note> notes) {
        static final Site PLAIN = new Site(null, List.of(), List.of());
    }

    Site let(Span annotation) {
        return new Site(null, annotation == null ? List.of() : List.of(Label.secondary(annotation, "expected due to this")), List.of());
    }

    Site argument(Span callee, String what) {
        return new Site(null, callee == null ? List.of() : List.of(Label.secondary(callee, "arguments to this " + what + " are incorrect")),
                List.of());
    }

    Site returnType(Span ret, Ty expected) {
        return new Site(null, ret == null ? List.of()
                : List.of(Label.secondary(ret, "expected `" + u.show(expected) + "` because of return type")), List.of());
    }

    Site ifElse(Span thenTail) {
        return new Site("`if` and `else` have incompatible types",
                thenTail == null ? List.of() : List.of(Label.secondary(thenTail, "expected because of this")), List.of());
    }

    Site matchArms(Span matchHead, Span firstArm, Ty firstTy) {
        List<Label> ls = new ArrayList<>();
        if (matchHead != null) {
            ls.add(Label.secondary(matchHead, "`match` arms have incompatible types"));
        }
        if (firstArm != null) {
            ls.add(Label.secondary(firstArm, "this is found to be of type `" + u.show(firstTy) + "`"));
        }
        return new Site("`match` arms have incompatible types", ls, List.of());
    }

    /** E0308 at {@code found}. */
    void mismatch(Expr found, Ty expected, Ty foundTy, Site site) {
        mismatch(src.span(found), expected, foundTy, site);
    }

    void mismatch(Span at, Ty expected, Ty foundTy, Site site) {
        List<Label> ls = new ArrayList<>();
        ls.add(Label.primary(at, "expected " + u.describe(expected) + ", found " + u.describe(foundTy)));
        ls.addAll(site.labels());
        typeErrors.add(error("E0308", site.headline() == null ? "mismatched types" : site.headline(), ls, site.notes()));
    }

    /** E0308 for a body without a tail whose function declares a return type. */
    void missingTail(Span retType, Span fnName, Ty expected, Span semicolon) {
        List<Label> ls = new ArrayList<>();
        ls.add(Label.primary(retType, "expected `" + u.show(expected) + "`, found `()`"));
        if (fnName != null) {
            ls.add(Label.secondary(fnName, "implicitly returns `()` as its body has no tail or `return` expression"));
        }
        if (semicolon != null) {
            ls.add(Label.secondary(semicolon, "help: remove this semicolon to return this value"));
        }
        typeErrors.add(error("E0308", "mismatched types", ls, List.of()));
    }

    /** E0599. */
    void noMethod(Span name, String method, Ty recv, String kindWord, String headlineType, Span defined, String definedWhat) {
        List<Label> ls = new ArrayList<>();
        if (defined != null) {
            ls.add(Label.secondary(defined, "method `" + method + "` not found for this " + definedWhat));
        }
        ls.add(Label.primary(name, "method not found in `" + u.show(recv) + "`"));
        typeErrors.add(error("E0599", "no method named `" + method + "` found for " + kindWord + " `" + headlineType + "` in the current scope",
                ls, List.of()));
    }

    /** E0369: an operator on a program's type that implements no trait for it ({@code a + b} without {@code impl Add}). */
    void noOperator(Span op, String message, Span left, Ty lhs, Span right, Ty rhs) {
        List<Label> ls = new ArrayList<>();
        if (left != null) {
            ls.add(Label.secondary(left, u.show(lhs)));
        }
        ls.add(Label.primary(op, ""));
        if (right != null && rhs != null) {
            ls.add(Label.secondary(right, u.show(rhs)));
        }
        typeErrors.add(error("E0369", message, ls, List.of()));
    }

    /** E0600: a unary operator on a type that has no impl of it ({@code -s} on a String, {@code -x} on a u32, {@code !name} on a &str). */
    void noUnary(Span whole, String op, String type, String note) {
        typeErrors.add(error("E0600", "cannot apply unary operator `" + op + "` to type `" + type + "`",
                List.of(Label.primary(whole, "cannot apply unary operator `" + op + "`")), note == null ? List.of() : List.of(Note.note(note))));
    }

    /** E0368: an operator-assignment ({@code +=}...) on a type that has no impl of it ({@code &str}, a program's type without AddAssign). */
    void noOpAssign(Span whole, Span target, String op, String type) {
        typeErrors.add(error("E0368", "binary assignment operation `" + op + "` cannot be applied to type `" + type + "`",
                List.of(Label.secondary(target, "cannot use `" + op + "` on type `" + type + "`"), Label.primary(whole, "")), List.of()));
    }

    /** E0277: {@code for x in v} where {@code v}'s type (a program's own) is no iterator. */
    void notIterable(Span at, Ty t) {
        String s = u.show(t);
        typeErrors.add(error("E0277", "`" + s + "` is not an iterator", List.of(Label.primary(at, "`" + s + "` is not an iterator")),
                List.of(Note.help("the trait `Iterator` is not implemented for `" + s + "`"))));
    }

    /** E0599 for an iterator method on a collection that is not an iterator, with rustc's first line for that type. */
    void notAnIterator(Span name, Ty recv, String headline) {
        String t = u.show(recv);
        typeErrors.add(error("E0599", headline, List.of(Label.primary(name, "`" + t + "` is not an iterator")),
                List.of(Note.help("call `.iter()` or `.into_iter()` first"))));
    }

    /** E0599 for an iterator method called on something that is not an iterator. */
    void boundsNotMet(Span name, String method, String kind, Ty recv) {
        String t = u.show(recv);
        typeErrors.add(error("E0599", "the method `" + method + "` exists for " + kind + " `" + t + "`, but its trait bounds were not satisfied",
                List.of(Label.primary(name, "")),
                List.of(Note.note("the following trait bounds were not satisfied:\n`" + t + ": Iterator`\nwhich is required by `&mut "
                        + t + ": Iterator`"))));
    }

    /** E0609. */
    void noField(Span name, String field, Ty recv, List<String> available) {
        List<Note> notes = new ArrayList<>();
        if (available != null && !available.isEmpty()) {
            notes.add(Note.note("available fields are: " + String.join(", ", available.stream().map(f -> "`" + f + "`").toList())));
        }
        typeErrors.add(error("E0609", "no field `" + field + "` on type `" + u.show(recv) + "`",
                List.of(Label.primary(name, "unknown field")), notes));
    }

    /** E0615: a method named where a field was expected. */
    void methodNotField(Span name, String field, Ty recv) {
        typeErrors.add(error("E0615", "attempted to take value of method `" + field + "` on type `" + u.show(recv) + "`",
                List.of(Label.primary(name, "method, not a field")), List.of(Note.help("use parentheses to call the method"))));
    }

    /** E0061. */
    void argCount(Span callee, String what, int want, int got, Span definedName, List<Span> extra, List<String> missingTypes) {
        List<Label> ls = new ArrayList<>();
        ls.add(Label.primary(callee, ""));
        if (got > want && extra != null) {
            for (Span s : extra) {
                ls.add(Label.secondary(s, "unexpected argument"));
            }
        } else if (got < want && missingTypes != null && !missingTypes.isEmpty()) {
            String label = missingTypes.size() == 1 ? "argument of type " + missingTypes.get(0) + " is missing"
                    : "arguments of type " + String.join(", ", missingTypes) + " are missing";
            ls.set(0, Label.primary(callee, label));
        }
        List<Note> notes = new ArrayList<>();
        if (definedName != null) {
            notes.add(Note.note(what + " defined here", Label.primary(definedName, "")));
        }
        typeErrors.add(error("E0061", "this " + what + " takes " + plural(want, "argument") + " but " + plural(got, "argument")
                + (got == 1 ? " was" : " were") + " supplied", ls, notes));
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** E0425. */
    void notFound(Span at, String name, boolean function) {
        resolveErrors.add(error("E0425", "cannot find " + (function ? "function" : "value") + " `" + name + "` in this scope",
                List.of(Label.primary(at, "not found in this scope")), List.of()));
    }
}
