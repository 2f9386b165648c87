package asyncscope.lessons.rustlite.lex;

/** The kinds of Rust-lite tokens. Keywords and punctuation keep their text in {@link Token#text()}. */
public enum TokenKind {
    IDENT, KEYWORD, INT, FLOAT, STRING, CHAR, LIFETIME, PUNCT, EOF
}
