package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.RChar;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** {@code 'a'..='e'} / {@code 'a'..'f'}: a range of chars, iterable (skipping the surrogate gap, as Rust does) and testable with {@code contains}. */
public record CharRange(int lo, int hi, boolean inclusive) implements Iterable<Object>, Fmt.Displayable {

    boolean contains(int c) {
        return c >= lo && (inclusive ? c <= hi : c < hi);
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            int next = lo;

            @Override
            public boolean hasNext() {
                return contains(next);
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int c = next;
                next = c == 0xD7FF ? 0xE000 : c + 1;
                return new RChar(c);
            }
        };
    }

    @Override
    public String display() {
        return Fmt.debug(new RChar(lo), false) + (inclusive ? "..=" : "..") + Fmt.debug(new RChar(hi), false);
    }
}
