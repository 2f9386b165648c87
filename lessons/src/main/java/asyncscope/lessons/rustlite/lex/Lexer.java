package asyncscope.lessons.rustlite.lex;

import asyncscope.lessons.rustlite.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns source text into tokens: identifiers, keywords, numbers with suffixes ({@code 10u64}, {@code 1_000}),
 * strings with escapes (and raw strings), chars, lifetimes and punctuation (longest match first).
 * Comments (line, nested block) are skipped. Problems become diagnostics; lexing always finishes.
 */
public final class Lexer {
    static final Set<String> KEYWORDS = Set.of("as", "async", "await", "break", "const", "continue", "crate", "dyn",
            "else", "enum", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
            "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
            "use", "where", "while");
    private static final String[] PUNCT = {
        "<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=",
        "%=", "^=", "&=", "|=", "<<", ">>", "..", "+", "-", "*", "/", "%", "^", "!", "&", "|", "=", "<", ">", "@",
        ".", ",", ";", ":", "#", "$", "?", "{", "}", "[", "]", "(", ")"
    };

    private final String src;
    private final Diagnostics diags;
    private int pos;
    private int line = 1;
    private int col = 1;

    public Lexer(String src, Diagnostics diags) {
        this.src = src;
        this.diags = diags;
    }

    public List<Token> lex() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipTrivia();
            if (pos >= src.length()) {
                out.add(new Token(TokenKind.EOF, "", null, "", line, col, line, col));
                return out;
            }
            Token t = next();
            if (t != null) {
                out.add(t);
            }
        }
    }

    private char peek(int k) {
        return pos + k < src.length() ? src.charAt(pos + k) : '\0';
    }

    private char advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        return c;
    }

    private void skipTrivia() {
        while (pos < src.length()) {
            char c = peek(0);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (c == '/' && peek(1) == '/') {
                while (pos < src.length() && peek(0) != '\n') {
                    advance();
                }
            } else if (c == '/' && peek(1) == '*') {
                int sl = line;
                int sc = col;
                advance();
                advance();
                int depth = 1;
                while (pos < src.length() && depth > 0) {
                    if (peek(0) == '/' && peek(1) == '*') {
                        advance();
                        advance();
                        depth++;
                    } else if (peek(0) == '*' && peek(1) == '/') {
                        advance();
                        advance();
                        depth--;
                    } else {
                        advance();
                    }
                }
                if (depth > 0) {
                    diags.error(sl, sc, "unterminated block comment: expected `*/`");
                }
            } else {
                return;
            }
        }
    }

    private Token next() {
        int sl = line;
        int sc = col;
        int start = pos;
        char c = peek(0);
        if (Character.isLetter(c) || c == '_') {
            if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#')))) {
                return rawString(sl, sc);
            }
            if (c == 'b' && peek(1) == '\'') {
                advance();
                advance();
                String v = escapeOrChar(sl, sc);
                if (peek(0) == '\'') {
                    advance();
                } else {
                    diags.error(sl, sc, "unterminated byte literal: expected `'`");
                }
                long b = v.isEmpty() ? 0 : v.codePointAt(0);
                if (b > 255) {
                    diags.error(sl, sc, "non-ASCII character in byte literal");
                }
                return new Token(TokenKind.INT, src.substring(start, pos), b, "u8", sl, sc, line, col - 1);
            }
            if (c == 'b' && peek(1) == '"') {
                advance();
                return string(sl, sc, start);
            }
            if (c == 'b' && peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) {
                advance();
                Token raw = rawString(sl, sc);
                return new Token(raw.kind(), src.substring(start, pos), raw.value(), raw.suffix(), sl, sc, line, col - 1);
            }
            while (pos < src.length() && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_')) {
                advance();
            }
            String w = src.substring(start, pos);
            boolean kw = KEYWORDS.contains(w) || w.equals("_");
            return new Token(kw ? TokenKind.KEYWORD : TokenKind.IDENT, w, null, "", sl, sc, line, col - 1);
        }
        if (Character.isDigit(c)) {
            return number(sl, sc, start);
        }
        if (c == '"') {
            return string(sl, sc, start);
        }
        if (c == '\'') {
            // a char literal 'x' / '\n', or a lifetime 'a
            if (peek(1) == '\\' || (peek(2) == '\'' && peek(1) != '\'')) {
                advance();
                String v = escapeOrChar(sl, sc);
                if (peek(0) == '\'') {
                    advance();
                } else {
                    diags.error(sl, sc, "unterminated character literal: expected `'`");
                }
                return new Token(TokenKind.CHAR, src.substring(start, pos), v, "", sl, sc, line, col - 1);
            }
            advance();
            while (pos < src.length() && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_')) {
                advance();
            }
            return new Token(TokenKind.LIFETIME, src.substring(start, pos), null, "", sl, sc, line, col - 1);
        }
        for (String p : PUNCT) {
            if (src.startsWith(p, pos)) {
                for (int i = 0; i < p.length(); i++) {
                    advance();
                }
                return new Token(TokenKind.PUNCT, p, null, "", sl, sc, line, col - 1);
            }
        }
        advance();
        diags.error(sl, sc, "unknown start of token: `" + c + "`");
        return null;
    }

    private Token number(int sl, int sc, int start) {
        int radix = 10;
        if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'b' || peek(1) == 'o')) {
            radix = peek(1) == 'x' ? 16 : peek(1) == 'b' ? 2 : 8;
            advance();
            advance();
        }
        StringBuilder digits = new StringBuilder();
        boolean isFloat = false;
        boolean exponent = false;
        while (pos < src.length()) {
            char d = peek(0);
            if (d == '_') {
                advance();
            } else if (Character.digit(d, radix) >= 0) {
                digits.append(advance());
            } else if (radix == 10 && d == '.' && Character.isDigit(peek(1)) && !isFloat) {
                isFloat = true;
                digits.append(advance());
            } else if (radix == 10 && (d == 'e' || d == 'E') && digits.length() > 0 && !exponent
                    && (Character.isDigit(peek(1)) || (peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))
                        || peek(1) == '_')) {
                // an exponent (`1e-3`, `2.5E10`) makes a float literal
                isFloat = true;
                exponent = true;
                advance();
                digits.append('e');
                if (peek(0) == '+' || peek(0) == '-') {
                    digits.append(advance());
                }
            } else {
                break;
            }
        }
        String suffix = "";
        if (Character.isLetter(peek(0))) {
            int s = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_')) {
                advance();
            }
            suffix = src.substring(s, pos);
            if (!Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64")
                    .contains(suffix)) {
                diags.error(sl, sc, "invalid suffix `" + suffix + "` for number literal: expected an integer type such as `u64`");
                suffix = "";
            }
        }
        String text = src.substring(start, pos);
        if (isFloat || suffix.startsWith("f")) {
            double v = digits.length() == 0 ? 0 : Double.parseDouble(digits.toString());
            return new Token(TokenKind.FLOAT, text, v, suffix, sl, sc, line, col - 1);
        }
        Object v = 0L;
        try {
            v = digits.length() == 0 ? 0L : Long.parseUnsignedLong(digits.toString(), radix);
        } catch (NumberFormatException e) {
            // past u64: a u128/i128 literal keeps its exact value; past u128::MAX rustc refuses it here
            java.math.BigInteger big = new java.math.BigInteger(digits.toString(), radix);
            if (big.bitLength() > 128) {
                diags.error(sl, sc, "integer literal is too large"); // past u128::MAX, the largest integer type
            } else {
                v = big;
            }
        }
        return new Token(TokenKind.INT, text, v, suffix, sl, sc, line, col - 1);
    }

    private Token string(int sl, int sc, int start) {
        advance(); // opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                diags.error(sl, sc, "unterminated double quote string: expected `\"`");
                break;
            }
            char c = peek(0);
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\' && peek(1) == '\n') {
                advance();
                advance();
                while (pos < src.length() && Character.isWhitespace(peek(0))) {
                    advance();
                }
                continue;
            }
            b.append(escapeOrChar(sl, sc));
        }
        return new Token(TokenKind.STRING, src.substring(start, pos), b.toString(), "", sl, sc, line, col - 1);
    }

    private Token rawString(int sl, int sc) {
        int start = pos;
        advance(); // r
        int hashes = 0;
        while (peek(0) == '#') {
            advance();
            hashes++;
        }
        if (peek(0) != '"') {
            diags.error(sl, sc, "expected `\"` to start a raw string");
            return null;
        }
        advance();
        String close = "\"" + "#".repeat(hashes);
        int end = src.indexOf(close, pos);
        if (end < 0) {
            diags.error(sl, sc, "unterminated raw string: expected `" + close + "`");
            while (pos < src.length()) {
                advance();
            }
            return new Token(TokenKind.STRING, src.substring(start), "", "", sl, sc, line, col - 1);
        }
        String v = src.substring(pos, end);
        while (pos < end + close.length()) {
            advance();
        }
        return new Token(TokenKind.STRING, src.substring(start, pos), v, "", sl, sc, line, col - 1);
    }

    private String escapeOrChar(int sl, int sc) {
        if (pos >= src.length()) {
            return "";
        }
        char c = advance();
        if (c != '\\') {
            if (Character.isHighSurrogate(c) && pos < src.length()) {
                return "" + c + advance();
            }
            return String.valueOf(c);
        }
        if (pos >= src.length()) {
            return "";
        }
        int el = line;
        int ec = col;
        char e = advance();
        switch (e) {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case '0': return "\0";
            case '\\': return "\\";
            case '\'': return "'";
            case '"': return "\"";
            case 'u': {
                if (peek(0) == '{') {
                    advance();
                    StringBuilder h = new StringBuilder();
                    while (pos < src.length() && peek(0) != '}' && h.length() < 7) {
                        h.append(advance());
                    }
                    if (peek(0) == '}') {
                        advance();
                    }
                    try {
                        return new String(Character.toChars(Integer.parseInt(h.toString(), 16)));
                    } catch (IllegalArgumentException ex) {
                        diags.error(el, ec - 1, "invalid unicode escape: expected hex digits like `\\u{1F600}`");
                        return "";
                    }
                }
                diags.error(el, ec - 1, "invalid unicode escape: expected `{`");
                return "";
            }
            case 'x': {
                StringBuilder h = new StringBuilder();
                for (int i = 0; i < 2 && pos < src.length(); i++) {
                    h.append(advance());
                }
                try {
                    return String.valueOf((char) Integer.parseInt(h.toString(), 16));
                } catch (NumberFormatException ex) {
                    diags.error(el, ec - 1, "invalid `\\x` escape: expected two hex digits");
                    return "";
                }
            }
            default:
                diags.error(el, ec - 1, "unknown character escape: `\\" + e + "`");
                return String.valueOf(e);
        }
    }
}
