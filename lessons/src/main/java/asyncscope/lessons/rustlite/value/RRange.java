package asyncscope.lessons.rustlite.value;

/** {@code a..b} / {@code a..=b} over integers; {@code lo}/{@code hi} null for open ends (slicing). */
public record RRange(RInt lo, RInt hi, boolean inclusive) {}
