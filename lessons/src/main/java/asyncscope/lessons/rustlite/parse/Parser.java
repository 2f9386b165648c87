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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser for Rust-lite with precedence climbing for binary operators. It follows
 * Rust's grammar where Rust-lite needs it (struct literals are not allowed in {@code if}/{@code while}/
 * {@code match} heads, block-like expressions end statements without {@code ;}). Types are parsed in full
 * and reduced to {@link TypeRef}. On an error it records a diagnostic saying what was expected, skips to a
 * statement or item boundary and goes on, so one run reports several errors.
 */
public final class Parser {
    private static final int MAX_DEPTH = 200;
    private static final Set<String> FORMAT_MACROS = Set.of("println", "print", "eprintln", "eprint", "format", "panic",
            "assert", "assert_eq", "assert_ne", "unreachable", "todo", "unimplemented", "dbg", "debug_assert",
            "debug_assert_eq", "write", "writeln", "pin");

    private final List<Token> toks;
    /** Whether the last fn parsed was a declaration without body ({@code fn area(&self) -> f64;}). */
    private boolean isDeclarationOnly;
    private final Diagnostics diags;
    private int p;
    private int depth;

    /** Unwinds to the nearest recovery point; the diagnostic is already recorded. */
    private static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail() {
            super(null, null, false, false);
        }
    }

    public Parser(List<Token> toks, Diagnostics diags) {
        this.toks = new ArrayList<>(toks);
        this.diags = diags;
    }

    // ------------------------------------------------------------------ token helpers

    private Token tok() {
        return toks.get(p);
    }

    private Token ahead(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    private Pos pos() {
        return new Pos(tok().line(), tok().column());
    }

    private boolean at(String t) {
        return tok().is(t);
    }

    private boolean atEof() {
        return tok().kind() == TokenKind.EOF;
    }

    private Token advance() {
        Token t = tok();
        if (t.kind() != TokenKind.EOF) {
            p++;
        }
        return t;
    }

    private boolean eat(String t) {
        if (at(t)) {
            advance();
            return true;
        }
        return false;
    }

    private Bail fail(String expected) {
        Token t = tok();
        int line = t.line();
        int col = t.column();
        if ((t.kind() == TokenKind.EOF || expected.startsWith("`;`")) && p > 0) {
            // rustc points just after the previous token for a missing `;` or an early end of file
            Token prev = toks.get(p - 1);
            line = prev.endLine();
            col = prev.endColumn() + 1;
        }
        diags.error(line, col, "expected " + expected + ", found " + t.describe());
        return new Bail();
    }

    private Token expect(String t) {
        if (at(t)) {
            return advance();
        }
        if (t.equals(">") && splitGreater()) {
            return advance();
        }
        throw fail("`" + t + "`");
    }

    /** Splits {@code >>}, {@code >=}, {@code >>=} so that the first {@code >} closes a generic list. */
    private boolean splitGreater() {
        Token t = tok();
        if (t.kind() != TokenKind.PUNCT || !t.text().startsWith(">") || t.text().length() < 2) {
            return false;
        }
        Token first = new Token(TokenKind.PUNCT, ">", null, "", t.line(), t.column(), t.line(), t.column());
        Token rest = new Token(TokenKind.PUNCT, t.text().substring(1), null, "", t.line(), t.column() + 1, t.endLine(), t.endColumn());
        toks.set(p, first);
        toks.add(p + 1, rest);
        return true;
    }

    private String ident(String what) {
        if (tok().isIdent()) {
            return advance().text();
        }
        throw fail(what);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            Token t = tok();
            diags.error(t.line(), t.column(), "expression nests too deeply (more than " + MAX_DEPTH + " levels)");
            p = toks.size() - 1;
            throw new Bail();
        }
    }

    private void leave() {
        depth--;
    }

    // ------------------------------------------------------------------ items

    /** Parses a whole file into its items. Diagnostics are collected; call {@link Diagnostics#throwIfAny}. */
    public List<Item> parseFile() {
        List<Item> items = new ArrayList<>();
        while (!atEof() && !diags.full()) {
            int before = p;
            try {
                Item it = item();
                if (it != null) {
                    items.add(it);
                }
            } catch (Bail b) {
                depth = 0;
                recoverItem();
            }
            if (p == before && !atEof()) {
                advance();
            }
        }
        return items;
    }

    private void recoverItem() {
        int nest = 0;
        while (!atEof()) {
            Token t = tok();
            if (t.is("{")) {
                nest++;
            } else if (t.is("}")) {
                nest--;
                if (nest <= 0) {
                    advance();
                    if (nest == 0) {
                        return;
                    }
                    nest = 0;
                    continue;
                }
            } else if (nest == 0 && (t.is("fn") || t.is("struct") || t.is("enum") || t.is("impl") || t.is("use")
                    || t.is("async") || t.is("#") || t.is("const") || t.is("pub") || t.is("trait"))) {
                return;
            }
            advance();
        }
    }

    private List<Item.Attr> attributes() {
        List<Item.Attr> attrs = new ArrayList<>();
        while (at("#")) {
            Pos ps = pos();
            advance();
            eat("!");
            expect("[");
            StringBuilder path = new StringBuilder(ident("an attribute name"));
            while (eat("::")) {
                path.append("::").append(ident("an attribute path segment"));
            }
            Map<String, Object> args = new LinkedHashMap<>();
            List<String> words = new ArrayList<>();
            if (eat("(")) {
                while (!at(")") && !atEof()) {
                    String key = tok().isIdent() || tok().kind() == TokenKind.KEYWORD ? advance().text() : null;
                    if (key == null) {
                        throw fail("an attribute argument");
                    }
                    while (eat("::")) {
                        key = key + "::" + ident("a path segment");
                    }
                    if (eat("=")) {
                        Token v = advance();
                        if (v.kind() != TokenKind.STRING && v.kind() != TokenKind.INT && !v.is("true") && !v.is("false")) {
                            p--;
                            throw fail("a literal value for `" + key + "`");
                        }
                        args.put(key, v.value() != null ? v.value() : Boolean.valueOf(v.text()));
                    } else if (at("(")) {
                        skipBalanced();
                        words.add(key);
                    } else {
                        words.add(key);
                    }
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
            } else if (eat("=")) {
                advance();
            }
            expect("]");
            attrs.add(new Item.Attr(ps, path.toString(), args, words));
        }
        return attrs;
    }

    private void skipBalanced() {
        int nest = 0;
        do {
            Token t = advance();
            if (t.is("(") || t.is("[") || t.is("{")) {
                nest++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                nest--;
            }
        } while (nest > 0 && !atEof());
    }

    private Item item() {
        List<Item.Attr> attrs = attributes();
        Pos ps = pos();
        if (eat("pub")) {
            if (at("(")) {
                skipBalanced();
            }
        }
        if (at("use")) {
            advance();
            Map<String, String> aliases = new LinkedHashMap<>();
            useTree("", aliases);
            expect(";");
            return new Item.Use(ps, aliases);
        }
        if (at("fn") || at("async") || at("const") && ahead(1).is("fn") || at("unsafe")) {
            return fn(attrs, false);
        }
        if (eat("const") || eat("static")) {
            eat("mut");
            String name = ident("a constant name");
            expect(":");
            TypeRef t = type();
            expect("=");
            Expr v = expr();
            expect(";");
            return new Item.Const(ps, name, t, v);
        }
        if (eat("struct")) {
            String name = ident("a struct name");
            skipGenerics();
            List<String> fields = new ArrayList<>();
            List<TypeRef> types = new ArrayList<>();
            boolean tuple = false;
            if (eat("(")) {
                tuple = true;
                int i = 0;
                while (!at(")")) {
                    attributes();
                    if (eat("pub") && at("(")) {
                        skipBalanced();
                    }
                    types.add(type());
                    fields.add(String.valueOf(i++));
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
                skipWhere();
                expect(";");
            } else if (eat(";")) {
                tuple = true;
            } else {
                skipWhere();
                expect("{");
                while (!at("}")) {
                    attributes();
                    if (eat("pub") && at("(")) {
                        skipBalanced();
                    }
                    fields.add(ident("a field name"));
                    expect(":");
                    types.add(type());
                    if (!eat(",")) {
                        break;
                    }
                }
                expect("}");
            }
            return new Item.Struct(ps, name, fields, types, tuple, attrs);
        }
        if (eat("enum")) {
            String name = ident("an enum name");
            skipGenerics();
            expect("{");
            List<Item.Variant> vs = new ArrayList<>();
            while (!at("}")) {
                attributes();
                String vn = ident("a variant name");
                if (eat("(")) {
                    int n = 0;
                    while (!at(")")) {
                        type();
                        n++;
                        if (!eat(",")) {
                            break;
                        }
                    }
                    expect(")");
                    vs.add(new Item.Variant(vn, n, null, null));
                } else if (eat("{")) {
                    List<String> fn = new ArrayList<>();
                    while (!at("}")) {
                        fn.add(ident("a field name"));
                        expect(":");
                        type();
                        if (!eat(",")) {
                            break;
                        }
                    }
                    expect("}");
                    vs.add(new Item.Variant(vn, fn.size(), fn, null));
                } else {
                    Long disc = null;
                    if (eat("=")) {
                        boolean neg = eat("-");
                        Token t = advance();
                        if (t.kind() != TokenKind.INT) {
                            p--;
                            throw fail("an integer discriminant");
                        }
                        disc = neg ? -(Long) t.value() : (Long) t.value();
                    }
                    vs.add(new Item.Variant(vn, 0, null, disc));
                }
                if (!eat(",")) {
                    break;
                }
            }
            expect("}");
            return new Item.Enum(ps, name, vs, attrs);
        }
        if (eat("impl")) {
            skipGenerics();
            TypeRef first = type();
            String trait = null;
            TypeRef target = first;
            if (eat("for")) {
                trait = first.name();
                target = type();
            }
            skipWhere();
            expect("{");
            List<Item.Fn> methods = new ArrayList<>();
            List<Item.Const> iconsts = new ArrayList<>();
            while (!at("}") && !atEof()) {
                List<Item.Attr> ma = attributes();
                if (eat("pub") && at("(")) {
                    skipBalanced();
                }
                if (at("const") && !ahead(1).is("fn")) {
                    Pos cp = pos();
                    advance();
                    String cname = ident("a constant name");
                    expect(":");
                    TypeRef ct = type();
                    expect("=");
                    Expr cv = expr();
                    expect(";");
                    iconsts.add(new Item.Const(cp, target.name() + "::" + cname, ct, cv));
                    continue;
                }
                if (at("type")) {
                    while (!at(";") && !atEof()) {
                        advance();
                    }
                    expect(";");
                    continue;
                }
                if (!at("fn") && !at("async") && !at("const") && !at("unsafe")) {
                    throw fail("`fn` or `}` in impl block");
                }
                methods.add(fn(ma, true));
            }
            expect("}");
            return new Item.Impl(ps, trait, target.name(), methods, iconsts);
        }
        if (eat("trait")) {
            String name = ident("a trait name");
            while (!at("{") && !atEof()) {
                if (at("<")) {
                    skipGenerics();
                } else {
                    advance();
                }
            }
            expect("{");
            List<Item.Fn> defaults = new ArrayList<>();
            while (!at("}") && !atEof()) {
                List<Item.Attr> ma = attributes();
                if (at("type") || at("const")) {
                    while (!at(";") && !atEof()) {
                        advance();
                    }
                    expect(";");
                    continue;
                }
                if (!at("fn") && !at("async") && !at("unsafe")) {
                    throw fail("`fn` or `}` in trait");
                }
                Item.Fn f = fn(ma, true);
                if (!f.body().stmts().isEmpty() || f.body().tail() != null || !isDeclarationOnly) {
                    defaults.add(f);
                }
            }
            expect("}");
            return new Item.Trait(ps, name, defaults);
        }
        if (eat("type")) {
            while (!at(";") && !atEof()) {
                advance();
            }
            expect(";");
            return new Item.Ignored(ps, "type");
        }
        if (eat("mod")) {
            String name = ident("a module name");
            if (eat(";")) {
                return new Item.Ignored(ps, "mod");
            }
            expect("{");
            List<Item> inner = new ArrayList<>();
            while (!at("}") && !atEof()) {
                if (at("#") && ahead(1).is("!")) {
                    attributes();
                    continue;
                }
                Item it = item();
                if (it != null) {
                    inner.add(it);
                }
            }
            expect("}");
            return new Item.Mod(ps, name, inner);
        }
        throw fail("an item (`fn`, `struct`, `enum`, `impl`, `use` or `const`)");
    }

    private void useTree(String prefix, Map<String, String> aliases) {
        if (eat("{")) {
            while (!at("}")) {
                useTree(prefix, aliases);
                if (!eat(",")) {
                    break;
                }
            }
            expect("}");
            return;
        }
        if (eat("*")) {
            aliases.put("*" + prefix, prefix);
            return;
        }
        Token t = tok();
        String seg;
        if (t.isIdent() || t.is("self") || t.is("crate") || t.is("super")) {
            seg = advance().text();
        } else {
            throw fail("a path in `use`");
        }
        String full = prefix.isEmpty() ? seg : prefix + "::" + seg;
        if (eat("::")) {
            useTree(full, aliases);
            return;
        }
        String alias = seg;
        if (seg.equals("self")) {
            full = prefix;
            alias = prefix.contains("::") ? prefix.substring(prefix.lastIndexOf("::") + 2) : prefix;
        }
        if (eat("as")) {
            alias = at("_") ? advance().text() : ident("an alias name");
        }
        aliases.put(alias, full);
    }

    private void skipGenerics() {
        if (at("<")) {
            int nest = 0;
            do {
                if (at("<")) {
                    nest++;
                } else if (at(">")) {
                    nest--;
                } else if (at(">>")) {
                    nest -= 2;
                } else if (at("->")) {
                    // a `->` inside Fn() -> T bounds is not a bracket
                } else if (atEof()) {
                    throw fail("`>`");
                }
                advance();
            } while (nest > 0);
        }
    }

    private void skipWhere() {
        if (eat("where")) {
            while (!at("{") && !at(";") && !atEof()) {
                if (at("<")) {
                    skipGenerics();
                } else {
                    advance();
                }
            }
        }
    }

    private Item.Fn fn(List<Item.Attr> attrs, boolean inImpl) {
        Pos ps = pos();
        eat("const");
        eat("unsafe");
        boolean isAsync = eat("async");
        eat("unsafe");
        expect("fn");
        String name = ident("a function name");
        skipGenerics();
        expect("(");
        List<Expr.Param> params = new ArrayList<>();
        boolean hasSelf = false;
        while (!at(")")) {
            attributes();
            if (at("self") || (at("&") && (ahead(1).is("self") || ahead(1).is("mut") && ahead(2).is("self")
                    || ahead(1).kind() == TokenKind.LIFETIME)) || at("mut") && ahead(1).is("self")) {
                eat("&");
                if (tok().kind() == TokenKind.LIFETIME) {
                    advance();
                }
                eat("mut");
                expect("self");
                if (eat(":")) {
                    type();
                }
                hasSelf = true;
            } else {
                Pat pt = pattern();
                expect(":");
                params.add(new Expr.Param(pt, type()));
            }
            if (!eat(",")) {
                break;
            }
        }
        expect(")");
        TypeRef ret = TypeRef.INFER;
        if (eat("->")) {
            ret = type();
        }
        skipWhere();
        if (inImpl && eat(";")) {
            isDeclarationOnly = true;
            return new Item.Fn(ps, name, params, ret, new Expr.Block(ps, List.of(), null, false), isAsync, hasSelf, attrs);
        }
        isDeclarationOnly = false;
        Expr.Block body = block();
        return new Item.Fn(ps, name, params, ret, body, isAsync, hasSelf, attrs);
    }

    // ------------------------------------------------------------------ types

    TypeRef type() {
        enter();
        try {
            Token t = tok();
            if (eat("&") || eat("&&") || eat("*")) {
                if (tok().kind() == TokenKind.LIFETIME) {
                    advance();
                }
                if (!eat("mut")) {
                    eat("const");
                }
                return type();
            }
            if (eat("(")) {
                List<TypeRef> items = new ArrayList<>();
                while (!at(")")) {
                    items.add(type());
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
                return items.size() == 1 ? items.get(0) : new TypeRef(items.isEmpty() ? "()" : "tuple", items);
            }
            if (eat("[")) {
                TypeRef el = type();
                if (eat(";")) {
                    expr();
                }
                expect("]");
                return new TypeRef("Vec", List.of(el));
            }
            if (eat("!")) {
                return new TypeRef("!", List.of());
            }
            if (t.is("impl") || t.is("dyn")) {
                advance();
                return bounds();
            }
            if (t.is("fn") || t.is("unsafe")) {
                eat("unsafe");
                expect("fn");
                expect("(");
                while (!at(")")) {
                    type();
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
                if (eat("->")) {
                    type();
                }
                return new TypeRef("fn", List.of());
            }
            if (t.is("_")) {
                advance();
                return TypeRef.INFER;
            }
            return pathType();
        } finally {
            leave();
        }
    }

    private TypeRef bounds() {
        TypeRef first = null;
        do {
            if (tok().kind() == TokenKind.LIFETIME) {
                advance();
            } else {
                eat("?");
                TypeRef b = at("&") || at("&&") || at("(") || at("[") || at("fn") || at("_") || at("!") || at("dyn") || at("impl")
                        ? type() : pathType();
                if (first == null) {
                    first = b;
                }
            }
        } while (eat("+"));
        return first == null ? TypeRef.INFER : first;
    }

    private TypeRef pathType() {
        Token t = tok();
        if (!(t.isIdent() || t.is("Self") || t.is("self") || t.is("crate") || t.is("super") || t.is("_"))) {
            throw fail("a type");
        }
        String name = advance().text();
        List<TypeRef> args = new ArrayList<>();
        while (true) {
            if (at("<") || at("::") && ahead(1).is("<")) {
                eat("::");
                args = typeArgs();
            } else if (at("(") && (name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce"))) {
                advance();
                while (!at(")")) {
                    type();
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
                if (eat("->")) {
                    type();
                }
            } else if (at("::") && (ahead(1).isIdent() || ahead(1).is("Self"))) {
                advance();
                name = advance().text();
                args = new ArrayList<>();
            } else {
                break;
            }
        }
        return new TypeRef(name, args);
    }

    private List<TypeRef> typeArgs() {
        expect("<");
        List<TypeRef> args = new ArrayList<>();
        while (!at(">") && !at(">>") && !at(">=") && !at(">>=")) {
            if (tok().kind() == TokenKind.LIFETIME) {
                advance();
            } else if (tok().isIdent() && ahead(1).is("=")) {
                advance();
                advance();
                args.add(type());
            } else if (tok().kind() == TokenKind.INT || at("{")) {
                if (at("{")) {
                    skipBalanced();
                } else {
                    advance();
                }
            } else {
                args.add(bounds());
            }
            if (!eat(",")) {
                break;
            }
        }
        expect(">");
        return args;
    }

    // ------------------------------------------------------------------ blocks and statements

    public Expr.Block block() {
        enter();
        try {
            return blockInner();
        } finally {
            leave();
        }
    }

    private Expr.Block blockInner() {
        Pos ps = pos();
        expect("{");
        List<Stmt> stmts = new ArrayList<>();
        Expr tail = null;
        while (!at("}") && !atEof() && !diags.full()) {
            int before = p;
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
                depth = 0;
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

    private void recoverStatement(int stmtStart) {
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
    private Object statement() {
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
    private Expr postfixOnlyMethods(Expr e) {
        if (at(".") || at("?")) {
            return postfix(e);
        }
        return e;
    }

    /** A statement that began with a block-like expression continues as an assignment: `m[k] = v` forms. */
    private Expr continueExpr(Expr e) {
        if (tok().kind() == TokenKind.PUNCT && ASSIGN_OPS.contains(tok().text())) {
            Pos ps = pos();
            String op = advance().text();
            return new Expr.Assign(ps, op, e, expr());
        }
        throw fail("`;` or `}` after the expression");
    }

    private static boolean blockLike(Expr e) {
        return e instanceof Expr.Block || e instanceof Expr.If || e instanceof Expr.IfLet || e instanceof Expr.While
                || e instanceof Expr.WhileLet || e instanceof Expr.Loop || e instanceof Expr.For || e instanceof Expr.Match
                || e instanceof Expr.Select || e instanceof Expr.Async || e instanceof Expr.Macro m && m.args().isEmpty() && false;
    }

    // ------------------------------------------------------------------ expressions

    public Expr expr() {
        return exprNs(false);
    }

    private Expr exprNs(boolean noStruct) {
        enter();
        try {
            return assignment(noStruct);
        } finally {
            leave();
        }
    }

    private static final Set<String> ASSIGN_OPS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<=", ">>=");

    private Expr assignment(boolean ns) {
        Expr lhs = range(ns);
        if (tok().kind() == TokenKind.PUNCT && ASSIGN_OPS.contains(tok().text())) {
            Pos ps = pos();
            String op = advance().text();
            Expr rhs = assignment(ns);
            return new Expr.Assign(ps, op, lhs, rhs);
        }
        return lhs;
    }

    private Expr range(boolean ns) {
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

    private boolean startsExpr() {
        Token t = tok();
        if (t.kind() == TokenKind.EOF) {
            return false;
        }
        if (t.kind() == TokenKind.PUNCT) {
            return Set.of("(", "[", "-", "!", "*", "&", "|", "||").contains(t.text());
        }
        return !t.is("=>") && !t.is("else") && !t.is("as");
    }

    private static int prec(String op) {
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

    private Expr binary(int min, boolean ns) {
        Expr left = cast(ns);
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
            Expr right = binary(pr, ns);
            left = new Expr.Binary(left.pos(), t.text(), left, right);
        }
    }

    private Expr cast(boolean ns) {
        Expr e = unary(ns);
        while (at("as")) {
            Pos ps = pos();
            advance();
            e = new Expr.Cast(ps, e, type());
        }
        return e;
    }

    private Expr unary(boolean ns) {
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
            advance();
            eat("mut");
            enter();
            try {
                return new Expr.Ref(ps, unary(ns));
            } finally {
                leave();
            }
        }
        return postfix(primary(ns));
    }

    private Expr postfix(Expr e) {
        while (true) {
            Pos ps = pos();
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
    }

    private List<Expr> args(String open, String close) {
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

    private String label() {
        if (tok().kind() == TokenKind.LIFETIME && ahead(1).is(":")) {
            String l = advance().text();
            advance();
            return l;
        }
        return null;
    }

    private Expr primary(boolean ns) {
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
                return new Expr.Lit(ps, t.value(), "str");
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

    private Expr arrayBody(Pos ps, String open, String close) {
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

    private Expr closure(Pos ps, boolean mv, boolean isAsync) {
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

    private Expr ifExpr() {
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

    private Expr elseBranch() {
        if (!eat("else")) {
            return null;
        }
        if (at("if")) {
            return ifExpr();
        }
        if (!at("{")) {
            throw fail("`{` or `if` after `else`");
        }
        return block();
    }

    private Expr matchExpr() {
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

    private Expr loopExpr(String label) {
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

    private Expr pathExpr(boolean ns) {
        Pos ps = pos();
        List<String> segs = new ArrayList<>();
        TypeRef generic = null;
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
        return new Expr.Path(ps, segs, generic);
    }

    private Expr structLit(Pos ps, List<String> segs) {
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

    private Expr macro(Pos ps, List<String> segs) {
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

    private Expr select(Pos ps, String open, String close) {
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

    public Pat pattern() {
        Pos ps = pos();
        eat("|");
        Pat first = patternNoAlt();
        if (!at("|")) {
            return first;
        }
        List<Pat> alts = new ArrayList<>();
        alts.add(first);
        while (eat("|")) {
            alts.add(patternNoAlt());
        }
        return new Pat.Or(ps, alts);
    }

    private Pat patternNoAlt() {
        enter();
        try {
            return patternInner();
        } finally {
            leave();
        }
    }

    private Pat patternInner() {
        Pos ps = pos();
        Token t = tok();
        if (t.is("_")) {
            advance();
            return new Pat.Wild(ps);
        }
        if (t.is("..")) {
            advance();
            return new Pat.Rest(ps);
        }
        if (t.is("&") || t.is("&&")) {
            advance();
            eat("mut");
            return new Pat.Ref(ps, patternNoAlt());
        }
        if (t.is("(")) {
            advance();
            List<Pat> items = new ArrayList<>();
            boolean comma = false;
            while (!at(")")) {
                items.add(pattern());
                if (!eat(",")) {
                    break;
                }
                comma = true;
            }
            expect(")");
            return items.size() == 1 && !comma ? items.get(0) : new Pat.Tuple(ps, items);
        }
        if (t.is("[")) {
            advance();
            List<Pat> items = new ArrayList<>();
            while (!at("]")) {
                items.add(pattern());
                if (!eat(",")) {
                    break;
                }
            }
            expect("]");
            return new Pat.Slice(ps, items);
        }
        Object lit = literalPatValue();
        if (lit != NO_LIT) {
            if (at("..=") || at("...") || at("..")) {
                boolean incl = !advance().text().equals("..");
                Object hi = literalPatValue();
                if (hi == NO_LIT && tok().isIdent()) {
                    List<String> hp = new ArrayList<>();
                    hp.add(advance().text());
                    while (eat("::")) {
                        hp.add(ident("a path segment"));
                    }
                    hi = new PathConst(hp);
                }
                if (hi == NO_LIT) {
                    throw fail("the end of the range pattern");
                }
                return new Pat.Range(ps, lit, hi, incl);
            }
            return new Pat.Lit(ps, lit);
        }
        if (t.is("ref") || t.is("mut")) {
            eat("ref");
            boolean mut = eat("mut");
            String name = ident("a binding name");
            Pat sub = eat("@") ? patternNoAlt() : null;
            return new Pat.Bind(ps, name, mut, sub);
        }
        if (t.isIdent() || t.is("Self") || t.is("crate") || t.is("self")) {
            List<String> path = new ArrayList<>();
            path.add(advance().text());
            while (at("::")) {
                advance();
                if (at("<")) {
                    typeArgs();
                    continue;
                }
                path.add(ident("a path segment"));
            }
            if (at("(")) {
                advance();
                List<Pat> items = new ArrayList<>();
                while (!at(")")) {
                    items.add(pattern());
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
                return new Pat.Variant(ps, path, items, true);
            }
            if (at("{")) {
                advance();
                List<Pat.FieldPat> fields = new ArrayList<>();
                boolean rest = false;
                while (!at("}")) {
                    if (eat("..")) {
                        rest = true;
                        break;
                    }
                    eat("ref");
                    boolean mut = eat("mut");
                    Pos fp = pos();
                    String fname = tok().kind() == TokenKind.INT ? advance().text() : ident("a field name");
                    Pat fpat = eat(":") ? pattern() : new Pat.Bind(fp, fname, mut, null);
                    fields.add(new Pat.FieldPat(fname, fpat));
                    if (!eat(",")) {
                        break;
                    }
                }
                expect("}");
                return new Pat.Struct(ps, path, fields, rest);
            }
            if (at("..=") || at("...") || (at("..") && !ahead(1).is(")") && !ahead(1).is(",") && !ahead(1).is("]"))) {
                boolean incl = !advance().text().equals("..");
                Object hi = literalPatValue();
                if (hi == NO_LIT) {
                    if (tok().isIdent()) {
                        List<String> hp = new ArrayList<>();
                        hp.add(advance().text());
                        while (eat("::")) {
                            hp.add(ident("a path segment"));
                        }
                        hi = new PathConst(hp);
                    } else {
                        throw fail("the end of the range pattern");
                    }
                }
                return new Pat.Range(ps, new PathConst(path), hi, incl);
            }
            String name = path.get(0);
            if (path.size() == 1 && !Character.isUpperCase(name.charAt(0))) {
                Pat sub = eat("@") ? patternNoAlt() : null;
                return new Pat.Bind(ps, name, false, sub);
            }
            return new Pat.Variant(ps, path, List.of(), false);
        }
        throw fail("a pattern");
    }

    private static final Object NO_LIT = new Object();

    private Object literalPatValue() {
        Token t = tok();
        boolean neg = false;
        if (t.is("-") && (ahead(1).kind() == TokenKind.INT || ahead(1).kind() == TokenKind.FLOAT)) {
            advance();
            neg = true;
            t = tok();
        }
        switch (t.kind()) {
            case INT -> {
                advance();
                long v = (Long) t.value();
                return neg ? -v : v;
            }
            case FLOAT -> {
                advance();
                double v = (Double) t.value();
                return neg ? -v : v;
            }
            case STRING -> {
                advance();
                return t.value();
            }
            case CHAR -> {
                advance();
                return new CharLit((String) t.value());
            }
            default -> { }
        }
        if (t.is("true") || t.is("false")) {
            advance();
            return Boolean.valueOf(t.text());
        }
        return NO_LIT;
    }

    /** A constant path inside a range pattern ({@code i32::MIN..=-1}). */
    public record PathConst(List<String> path) {}

    /** A char literal inside a pattern (strings and chars must stay distinct). */
    public record CharLit(String text) {}
}
