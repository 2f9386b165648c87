package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Label;
import asyncscope.lessons.rustlite.diag.Note;
import asyncscope.lessons.rustlite.diag.Severity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rustc's {@code overflowing_literals} lint (deny by default) for the integer literals past {@code u64::MAX}:
 * once type checking has settled each literal's type (an unconstrained one falls back to {@code i32}), only a
 * {@code u128}, or an {@code i128} up to its maximum (its minimum when the literal is negated), holds it.
 * Literals that fit a u64 are checked where they are compiled, as before.
 */
final class WideLiterals {
    private static final BigInteger I128_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

    private WideLiterals() {}

    static List<Diagnostic> errors(Facts facts, Unifier u, SourceIndex src, String file) {
        Set<Expr.Lit> negated = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Map.Entry<Expr.Lit, Ty>> wide = new ArrayList<>();
        for (Map.Entry<Expr, Ty> e : facts.types.entrySet()) {
            if (e.getKey() instanceof Expr.Unary un && un.op().equals("-") && un.operand() instanceof Expr.Lit l) {
                negated.add(l);
            } else if (e.getKey() instanceof Expr.Lit l && l.value() instanceof BigInteger) {
                wide.add(Map.entry(l, e.getValue()));
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        boolean noted = false;
        for (Map.Entry<Expr.Lit, Ty> e : wide) {
            BigInteger v = (BigInteger) e.getKey().value();
            String ty = u.resolve(e.getValue()) instanceof Ty.Prim p ? p.name() : "i32";
            boolean fits = ty.equals("u128")
                    || ty.equals("i128") && (v.compareTo(I128_MAX) <= 0 || negated.contains(e.getKey()) && v.equals(I128_MAX.add(BigInteger.ONE)));
            if (fits || !(ty.startsWith("i") || ty.startsWith("u"))) {
                continue; // a float or an unknown type: not this lint's business
            }
            List<Note> notes = new ArrayList<>();
            notes.add(Note.note("the literal `" + v + (e.getKey().suffix() == null ? "" : e.getKey().suffix()) + "` does not fit into the type `" + ty + "`"));
            if (!noted) {
                noted = true;
                notes.add(Note.note("`#[deny(overflowing_literals)]` on by default"));
            }
            out.add(new Diagnostic(file, Severity.ERROR, null, "literal out of range for `" + ty + "`",
                    List.of(Label.primary(src.span(e.getKey()), "")), notes));
        }
        return out;
    }
}
