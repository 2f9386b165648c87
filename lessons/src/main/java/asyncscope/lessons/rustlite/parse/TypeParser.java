package asyncscope.lessons.rustlite.parse;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.lex.Token;
import asyncscope.lessons.rustlite.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Types and generics: parsed in full so any Rust type annotation is accepted, reduced to {@link TypeRef}. */
abstract class TypeParser extends TokenCursor {
    TypeParser(List<Token> toks, Diagnostics diags) {
        super(toks, diags);
    }

    void skipGenerics() {
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

    /**
     * Type parameters {@code <'a, T: Bound + Other<X>, const N: usize, U = Default>}: the names and bounds of
     * the type parameters (lifetimes and const parameters are skipped). Empty without angle brackets.
     */
    List<Item.Generic> generics() {
        List<Item.Generic> out = new ArrayList<>();
        if (!at("<")) {
            return out;
        }
        advance();
        {
            while (!at(">") && !atEof()) {
                if (tok().kind() == TokenKind.LIFETIME) {
                    advance();
                    if (eat(":")) {
                        while (tok().kind() == TokenKind.LIFETIME || at("+")) {
                            advance();
                        }
                    }
                } else if (eat("const")) {
                    ident("a const parameter name");
                    expect(":");
                    type();
                    if (eat("=")) {
                        advance();
                    }
                } else {
                    String name = ident("a type parameter name");
                    List<TypeRef> bounds = new ArrayList<>();
                    if (eat(":")) {
                        boundList(bounds);
                    }
                    if (eat("=")) {
                        type();
                    }
                    out.add(new Item.Generic(name, bounds));
                }
                if (!eat(",")) {
                    break;
                }
            }
            expect(">");
        }
        return out;
    }

    /** {@code A + B<X> + 'a + ?Sized}, appended to {@code out}. */
    void boundList(List<TypeRef> out) {
        do {
            if (tok().kind() == TokenKind.LIFETIME) {
                advance();
            } else if (eat("?")) {
                pathType();
            } else if (at("(")) {
                advance();
                out.add(bounds());
                expect(")");
            } else {
                if (eat("for")) {
                    skipGenerics();
                }
                out.add(at("&") || at("&&") || at("fn") || at("dyn") || at("impl") ? type() : pathType());
            }
        } while (eat("+"));
    }

    /** A {@code where} clause: each {@code T: Bounds} adds to the type parameter of that name (others are read and dropped). */
    void whereClause(List<Item.Generic> generics) {
        if (!at("where")) {
            return;
        }
        advance();
        {
            while (!at("{") && !at(";") && !atEof()) {
                if (eat("for")) {
                    skipGenerics();
                }
                if (tok().kind() == TokenKind.LIFETIME) {
                    advance();
                    expect(":");
                    while (tok().kind() == TokenKind.LIFETIME || at("+")) {
                        advance();
                    }
                } else {
                    TypeRef t = type();
                    expect(":");
                    List<TypeRef> bounds = new ArrayList<>();
                    boundList(bounds);
                    for (int i = 0; i < generics.size(); i++) {
                        Item.Generic g = generics.get(i);
                        if (g.name().equals(t.name()) && t.args().isEmpty() && !t.isRef()) {
                            List<TypeRef> all = new ArrayList<>(g.bounds());
                            all.addAll(bounds);
                            generics.set(i, new Item.Generic(g.name(), all));
                        }
                    }
                }
                if (!eat(",")) {
                    break;
                }
            }
        }
    }

    void skipWhere() {
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

    TypeRef type() {
        enter();
        try {
            Token t = tok();
            if (at("&") || at("&&") || at("*")) {
                boolean pointer = advance().is("*");
                if (tok().kind() == TokenKind.LIFETIME) {
                    advance();
                }
                boolean mutable = eat("mut");
                if (!mutable) {
                    eat("const");
                }
                TypeRef inner = type();
                return pointer ? inner : inner.asRef(mutable);
            }
            if (eat("(")) {
                List<TypeRef> items = new ArrayList<>();
                while (!at(")")) {
                    items.add(type());
                    if (!eat(",")) {
                        break;
                    }
                }
                boolean trailingComma = toks.get(p - 1).is(",");
                expect(")");
                if (items.size() == 1 && !trailingComma) {
                    return items.get(0);
                }
                return items.isEmpty() ? TypeRef.of("()", items, TypeRef.UNIT) : TypeRef.of("tuple", items, TypeRef.TUPLE);
            }
            if (eat("[")) {
                TypeRef el = type();
                boolean array = eat(";");
                if (array) {
                    expr();
                }
                expect("]");
                return TypeRef.of("Vec", List.of(el), array ? TypeRef.ARRAY : TypeRef.SLICE);
            }
            if (eat("!")) {
                return TypeRef.of("!", List.of(), TypeRef.NEVER);
            }
            if (t.is("impl") || t.is("dyn")) {
                advance();
                TypeRef b = bounds();
                return new TypeRef(b.name(), b.args(), TypeRef.NONE, t.is("impl") ? TypeRef.IMPL : TypeRef.DYN, b.path());
            }
            if (t.is("fn") || t.is("unsafe")) {
                eat("unsafe");
                expect("fn");
                expect("(");
                List<TypeRef> params = new ArrayList<>();
                while (!at(")")) {
                    params.add(type());
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
                TypeRef ret = eat("->") ? type() : TypeRef.of("()", List.of(), TypeRef.UNIT);
                return TypeRef.of("fn", List.of(TypeRef.of("tuple", params, TypeRef.TUPLE), ret), TypeRef.FN);
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

    TypeRef bounds() {
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

    TypeRef pathType() {
        Token t = tok();
        if (!(t.isIdent() || t.is("Self") || t.is("self") || t.is("crate") || t.is("super") || t.is("_"))) {
            throw fail("a type");
        }
        String name = advance().text();
        StringBuilder path = new StringBuilder(name);
        String form = TypeRef.PATH;
        List<TypeRef> args = new ArrayList<>();
        while (true) {
            if (at("<") || at("::") && ahead(1).is("<")) {
                eat("::");
                args = typeArgs();
            } else if (at("(") && (name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce"))) {
                advance();
                List<TypeRef> params = new ArrayList<>();
                while (!at(")")) {
                    params.add(type());
                    if (!eat(",")) {
                        break;
                    }
                }
                expect(")");
                TypeRef ret = eat("->") ? type() : TypeRef.of("()", List.of(), TypeRef.UNIT);
                args = List.of(TypeRef.of("tuple", params, TypeRef.TUPLE), ret);
                form = TypeRef.FN_SUGAR;
            } else if (at("::") && (ahead(1).isIdent() || ahead(1).is("Self"))) {
                advance();
                name = advance().text();
                path.append("::").append(name);
                args = new ArrayList<>();
            } else {
                break;
            }
        }
        return new TypeRef(name, args, TypeRef.NONE, form, path.toString());
    }

    List<TypeRef> typeArgs() {
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
}
