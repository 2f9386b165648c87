package asyncscope.lessons.rustlite.prelude;

/** A range of non-integer keys ({@code "b".."d"}), for {@code BTreeMap::range} and {@code contains}; either end may be open (null). */
public record KeyRange(Object lo, Object hi, boolean inclusive) {}
