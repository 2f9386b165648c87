package asyncscope.lessons.rustlite.lex;

/**
 * One token with its 1-based position. For numbers {@code value} is the value (a Long, or Double) and
 * {@code suffix} the type suffix ({@code 5u64}); for strings and chars {@code value} is the decoded text.
 */
public record Token(TokenKind kind, String text, Object value, String suffix, int line, int column, int endLine, int endColumn) {
    public boolean is(String t) {
        return (kind == TokenKind.PUNCT || kind == TokenKind.KEYWORD) && text.equals(t);
    }

    public boolean isIdent() {
        return kind == TokenKind.IDENT;
    }

    /** How the token reads in a diagnostic: {@code `fn`}, {@code identifier `x`}, {@code end of file}. */
    public String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case IDENT -> "identifier `" + text + "`";
            case KEYWORD -> "keyword `" + text + "`";
            case INT, FLOAT -> "number `" + text + "`";
            case STRING -> "string literal";
            case CHAR -> "character literal";
            case LIFETIME -> "lifetime `" + text + "`";
            case PUNCT -> "`" + text + "`";
        };
    }
}
