package asyncscope.lessons.rustlite.parse;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.lex.Token;
import asyncscope.lessons.rustlite.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements and expressions: precedence climbing for operators, Rust's rule that struct literals are not allowed
 * in {@code if}/{@code while}/{@code match} heads, block-like statements, macros (format family, {@code vec!},
 * {@code join!}, {@code select!}, {@code matches!}), and statement-level error recovery.
 */
abstract class ExprParser extends PatternParser {
    ExprParser(List<Token> toks, Diagnostics diags) {
        super(toks, diags);
    }

    /** A nested item inside a block (defined by the item parser). */
    abstract Item item();

    static final Set<String> FORMAT_MACROS = Set.of("println", "print", "eprintln", "eprint", "format", "panic",
            "assert", "assert_eq", "assert_ne", "unreachable", "todo", "unimplemented", "dbg", "debug_assert",
            "debug_assert_eq", "write", "writeln", "pin");

    public Expr.Block block() {
        enter();
        try {
            return blockInner();
        } finally {
            leave();
        }
    }

    Expr.Block blockInner() {
        Pos ps = pos();
        expect("{");
        List<Stmt> stmts = new ArrayList<>();
        Expr tail = null;
        while (!at("}") && !atEof() && !diags.full()) {
            int before = p;
            int level = depth;
            try {
                if (tail != null) {
                    // the previous expression needed a `;`
                    throw fail("`;` or `}` after the expression");
                }
                Object s = statement();
                if (s instanceof Stmt st) {
                    stmts.add(st);
                } else if (s instanceof Expr e) {
                    tail = e;
                }
            } catch (Bail b) {
                depth = level;
                tail = null;
                recoverStatement(before);
            }
            if (p == before && !at("}")) {
                advance();
            }
        }
        expect("}");
        return new Expr.Block(ps, stmts, tail, false);
    }

    void recoverStatement(int stmtStart) {
        if (atEof()) {
            return; // nothing left to skip (e.g. after "nests too deeply"): rescanning the statement would be quadratic
        }
        // brackets the failed statement opened and did not close yet
        int nest = 0;
        for (int i = stmtStart; i < p && i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.is("{")) {
                nest++;
            } else if (t.is("}")) {
                nest = Math.max(0, nest - 1);
            }
        }
        while (!atEof()) {
            Token t = tok();
            if (t.is("{") || t.is("(") || t.is("[")) {
                nest++;
            } else if (t.is(")") || t.is("]")) {
                nest = Math.max(0, nest - 1);
            } else if (t.is("}")) {
                if (nest == 0) {
                    return;
                }
                nest--;
                if (nest == 0) {
                    advance();
                    return;
                }
            } else if (t.is(";") && nest == 0) {
                advance();
                return;
            } else if (nest == 0 && (t.is("let") || t.is("fn"))) {
                return;
            }
            advance();
        }
    }

    /** A statement, or an Expr when it is the block's tail expression. */
    Object statement() {
        Pos ps = pos();
        if (eat(";")) {
            return new Stmt.ExprStmt(ps, new Expr.Tuple(ps, List.of()), true);
        }
        if (at("#") || at("fn") || at("struct") || at("enum") || at("use") || at("impl") || at("const") && !ahead(1).is("{")
                || at("async") && ahead(1).is("fn") || at("static") || at("trait")) {
            return new Stmt.ItemStmt(ps, item());
        }
        if (eat("let")) {
            Pat pt = pattern();
            TypeRef t = null;
            if (eat(":")) {
                t = type();
            }
            Expr init = null;
            Expr.Block elseBlock = null;
            if (eat("=")) {
                init = expr();
                if (eat("else")) {
                    elseBlock = block();
                }
            }
            expect(";");
            return new Stmt.Let(ps, pt, t, init, elseBlock);
        }
        if (at("if") || at("match") || at("loop") || at("while") || at("for") || at("{") || at("unsafe")
                || tok().kind() == TokenKind.LIFETIME) {
            // a block-like expression ends the statement (Rust: `if c {} *x = 1;` is two statements)
            Expr e = postfixOnlyMethods(primary(false));
            if (eat(";")) {
                return new Stmt.ExprStmt(ps, e, true);
            }
            if (at("}")) {
                return e;
            }
            if (blockLike(e)) {
                return new Stmt.ExprStmt(ps, e, false);
            }
            Expr rest = continueExpr(e);
            if (eat(";")) {
                return new Stmt.ExprStmt(ps, rest, true);
            }
            if (at("}")) {
                return rest;
            }
            throw fail("`;` or `}` after the expression");
        }
        Expr e = expr();
        if (eat(";")) {
            return new Stmt.ExprStmt(ps, e, true);
        }
        if (at("}")) {
            return e;
        }
        if (blockLike(e)) {
            return new Stmt.ExprStmt(ps, e, false);
        }
        throw fail("`;` or `}` after the expression");
    }

    /** After a block-like expression at statement start, only `.method()`, `.await` and `?` continue it. */
    Expr postfixOnlyMethods(Expr e) {
        if (at(".") || at("?")) {
            return postfix(e);
        }
        return e;
    }

    /** A statement that began with a block-like expression continues as an assignment: `m[k] = v` forms. */
    Expr continueExpr(Expr e) {
        if (tok().kind() == TokenKind.PUNCT && ASSIGN_OPS.contains(tok().text())) {
            Pos ps = pos();
            String op = advance().text();
            return new Expr.Assign(ps, op, e, expr());
        }
        throw fail("`;` or `}` after the expression");
    }

    static boolean blockLike(Expr e) {
        return e instanceof Expr.Block || e instanceof Expr.If || e instanceof Expr.IfLet || e instanceof Expr.While
                || e instanceof Expr.WhileLet || e instanceof Expr.Loop || e instanceof Expr.For || e instanceof Expr.Match
                || e instanceof Expr.Select || e instanceof Expr.Async;
    }

    // ------------------------------------------------------------------ expressions

    public Expr expr() {
        return exprNs(false);
    }

    Expr exprNs(boolean noStruct) {
        enter();
        try {
            return assignment(noStruct);
        } finally {
            leave();
        }
    }

    static final Set<String> ASSIGN_OPS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<=", ">>=");

    Expr assignment(boolean ns) {
        Expr lhs = range(ns);
        if (tok().kind() == TokenKind.PUNCT && ASSIGN_OPS.contains(tok().text())) {
            Pos ps = pos();
            String op = advance().text();
            enter();
            try {
                return new Expr.Assign(ps, op, lhs, assignment(ns));
            } finally {
                leave();
            }
        }
        return lhs;
    }

    Expr range(boolean ns) {
        Pos ps = pos();
        if (at("..") || at("..=")) {
            boolean incl = advance().text().equals("..=");
            Expr hi = startsExpr() ? binary(0, ns) : null;
            return new Expr.Range(ps, null, hi, incl);
        }
        Expr lo = binary(0, ns);
        if (at("..") || at("..=")) {
            Pos rp = pos();
            boolean incl = advance().text().equals("..=");
            Expr hi = startsExpr() && !(ns && at("{")) ? binary(0, ns) : null;
            return new Expr.Range(rp, lo, hi, incl);
        }
        return lo;
    }

    boolean startsExpr() {
        Token t = tok();
        if (t.kind() == TokenKind.EOF) {
            return false;
        }
        if (t.kind() == TokenKind.PUNCT) {
            return Set.of("(", "[", "-", "!", "*", "&", "|", "||").contains(t.text());
        }
        return !t.is("=>") && !t.is("else") && !t.is("as");
    }

    static int prec(String op) {
        return switch (op) {
            case "||" -> 1;
            case "&&" -> 2;
            case "==", "!=", "<", ">", "<=", ">=" -> 3;
            case "|" -> 4;
            case "^" -> 5;
            case "&" -> 6;
            case "<<", ">>" -> 7;
            case "+", "-" -> 8;
            case "*", "/", "%" -> 9;
            default -> -1;
        };
    }

    Expr binary(int min, boolean ns) {
        Expr left = cast(ns);
        Pos start = startOf(left);
        int links = 0;
        try {
            while (true) {
                Token t = tok();
                if (t.kind() != TokenKind.PUNCT) {
                    return left;
                }
                int pr = prec(t.text());
                if (pr < 0 || pr <= min) {
                    return left;
                }
                advance();
                link();
                links++;
                Expr right = binary(pr, ns);
                left = new Expr.Binary(start, t.text(), left, right);
            }
        } finally {
            leave(links);
        }
    }

    Expr cast(boolean ns) {
        Expr e = unary(ns);
        int links = 0;
        try {
            while (at("as")) {
                Pos ps = pos();
                advance();
                link();
                links++;
                e = new Expr.Cast(ps, e, type());
            }
            return e;
        } finally {
            leave(links);
        }
    }

    Expr unary(boolean ns) {
        Pos ps = pos();
        if (at("-") || at("!")) {
            String op = advance().text();
            enter();
            try {
                return new Expr.Unary(ps, op, unary(ns));
            } finally {
                leave();
            }
        }
        if (at("*")) {
            advance();
            enter();
            try {
                return new Expr.Deref(ps, unary(ns));
            } finally {
                leave();
            }
        }
        if (at("&") || at("&&")) {
            boolean twice = advance().is("&&");
            boolean mutable = eat("mut");
            enter();
            try {
                Expr inner = new Expr.Ref(ps, unary(ns), mutable);
                return twice ? new Expr.Ref(ps, inner, false) : inner;
            } finally {
                leave();
            }
        }
        return postfix(primary(ns));
    }

    Expr postfix(Expr e) {
        int links = 0;
        try {
            while (true) {
                Pos ps = pos();
                if (at("?") || at(".") || at("(") || at("[")) {
                    link();
                    links++;
                }
                if (at("?")) {
                    advance();
                    e = new Expr.Try(ps, e);
                } else if (at(".")) {
                    advance();
                    Token t = tok();
                    if (t.is("await")) {
                        Pos ap = pos();
                        advance();
                        e = new Expr.Await(ap, e);
                    } else if (t.kind() == TokenKind.INT) {
                        advance();
                        e = new Expr.Field(ps, e, t.text());
                    } else if (t.kind() == TokenKind.FLOAT) {
                        // `t.0.1` lexes as a float `0.1`
                        advance();
                        String[] parts = t.text().split("\\.");
                        e = new Expr.Field(ps, e, parts[0]);
                        if (parts.length > 1) {
                            link();
                            links++;
                            e = new Expr.Field(ps, e, parts[1]);
                        }
                    } else if (t.isIdent()) {
                        ps = pos();
                        String name = advance().text();
                        TypeRef turbo = null;
                        if (at("::")) {
                            advance();
                            List<TypeRef> a = typeArgs();
                            turbo = a.isEmpty() ? TypeRef.INFER : a.get(0);
                        }
                        if (at("(")) {
                            e = new Expr.MethodCall(ps, e, name, turbo, args("(", ")"));
                        } else {
                            e = new Expr.Field(ps, e, name);
                        }
                    } else {
                        throw fail("a field name, method name or `await` after `.`");
                    }
                } else if (at("(")) {
                    e = new Expr.Call(ps, e, args("(", ")"));
                } else if (at("[")) {
                    advance();
                    Expr idx = expr();
                    expect("]");
                    e = new Expr.Index(ps, e, idx);
                } else {
                    return e;
                }
            }
        } finally {
            leave(links);
        }
    }

    List<Expr> args(String open, String close) {
        expect(open);
        List<Expr> out = new ArrayList<>();
        while (!at(close)) {
            out.add(expr());
            if (!eat(",")) {
                break;
            }
        }
        expect(close);
        return out;
    }

    String label() {
        if (tok().kind() == TokenKind.LIFETIME && ahead(1).is(":")) {
            String l = advance().text();
            advance();
            return l;
        }
        return null;
    }

    Expr primary(boolean ns) {
        Token t = tok();
        Pos ps = pos();
        switch (t.kind()) {
            case INT -> {
                advance();
                return new Expr.Lit(ps, t.value(), t.suffix());
            }
            case FLOAT -> {
                advance();
                return new Expr.Lit(ps, t.value(), t.suffix());
            }
            case STRING -> {
                advance();
                // a byte string `b"..."` is a `&[u8; N]`: its suffix says so to the compiler
                return new Expr.Lit(ps, t.value(), t.text().startsWith("b") ? "bytes" : "str");
            }
            case CHAR -> {
                advance();
                return new Expr.Lit(ps, t.value(), "char");
            }
            case LIFETIME -> {
                String l = label();
                if (l == null) {
                    throw fail("an expression");
                }
                if (at("loop") || at("while") || at("for")) {
                    return loopExpr(l);
                }
                if (at("{")) {
                    return block();
                }
                throw fail("`loop`, `while` or `for` after a label");
            }
            default -> { }
        }
        if (t.is("true") || t.is("false")) {
            advance();
            return new Expr.Lit(ps, Boolean.valueOf(t.text()), "bool");
        }
        if (t.is("(")) {
            advance();
            if (eat(")")) {
                return new Expr.Tuple(ps, List.of());
            }
            Expr first = expr();
            if (eat(")")) {
                return first;
            }
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (eat(",")) {
                if (at(")")) {
                    break;
                }
                items.add(expr());
            }
            expect(")");
            return new Expr.Tuple(ps, items);
        }
        if (t.is("[")) {
            return arrayBody(ps, "[", "]");
        }
        if (t.is("{")) {
            return block();
        }
        if (t.is("unsafe")) {
            advance();
            Expr.Block b = block();
            return new Expr.Block(b.pos(), b.stmts(), b.tail(), true);
        }
        if (t.is("if")) {
            return ifExpr();
        }
        if (t.is("match")) {
            return matchExpr();
        }
        if (t.is("loop") || t.is("while") || t.is("for")) {
            return loopExpr(null);
        }
        if (t.is("break")) {
            advance();
            String l = tok().kind() == TokenKind.LIFETIME ? advance().text() : null;
            Expr v = startsExpr() && !at(";") && !at("}") && !at(")") && !at(",") ? expr() : null;
            return new Expr.Break(ps, l, v);
        }
        if (t.is("continue")) {
            advance();
            String l = tok().kind() == TokenKind.LIFETIME ? advance().text() : null;
            return new Expr.Continue(ps, l);
        }
        if (t.is("return")) {
            advance();
            Expr v = startsExpr() && !at(";") && !at("}") && !at(")") && !at(",") ? expr() : null;
            return new Expr.Return(ps, v);
        }
        if (t.is("async")) {
            advance();
            boolean mv = eat("move");
            if (at("|") || at("||")) {
                return closure(ps, mv, true);
            }
            return new Expr.Async(ps, block(), mv);
        }
        if (t.is("move")) {
            advance();
            if (!at("|") && !at("||")) {
                throw fail("a closure `|...|` after `move`");
            }
            return closure(ps, true, false);
        }
        if (t.is("|") || t.is("||")) {
            return closure(ps, false, false);
        }
        if (t.isIdent() || t.is("self") || t.is("Self") || t.is("crate") || t.is("super") || t.is("<")) {
            return pathExpr(ns);
        }
        throw fail("an expression");
    }

    Expr arrayBody(Pos ps, String open, String close) {
        expect(open);
        if (eat(close)) {
            return new Expr.Array(ps, List.of());
        }
        Expr first = expr();
        if (eat(";")) {
            Expr n = expr();
            expect(close);
            return new Expr.Repeat(ps, first, n);
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (eat(",")) {
            if (at(close)) {
                break;
            }
            items.add(expr());
        }
        expect(close);
        return new Expr.Array(ps, items);
    }

    Expr closure(Pos ps, boolean mv, boolean isAsync) {
        List<Expr.Param> params = new ArrayList<>();
        if (!eat("||")) {
            expect("|");
            while (!at("|")) {
                Pat pt = patternNoAlt();
                TypeRef ty = eat(":") ? type() : TypeRef.INFER;
                params.add(new Expr.Param(pt, ty));
                if (!eat(",")) {
                    break;
                }
            }
            expect("|");
        }
        Expr body;
        if (eat("->")) {
            type();
            body = block();
        } else {
            body = expr();
        }
        return new Expr.Closure(ps, params, body, mv, isAsync);
    }

    Expr ifExpr() {
        Pos ps = pos();
        expect("if");
        if (eat("let")) {
            Pat pt = pattern();
            expect("=");
            Expr v = exprNs(true);
            Expr.Block then = block();
            Expr other = elseBranch();
            return new Expr.IfLet(ps, pt, v, then, other);
        }
        Expr cond = exprNs(true);
        Expr.Block then = block();
        return new Expr.If(ps, cond, then, elseBranch());
    }

    Expr elseBranch() {
        if (!eat("else")) {
            return null;
        }
        if (at("if")) {
            enter(); // an `else if` chain is a tree as deep as it is long
            try {
                return ifExpr();
            } finally {
                leave();
            }
        }
        if (!at("{")) {
            throw fail("`{` or `if` after `else`");
        }
        return block();
    }

    Expr matchExpr() {
        Pos ps = pos();
        expect("match");
        Expr scrut = exprNs(true);
        expect("{");
        List<Expr.Arm> arms = new ArrayList<>();
        while (!at("}") && !atEof()) {
            Pos ap = pos();
            Pat pt = pattern();
            Expr guard = null;
            if (eat("if")) {
                guard = expr();
            }
            expect("=>");
            Expr body = expr();
            arms.add(new Expr.Arm(ap, pt, guard, body));
            if (!eat(",") && !at("}") && !blockLike(body)) {
                throw fail("`,` or `}` after the match arm");
            }
        }
        expect("}");
        return new Expr.Match(ps, scrut, arms);
    }

    Expr loopExpr(String label) {
        Pos ps = pos();
        if (eat("loop")) {
            return new Expr.Loop(ps, label, block());
        }
        if (eat("while")) {
            if (eat("let")) {
                Pat pt = pattern();
                expect("=");
                Expr v = exprNs(true);
                return new Expr.WhileLet(ps, label, pt, v, block());
            }
            Expr cond = exprNs(true);
            return new Expr.While(ps, label, cond, block());
        }
        expect("for");
        Pat pt = pattern();
        expect("in");
        Expr it = exprNs(true);
        return new Expr.For(ps, label, pt, it, block());
    }

    Expr pathExpr(boolean ns) {
        Pos ps = pos();
        List<String> segs = new ArrayList<>();
        TypeRef generic = null;
        List<TypeRef> generics = List.of();
        if (at("<")) {
            // <T as Trait>::method
            advance();
            TypeRef qt = type();
            if (eat("as")) {
                type();
            }
            expect(">");
            segs.add(qt.name());
            expect("::");
        }
        while (true) {
            Token t = tok();
            if (t.isIdent() || t.is("self") || t.is("Self") || t.is("crate") || t.is("super")) {
                segs.add(advance().text());
            } else {
                throw fail("an identifier");
            }
            if (at("::") && ahead(1).is("<")) {
                advance();
                List<TypeRef> a = typeArgs();
                generic = a.isEmpty() ? null : a.get(0);
                generics = a;
                if (!at("::")) {
                    break;
                }
            }
            if (at("::")) {
                advance();
                continue;
            }
            break;
        }
        if (at("!") && !ahead(1).is("=")) {
            advance();
            return macro(ps, segs);
        }
        String last = segs.get(segs.size() - 1);
        if (at("{") && !ns && Character.isUpperCase(last.charAt(0))) {
            return structLit(ps, segs);
        }
        return new Expr.Path(ps, segs, generic, generics);
    }

    Expr structLit(Pos ps, List<String> segs) {
        expect("{");
        List<Expr.FieldInit> fields = new ArrayList<>();
        Expr base = null;
        while (!at("}")) {
            if (eat("..")) {
                base = expr();
                break;
            }
            Pos fp = pos();
            String name;
            if (tok().kind() == TokenKind.INT) {
                name = advance().text();
            } else {
                name = ident("a field name");
            }
            Expr v;
            if (eat(":")) {
                v = expr();
            } else {
                v = new Expr.Path(fp, List.of(name), null);
            }
            fields.add(new Expr.FieldInit(fp, name, v));
            if (!eat(",")) {
                break;
            }
        }
        expect("}");
        return new Expr.StructLit(ps, segs, fields, base);
    }

    Expr macro(Pos ps, List<String> segs) {
        String name = segs.get(segs.size() - 1);
        String open = at("(") ? "(" : at("[") ? "[" : at("{") ? "{" : null;
        if (open == null) {
            throw fail("`(`, `[` or `{` after `" + name + "!`");
        }
        String close = open.equals("(") ? ")" : open.equals("[") ? "]" : "}";
        switch (name) {
            case "vec" -> {
                return arrayBody(ps, open, close);
            }
            case "join", "try_join" -> {
                return new Expr.Join(ps, args(open, close), name.equals("try_join"));
            }
            case "select" -> {
                return select(ps, open, close);
            }
            case "matches" -> {
                expect(open);
                Expr v = expr();
                expect(",");
                Pat pt = pattern();
                Expr guard = eat("if") ? expr() : null;
                eat(",");
                expect(close);
                return new Expr.Matches(ps, v, pt, guard);
            }
            default -> {
                if (!FORMAT_MACROS.contains(name)) {
                    diags.error(ps.line(), ps.column(), "cannot find macro `" + name + "` in this scope");
                    skipBalanced();
                    return new Expr.Tuple(ps, List.of());
                }
                return new Expr.Macro(ps, name, args(open, close));
            }
        }
    }

    Expr select(Pos ps, String open, String close) {
        expect(open);
        boolean biased = false;
        if (tok().isIdent() && tok().text().equals("biased") && ahead(1).is(";")) {
            advance();
            advance();
            biased = true;
        }
        List<Expr.SelectArm> arms = new ArrayList<>();
        Expr elseBody = null;
        while (!at(close) && !atEof()) {
            Pos ap = pos();
            if (eat("else")) {
                expect("=>");
                elseBody = expr();
                if (!eat(",") && !at(close) && !blockLike(elseBody)) {
                    throw fail("`,` after the `else` branch");
                }
                continue;
            }
            Pat pt = pattern();
            expect("=");
            Expr fut = expr();
            Expr pre = null;
            if (eat(",")) {
                expect("if");
                pre = expr();
            }
            expect("=>");
            Expr body = expr();
            arms.add(new Expr.SelectArm(ap, pt, fut, pre, body));
            if (!eat(",") && !at(close) && !blockLike(body)) {
                throw fail("`,` or `" + close + "` after the select! branch");
            }
        }
        expect(close);
        if (arms.isEmpty()) {
            diags.error(ps.line(), ps.column(), "select! needs at least one branch `pattern = future => handler`");
        }
        return new Expr.Select(ps, biased, arms, elseBody);
    }

    // ------------------------------------------------------------------ patterns

    /** Where an expression begins in the source (a method chain begins at its receiver), as rustc reports spans. */
    public static Pos startOf(Expr e) {
        while (true) {
            Expr inner = e instanceof Expr.MethodCall m ? m.receiver()
                    : e instanceof Expr.Field f ? f.receiver()
                    : e instanceof Expr.Index i ? i.receiver()
                    : e instanceof Expr.Await a ? a.future()
                    : e instanceof Expr.Try t ? t.operand()
                    : e instanceof Expr.Call c ? c.callee()
                    : e instanceof Expr.Cast c ? c.operand()
                    : e instanceof Expr.Binary b ? b.left()
                    : null;
            if (inner == null) {
                return e.pos();
            }
            e = inner; // a loop, not recursion: a chain may be as long as the parser allows
        }
    }
}
