package asyncscope.lessons.rustlite.ast;

import java.util.List;

/** Patterns for {@code let}, {@code match}, {@code if let}, {@code while let}, closures and {@code for}. */
public sealed interface Pat {
    Pos pos();

    /** {@code _} */
    record Wild(Pos pos) implements Pat {}

    /** {@code x}, {@code mut x}, {@code ref x}, optionally {@code x @ sub} */
    record Bind(Pos pos, String name, boolean mutable, Pat sub) implements Pat {}

    /** A literal: integer, string, char, bool (negative numbers included). */
    record Lit(Pos pos, Object value) implements Pat {}

    /** {@code a..=b} or {@code a..b} over integers or chars. */
    record Range(Pos pos, Object lo, Object hi, boolean inclusive) implements Pat {}

    /** {@code (a, b)} */
    record Tuple(Pos pos, List<Pat> items) implements Pat {}

    /** {@code Some(x)}, {@code Shape::Circle(r)}, {@code Point(x, y)}; a unit variant has no parens: {@code None}. */
    record Variant(Pos pos, List<String> path, List<Pat> items, boolean hasParens) implements Pat {}

    /** {@code Point { x, y: 0, .. }} */
    record Struct(Pos pos, List<String> path, List<FieldPat> fields, boolean rest) implements Pat {}

    /** {@code a | b} */
    record Or(Pos pos, List<Pat> alts) implements Pat {}

    /** {@code &p} (references are transparent at run time). */
    record Ref(Pos pos, Pat inner) implements Pat {}

    /** {@code [a, b, rest @ ..]} over a Vec or slice. */
    record Slice(Pos pos, List<Pat> items) implements Pat {}

    /** {@code ..} inside a tuple or slice pattern. */
    record Rest(Pos pos) implements Pat {}

    record FieldPat(String name, Pat pat) {}
}
