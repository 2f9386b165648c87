package asyncscope.lessons.rustlite.parse;

import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.lex.Token;
import asyncscope.lessons.rustlite.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Patterns: bindings, literals, ranges, tuples, slices, enum variants, structs and {@code |} alternatives. */
abstract class PatternParser extends TypeParser {
    PatternParser(List<Token> toks, Diagnostics diags) {
        super(toks, diags);
    }

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

    Pat patternNoAlt() {
        enter();
        try {
            return patternInner();
        } finally {
            leave();
        }
    }

    Pat patternInner() {
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
            boolean twice = t.is("&&"); // `&&x` is two reference patterns, as rustc reads it
            advance();
            eat("mut");
            Pat inner = new Pat.Ref(ps, patternNoAlt());
            return twice ? new Pat.Ref(ps, inner) : inner;
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

    static final Object NO_LIT = new Object();

    Object literalPatValue() {
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
                if (!(t.value() instanceof Long)) {
                    // a literal past 64 bits (a u128/i128 pattern): Rust-lite's patterns hold 64-bit values
                    diags.error(t.line(), t.column(), "integer literal too large for a pattern in Rust-lite (patterns hold 64-bit values)");
                    return 0L;
                }
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
