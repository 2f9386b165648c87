package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runtime errors panic with Rust's own message text and location, and the program exits with 101. Every row was
 * run by the Tokio oracle (real rustc, debug build) with the same text; operands come from a Vec where rustc
 * would otherwise refuse the program at compile time (`255u8 + 1` or a division by a constant 0 are its
 * arithmetic_overflow / unconditional_panic errors, not run-time panics).
 */
class RuntimeErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            let v = vec![1, 2, 3]; let i = 5; println!("{}", v[i]);         | 1:63 | index out of bounds: the len is 3 but the index is 5
            let x: Option<i32> = None; x.unwrap();                          | 1:42 | called `Option::unwrap()` on a `None` value
            let r: Result<i32, String> = Err("boom".to_string()); r.unwrap(); | 1:69 | called `Result::unwrap()` on an `Err` value: "boom"
            let x: Option<i32> = None; x.expect("needed a value");          | 1:42 | needed a value
            let v = vec![10, 0]; println!("{}", v[0] / v[1]);               | 1:49 | attempt to divide by zero
            let v = vec![10, 0]; println!("{}", v[0] % v[1]);               | 1:49 | attempt to calculate the remainder with a divisor of zero
            let v = vec![255u8]; let b = v[0] + 1;                          | 1:42 | attempt to add with overflow
            let v = vec![0u32]; let b = v[0] - 1;                           | 1:41 | attempt to subtract with overflow
            let v: Vec<i64> = vec![i64::MAX]; let b = v[0] * 2;             | 1:55 | attempt to multiply with overflow
            let mut x = 1; for _ in 0..40 { x *= 2; }                       | 1:45 | attempt to multiply with overflow
            let v = vec![i32::MIN]; let b = -v[0];                          | 1:45 | attempt to negate with overflow
            let v: Vec<u32> = Vec::new(); let n = v.len() - 1;              | 1:51 | attempt to subtract with overflow
            panic!("custom {} message", 42);                                | 1:13 | custom 42 message
            unreachable!();                                                 | 1:13 | internal error: entered unreachable code
            assert!(1 + 1 == 3);                                            | 1:13 | assertion failed: 1 + 1 == 3
            let s = "abc"; let t = &s[1..10];                               | 1:38 | end byte index 10 is out of bounds of `abc`
            """)
    void panicsLikeRust(String body, String at, String message) {
        String src = "fn main() { " + body.trim() + " }";
        InterpreterTest.Run r = InterpreterTest.run(src, RunOptions.simulated(0));
        assertEquals(101, r.result().exitCode(), r.err());
        String expected = "thread 'main' panicked at src/main.rs:" + at.trim() + ":\n" + message.trim() + "\n"
                + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        assertEquals(expected, r.err());
    }
}
