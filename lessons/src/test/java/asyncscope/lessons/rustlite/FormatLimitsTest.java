package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import asyncscope.lessons.rustlite.diag.CompileError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Widths and precisions are {@code u16}s in Rust: a literal one that does not fit is rustc's compile error
 * (never a Java {@code NumberFormatException}), one given as an argument panics as Rust 1.95 does (both
 * checked against the oracle), so no format spec can ask for gigabytes of padding.
 */
class FormatLimitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {:>99999999999}   | invalid format string: integer `99999999999` does not fit into the type `u16` whose range is `0..=65535`
            {:.4294967295}    | invalid format string: integer `4294967295` does not fit into the type `u16` whose range is `0..=65535`
            {:>65536}         | invalid format string: integer `65536` does not fit into the type `u16` whose range is `0..=65535`
            {:99999999999$}   | invalid format string: invalid reference to positional argument 99999999999
            {99999999999}     | invalid format string: invalid argument `99999999999`
            """)
    void aCountThatDoesNotFitAU16IsACompileError(String spec, String message) {
        String src = "fn main() { let s = format!(\"[" + spec.trim() + "]\", 1); }";
        CompileError e = assertThrows(CompileError.class, () -> RustLite.compile("f.rs", src));
        assertEquals(message.trim(), e.diagnostics().get(0).message());
    }

    @Test
    void aCountArgumentOutOfRangePanicsAsRustDoes() {
        InterpreterTest.Run r = InterpreterTest.run("""
                fn main() {
                    let ok: usize = 65535;
                    println!("{}", format!("{:>1$}", 1, ok).len());
                    let w: usize = 70000;
                    let s = format!("{:>1$}", 1, w);
                    println!("{}", s.len());
                }
                """, RunOptions.simulated(0));
        assertEquals("65535\n", r.out());
        assertEquals(101, r.result().exitCode());
        assertEquals("thread 'main' panicked at src/main.rs:5:13:\nFormatting argument out of range\n", r.err().lines().limit(2)
                .map(l -> l + "\n").reduce("", String::concat));
    }
}
