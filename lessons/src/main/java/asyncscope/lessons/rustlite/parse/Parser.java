package asyncscope.lessons.rustlite.parse;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.lex.Token;
import asyncscope.lessons.rustlite.lex.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for Rust-lite with precedence climbing for binary operators. It follows
 * Rust's grammar where Rust-lite needs it (struct literals are not allowed in {@code if}/{@code while}/
 * {@code match} heads, block-like expressions end statements without {@code ;}). Types are parsed in full
 * and reduced to {@link TypeRef}. On an error it records a diagnostic saying what was expected, skips to a
 * statement or item boundary and goes on, so one run reports several errors.
 */
public final class Parser extends ExprParser {
    public Parser(List<Token> toks, Diagnostics diags) {
        super(toks, diags);
    }

    /** Whether the last fn parsed was a declaration without body ({@code fn area(&self) -> f64;}). */
    boolean isDeclarationOnly;

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

    void recoverItem() {
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

    List<Item.Attr> attributes() {
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

    Item item() {
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
        boolean isStatic = at("static");
        if (eat("const") || eat("static")) {
            eat("mut");
            String name = ident("a constant name");
            expect(":");
            TypeRef t = type();
            expect("=");
            Expr v = expr();
            expect(";");
            return new Item.Const(ps, name, t, v, isStatic);
        }
        if (eat("struct")) {
            String name = ident("a struct name");
            List<Item.Generic> structGenerics = generics();
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
            return new Item.Struct(ps, name, fields, types, tuple, attrs, structGenerics);
        }
        if (eat("enum")) {
            String name = ident("an enum name");
            List<Item.Generic> enumGenerics = generics();
            expect("{");
            List<Item.Variant> vs = new ArrayList<>();
            while (!at("}")) {
                boolean isDefault = attributes().stream().anyMatch(x -> x.path().equals("default"));
                String vn = ident("a variant name");
                if (isDefault) {
                    // `#[default]` on a variant: kept as an attribute of the enum for `#[derive(Default)]`
                    attrs.add(new Item.Attr(pos(), Item.Attr.DEFAULT_VARIANT, Map.of(), List.of(vn)));
                }
                if (eat("(")) {
                    int n = 0;
                    List<TypeRef> vt = new ArrayList<>();
                    while (!at(")")) {
                        vt.add(type());
                        n++;
                        if (!eat(",")) {
                            break;
                        }
                    }
                    expect(")");
                    vs.add(new Item.Variant(vn, n, null, null, vt));
                } else if (eat("{")) {
                    List<String> fn = new ArrayList<>();
                    List<TypeRef> vt = new ArrayList<>();
                    while (!at("}")) {
                        fn.add(ident("a field name"));
                        expect(":");
                        vt.add(type());
                        if (!eat(",")) {
                            break;
                        }
                    }
                    expect("}");
                    vs.add(new Item.Variant(vn, fn.size(), fn, null, vt));
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
            return new Item.Enum(ps, name, vs, attrs, enumGenerics);
        }
        if (eat("impl")) {
            List<Item.Generic> implGenerics = generics();
            eat("!");
            TypeRef first = type();
            String trait = null;
            TypeRef traitType = null;
            TypeRef target = first;
            if (eat("for")) {
                trait = first.name();
                traitType = first;
                target = type();
            }
            whereClause(implGenerics);
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
            return new Item.Impl(ps, trait, target.name(), methods, iconsts, traitType, target, implGenerics);
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
            List<Item.Fn> required = new ArrayList<>();
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
                } else {
                    required.add(f);
                }
            }
            expect("}");
            return new Item.Trait(ps, name, defaults, required);
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
                enter();
                try {
                    Item it = item();
                    if (it != null) {
                        inner.add(it);
                    }
                } finally {
                    leave();
                }
            }
            expect("}");
            return new Item.Mod(ps, name, inner);
        }
        throw fail("an item (`fn`, `struct`, `enum`, `impl`, `use` or `const`)");
    }

    void useTree(String prefix, Map<String, String> aliases) {
        enter();
        try {
            useTreeInner(prefix, aliases);
        } finally {
            leave();
        }
    }

    private void useTreeInner(String prefix, Map<String, String> aliases) {
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

    Item.Fn fn(List<Item.Attr> attrs, boolean inImpl) {
        Pos ps = pos();
        eat("const");
        eat("unsafe");
        boolean isAsync = eat("async");
        eat("unsafe");
        expect("fn");
        String name = ident("a function name");
        List<Item.Generic> generics = generics();
        expect("(");
        List<Expr.Param> params = new ArrayList<>();
        boolean hasSelf = false;
        TypeRef selfType = null;
        while (!at(")")) {
            attributes();
            if (at("self") || (at("&") && (ahead(1).is("self") || ahead(1).is("mut") && ahead(2).is("self")
                    || ahead(1).kind() == TokenKind.LIFETIME)) || at("mut") && ahead(1).is("self")) {
                boolean byRef = eat("&");
                if (tok().kind() == TokenKind.LIFETIME) {
                    advance();
                }
                boolean mutable = eat("mut");
                expect("self");
                selfType = new TypeRef("Self", List.of(), byRef ? (mutable ? TypeRef.MUT : TypeRef.SHARED) : TypeRef.NONE);
                if (eat(":")) {
                    selfType = type();
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
        whereClause(generics);
        if (inImpl && eat(";")) {
            isDeclarationOnly = true;
            return new Item.Fn(ps, name, params, ret, new Expr.Block(ps, List.of(), null, false), isAsync, hasSelf, attrs,
                    selfType, generics);
        }
        isDeclarationOnly = false;
        Expr.Block body = block();
        return new Item.Fn(ps, name, params, ret, body, isAsync, hasSelf, attrs, selfType, generics);
    }

    // ------------------------------------------------------------------ types
}
