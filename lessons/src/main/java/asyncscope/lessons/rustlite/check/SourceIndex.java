package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.diag.Span;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.lex.Token;
import asyncscope.lessons.rustlite.lex.TokenKind;
import asyncscope.lessons.rustlite.parse.Parser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's tokens, indexed by position, with each bracket's partner: the checker uses it to turn an AST
 * node's start position into the span rustc underlines (where an expression ends), and to read what the AST does
 * not keep (whether {@code [..]} was {@code vec![..]}, the name after {@code type}).
 */
final class SourceIndex {
    final Source source;
    private final List<Token> toks;
    private final Map<Long, Integer> at = new HashMap<>();
    private final int[] partner;

    SourceIndex(Source source) {
        this.source = source;
        this.toks = new Lexer(source.text(), new Diagnostics(source)).lex();
        partner = new int[toks.size()];
        int[] stack = new int[toks.size() + 1];
        int sp = 0;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            at.put(key(t.line(), t.column()), i);
            partner[i] = -1;
            if (t.kind() == TokenKind.PUNCT) {
                switch (t.text()) {
                    case "(", "[", "{" -> stack[sp++] = i;
                    case ")", "]", "}" -> {
                        if (sp > 0) {
                            int o = stack[--sp];
                            partner[o] = i;
                            partner[i] = o;
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private static long key(int line, int col) {
        return ((long) line << 20) | col;
    }

    /** Index of the token starting at {@code p}, or -1. */
    int index(Pos p) {
        Integer i = at.get(key(p.line(), p.column()));
        return i == null ? -1 : i;
    }

    Token token(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : toks.get(toks.size() - 1);
    }

    boolean tokenIs(Pos p, String text) {
        int i = index(p);
        return i >= 0 && toks.get(i).text().equals(text);
    }

    /** The text of the token after the one at {@code p}, or "". */
    String next(Pos p) {
        int i = index(p);
        return i >= 0 && i + 1 < toks.size() ? toks.get(i + 1).text() : "";
    }

    /** The span of the single token at {@code p}. */
    Span tokenSpan(Pos p) {
        int i = index(p);
        if (i < 0) {
            return Span.point(p.line(), p.column());
        }
        return spanOf(i, i);
    }

    Span spanOf(int from, int to) {
        Token a = token(from);
        Token b = token(to);
        return new Span(a.line(), a.column(), b.endLine(), b.endColumn() + 1);
    }

    /** The span rustc underlines for an expression: from where it starts to where it ends. */
    Span span(Expr e) {
        Pos start = Parser.startOf(e);
        int from = index(start);
        int to = end(e);
        if (from < 0 || to < from) {
            return Span.point(start.line(), start.column());
        }
        return spanOf(from, to);
    }

    /** Span from {@code a}'s start to {@code b}'s end. */
    Span span(Expr a, Expr b) {
        Span s = span(a);
        Span e = span(b);
        return new Span(s.line(), s.column(), e.endLine(), e.endColumn());
    }

    /** Index of the last token of {@code e}, or -1 when it cannot be found. */
    int end(Expr e) {
        return end(e, 0);
    }

    private int end(Expr e, int depth) {
        if (e == null || depth > 150) {
            return -1;
        }
        int i = index(e.pos());
        if (e instanceof Expr.Lit) {
            return i;
        }
        if (e instanceof Expr.Path) {
            return pathEnd(i);
        }
        if (e instanceof Expr.Call c) {
            return closeAfter(i);
        }
        if (e instanceof Expr.MethodCall m) {
            int j = i;
            if (j >= 0 && token(j + 1).text().equals("::")) {
                j = angleEnd(j + 2);
            }
            return j < 0 ? -1 : closeAfter(j + 1);
        }
        if (e instanceof Expr.Field) {
            if (i >= 0 && token(i).text().equals(".")) {
                return i + 1;
            }
            return i;
        }
        if (e instanceof Expr.Index) {
            return closeAfter(i);
        }
        if (e instanceof Expr.Await || e instanceof Expr.Try || e instanceof Expr.Continue) {
            return i;
        }
        if (e instanceof Expr.Ref r) {
            return end(r.operand(), depth + 1);
        }
        if (e instanceof Expr.Deref d) {
            return end(d.operand(), depth + 1);
        }
        if (e instanceof Expr.Unary u) {
            return end(u.operand(), depth + 1);
        }
        if (e instanceof Expr.Binary b) {
            return end(b.right(), depth + 1);
        }
        if (e instanceof Expr.Assign a) {
            return end(a.value(), depth + 1);
        }
        if (e instanceof Expr.Cast) {
            return i < 0 ? -1 : typeEnd(i + 1);
        }
        if (e instanceof Expr.Block || e instanceof Expr.Tuple) {
            return partner(i) > i ? partner(i) : -1;
        }
        if (e instanceof Expr.Async a) {
            return end(a.body(), depth + 1);
        }
        if (e instanceof Expr.If f) {
            return f.otherwise() != null ? end(f.otherwise(), depth + 1) : end(f.then(), depth + 1);
        }
        if (e instanceof Expr.IfLet f) {
            return f.otherwise() != null ? end(f.otherwise(), depth + 1) : end(f.then(), depth + 1);
        }
        if (e instanceof Expr.While w) {
            return end(w.body(), depth + 1);
        }
        if (e instanceof Expr.WhileLet w) {
            return end(w.body(), depth + 1);
        }
        if (e instanceof Expr.Loop l) {
            return end(l.body(), depth + 1);
        }
        if (e instanceof Expr.For f) {
            return end(f.body(), depth + 1);
        }
        if (e instanceof Expr.Match m) {
            int s = end(m.scrutinee(), depth + 1);
            return s < 0 ? -1 : partner(s + 1);
        }
        if (e instanceof Expr.Closure c) {
            return end(c.body(), depth + 1);
        }
        if (e instanceof Expr.Return r) {
            return r.value() != null ? end(r.value(), depth + 1) : i;
        }
        if (e instanceof Expr.Break b) {
            return b.value() != null ? end(b.value(), depth + 1) : i + (b.label() != null ? 1 : 0);
        }
        if (e instanceof Expr.Range r) {
            return r.hi() != null ? end(r.hi(), depth + 1) : index(r.pos());
        }
        if (e instanceof Expr.Array || e instanceof Expr.Repeat) {
            if (i >= 0 && token(i).text().equals("vec")) {
                return partner(i + 2);
            }
            return partner(i);
        }
        if (e instanceof Expr.StructLit) {
            int j = pathEnd(i);
            return j < 0 ? -1 : partner(j + 1);
        }
        if (e instanceof Expr.Macro || e instanceof Expr.Join || e instanceof Expr.Select || e instanceof Expr.Matches) {
            int j = i;
            while (j >= 0 && j < toks.size() && !token(j).text().equals("!")) {
                j++;
            }
            return j < 0 || j >= toks.size() ? -1 : partner(j + 1);
        }
        return i;
    }

    private int partner(int i) {
        return i >= 0 && i < partner.length ? partner[i] : -1;
    }

    /** The bracket that closes the one right after {@code i} (or at {@code i}). */
    private int closeAfter(int i) {
        if (i < 0) {
            return -1;
        }
        if (partner(i) > i) {
            return partner(i);
        }
        return partner(i + 1) > i + 1 ? partner(i + 1) : -1;
    }

    /** The last token of a path starting at {@code i}: {@code a::b::<T>::c}. */
    int pathEnd(int i) {
        if (i < 0) {
            return -1;
        }
        int j = i;
        if (token(j).text().equals("<")) {
            j = angleEnd(j);
            if (j < 0) {
                return -1;
            }
        }
        while (j + 2 < toks.size() && token(j + 1).text().equals("::")) {
            if (token(j + 2).text().equals("<")) {
                j = angleEnd(j + 2);
                if (j < 0) {
                    return -1;
                }
            } else {
                j += 2;
            }
        }
        return j;
    }

    /** The {@code >} closing the {@code <} at {@code i}. */
    private int angleEnd(int i) {
        int nest = 0;
        for (int j = i; j < toks.size(); j++) {
            String t = token(j).text();
            if (token(j).kind() != TokenKind.PUNCT) {
                continue;
            }
            switch (t) {
                case "<" -> nest++;
                case ">" -> nest--;
                case ">>" -> nest -= 2;
                case "(", "[" -> j = Math.max(j, partner(j));
                case ";", "{", "}" -> {
                    return -1;
                }
                default -> { }
            }
            if (nest <= 0) {
                return j;
            }
        }
        return -1;
    }

    /** The last token of a type starting at {@code i} (after {@code as}). */
    private int typeEnd(int i) {
        if (i >= toks.size()) {
            return -1;
        }
        String t = token(i).text();
        if (t.equals("&") || t.equals("*")) {
            return typeEnd(i + 1 + (token(i + 1).text().equals("mut") || token(i + 1).text().equals("const") ? 1 : 0));
        }
        if (t.equals("(") || t.equals("[")) {
            return partner(i);
        }
        int j = i;
        while (true) {
            if (token(j + 1).text().equals("<")) {
                j = angleEnd(j + 1);
                if (j < 0) {
                    return -1;
                }
            }
            if (token(j + 1).text().equals("::") && token(j + 2).kind() == TokenKind.IDENT) {
                j += 2;
                continue;
            }
            return j;
        }
    }

    /** The span of the type annotation in {@code let pat: T = ...} starting at the {@code let} at {@code letPos}, or null. */
    Span letTypeSpan(Pos letPos) {
        int i = index(letPos);
        if (i < 0) {
            return null;
        }
        int nest = 0;
        for (int j = i + 1; j < toks.size(); j++) {
            Token t = token(j);
            String x = t.text();
            if (t.kind() == TokenKind.PUNCT) {
                if (x.equals("(") || x.equals("[") || x.equals("{")) {
                    nest++;
                } else if (x.equals(")") || x.equals("]") || x.equals("}")) {
                    nest--;
                } else if (nest == 0 && (x.equals("=") || x.equals(";"))) {
                    return null;
                } else if (nest == 0 && x.equals(":")) {
                    int e = typeEnd(j + 1);
                    return e < 0 ? null : spanOf(j + 1, e);
                }
            }
            if (nest < 0) {
                return null;
            }
        }
        return null;
    }

    /** The span of the return type after {@code ->} in the signature of the fn at {@code fnPos}, or null. */
    Span retTypeSpan(Pos fnPos) {
        int i = index(fnPos);
        if (i < 0) {
            return null;
        }
        for (int j = i; j < toks.size(); j++) {
            String x = token(j).text();
            if (x.equals("{") || x.equals(";")) {
                return null;
            }
            if (x.equals("(")) {
                j = Math.max(j, partner(j));
                continue;
            }
            if (x.equals("->")) {
                int e = typeEnd(j + 1);
                return e < 0 ? null : spanOf(j + 1, e);
            }
        }
        return null;
    }

    /** The span of a fn's name (the token after {@code fn}) for the fn item at {@code fnPos}. */
    Span fnNameSpan(Pos fnPos) {
        int i = index(fnPos);
        if (i < 0) {
            return null;
        }
        for (int j = i; j < Math.min(toks.size(), i + 8); j++) {
            if (token(j).text().equals("fn")) {
                return spanOf(j + 1, j + 1);
            }
        }
        return null;
    }

    /** The span from the item keyword to its name ({@code struct Point}, {@code enum Shape}) with generics. */
    Span itemHeadSpan(Pos itemPos) {
        int i = index(itemPos);
        if (i < 0) {
            return null;
        }
        int j = i;
        while (j < toks.size() && !token(j).isIdent()) {
            j++;
        }
        if (j + 1 < toks.size() && token(j + 1).text().equals("<")) {
            int e = angleEnd(j + 1);
            if (e > 0) {
                j = e;
            }
        }
        return spanOf(i, j);
    }

    /** The name declared by {@code type NAME = ...;} at {@code pos}, or null. */
    String typeAliasName(Pos pos) {
        int i = index(pos);
        while (i >= 0 && i < toks.size() && !token(i).text().equals("type")) {
            i++;
            if (i > 0 && token(i - 1).text().equals(";")) {
                return null;
            }
        }
        return i >= 0 && i + 1 < toks.size() ? token(i + 1).text() : null;
    }

    /** True when a turbofish {@code ::<..>} ends the path at {@code pos} (it then belongs to the function, not the type). */
    boolean pathEndsWithGenerics(Pos pos) {
        int e = pathEnd(index(pos));
        return e >= 0 && (token(e).text().equals(">") || token(e).text().equals(">>"));
    }

    /** The span of {@code async} / {@code async move} at {@code pos} (what rustc names an async block by). */
    Span asyncHeadSpan(Pos pos) {
        int i = index(pos);
        if (i < 0) {
            return Span.point(pos.line(), pos.column());
        }
        return spanOf(i, token(i + 1).text().equals("move") ? i + 1 : i);
    }

    /** The span of the closure's parameter list {@code |a, b|} / {@code ||} (with a leading {@code move}). */
    Span closureHeadSpan(Expr.Closure c) {
        int i = index(c.pos());
        if (i < 0) {
            return Span.point(c.pos().line(), c.pos().column());
        }
        int j = i;
        while (j < toks.size() && !token(j).text().equals("|") && !token(j).text().equals("||")) {
            j++;
        }
        if (j < toks.size() && token(j).text().equals("|")) {
            int k = j + 1;
            while (k < toks.size() && !token(k).text().equals("|")) {
                k++;
            }
            return spanOf(i, k);
        }
        return spanOf(i, j);
    }
}
