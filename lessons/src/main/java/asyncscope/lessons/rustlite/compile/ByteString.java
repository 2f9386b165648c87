package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RVec;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte-string literal {@code b"..."}: a {@code &[u8; N]}, so each evaluation gives the bytes as a slice of
 * {@code u8} values (each char of the literal is one byte; the lexer keeps {@code \xNN} escapes as chars 0–255).
 */
public record ByteString(String text) {
    public RVec fresh() {
        List<Object> bytes = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes.add(RInt.of(text.charAt(i) & 0xFF, IntTy.U8));
        }
        return new RVec(bytes);
    }

    @Override
    public String toString() {
        return "b\"" + text + "\"";
    }
}
