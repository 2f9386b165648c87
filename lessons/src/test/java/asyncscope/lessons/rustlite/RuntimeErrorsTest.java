package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runtime errors panic with Rust's own message text and location, and the program exits with 101. */
class RuntimeErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            let v = vec![1, 2, 3]; let i = 5; println!("{}", v[i]);         | 1:62 | index out of bounds: the len is 3 but the index is 5
            let x: Option<i32> = None; x.unwrap();                          | 1:42 | called `Option::unwrap()` on a `None` value
            let r: Result<i32, String> = Err("boom".to_string()); r.unwrap(); | 1:69 | called `Result::unwrap()` on an `Err` value: "boom"
            let x: Option<i32> = None; x.expect("needed a value");          | 1:42 | needed a value
            let a = 10; let b = 0; println!("{}", a / b);                   | 1:51 | attempt to divide by zero
            let a = 10; let b = 0; println!("{}", a % b);                   | 1:51 | attempt to calculate the remainder with a divisor of zero
            let a: u8 = 255; let b = a + 1;                                 | 1:38 | attempt to add with overflow
            let a: u32 = 0; let b = a - 1;                                  | 1:37 | attempt to subtract with overflow
            let a: i64 = i64::MAX; let b = a * 2;                           | 1:44 | attempt to multiply with overflow
            let mut x = 1; for _ in 0..40 { x *= 2; }                       | 1:45 | attempt to multiply with overflow
            let a = i32::MIN; let b = -a;                                   | 1:39 | attempt to negate with overflow
            let v: Vec<u32> = Vec::new(); let n = v.len() - 1;              | 1:51 | attempt to subtract with overflow
            panic!("custom {} message", 42);                                | 1:13 | custom 42 message
            unreachable!();                                                 | 1:13 | internal error: entered unreachable code
            assert!(1 + 1 == 3);                                            | 1:13 | assertion failed: 1 + 1 == 3
            let s = "abc"; let t = &s[1..10];                               | 1:37 | byte index 10 is out of bounds of `abc`
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
