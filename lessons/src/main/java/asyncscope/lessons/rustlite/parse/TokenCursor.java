package asyncscope.lessons.rustlite.parse;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.lex.Token;
import asyncscope.lessons.rustlite.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The token stream under the parser: lookahead, expectations that report {@code expected X, found Y} at the
 * right place, splitting {@code >>} for generics, and the nesting guard that turns absurd depth into a diagnostic.
 */
abstract class TokenCursor {
    /** An expression (types need it for array lengths). */
    abstract Expr expr();

    /**
     * How deep a syntax tree may get. Every level the parser recurses into counts one, and so does every link
     * of a chain it builds in a loop ({@code a + b + c}, {@code f()()}, {@code x.await?.y}), because that chain
     * is just as deep a tree for the passes after the parser. So no tree is deeper than this, and the compiler
     * runs on a stack sized for it ({@link asyncscope.lessons.rustlite.compile.DeepStack}): a program either
     * compiles or gets a "nests too deeply" diagnostic, never a {@link StackOverflowError}.
     */
    public static final int MAX_DEPTH = 12_000;

    final List<Token> toks;

    final Diagnostics diags;

    int p;

    int depth;

    /** Unwinds to the nearest recovery point; the diagnostic is already recorded. */
    static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail() {
            super(null, null, false, false);
        }
    }

    TokenCursor(List<Token> toks, Diagnostics diags) {
        this.toks = new ArrayList<>(toks);
        this.diags = diags;
    }

    // ------------------------------------------------------------------ token helpers

    Token tok() {
        return toks.get(p);
    }

    Token ahead(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    Pos pos() {
        return new Pos(tok().line(), tok().column());
    }

    boolean at(String t) {
        return tok().is(t);
    }

    boolean atEof() {
        return tok().kind() == TokenKind.EOF;
    }

    Token advance() {
        Token t = tok();
        if (t.kind() != TokenKind.EOF) {
            p++;
        }
        return t;
    }

    boolean eat(String t) {
        if (at(t)) {
            advance();
            return true;
        }
        return false;
    }

    Bail fail(String expected) {
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

    Token expect(String t) {
        if (at(t)) {
            return advance();
        }
        if (t.equals(">") && splitGreater()) {
            return advance();
        }
        throw fail("`" + t + "`");
    }

    /** Splits {@code >>}, {@code >=}, {@code >>=} so that the first {@code >} closes a generic list. */
    boolean splitGreater() {
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

    String ident(String what) {
        if (tok().isIdent()) {
            return advance().text();
        }
        throw fail(what);
    }

    /** One level deeper (pair with {@link #leave} in a {@code finally}). */
    void enter() {
        if (++depth > MAX_DEPTH) {
            tooDeep("this nests too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    /** One more link of a chain built in a loop; the loop gives its links back with {@link #leave(int)}. */
    void link() {
        if (++depth > MAX_DEPTH) {
            tooDeep("this expression is too long: more than " + MAX_DEPTH
                    + " levels of operators, calls, fields or `.await`s in a row");
        }
    }

    private void tooDeep(String message) {
        depth--;
        Token t = tok();
        diags.error(t.line(), t.column(), message);
        p = toks.size() - 1; // everything after this point would only add noise
        throw new Bail();
    }

    void leave() {
        depth--;
    }

    void leave(int links) {
        depth -= links;
    }

    // ------------------------------------------------------------------ items

    void skipBalanced() {
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
}
