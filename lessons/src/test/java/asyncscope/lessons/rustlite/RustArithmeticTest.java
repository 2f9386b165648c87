package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rust's arithmetic at its edges, each panic as the Tokio oracle's run of the same program gave it (real rustc,
 * debug build): where Rust names src/main.rs the place is compared too; where the panic is raised inside std
 * (Duration's operators, Vec::drain) Rust names a file of its own library and only the message is compared.
 * The programs take their operands from variables, so rustc does not refuse them at compile time.
 */
class RustArithmeticTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            let s = String::from("héllo"); let a: usize = 2; let b: usize = 4; println!("{}", &s[a..b]);  # [a..b] # start byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`
            let s = String::from("héllo"); let a: usize = 0; let b: usize = 2; println!("{}", &s[a..b]);  # [a..b] # end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`
            let s = String::from("abc"); let a: usize = 1; let b: usize = 10; println!("{}", &s[a..b]);   # [a..b] # end byte index 10 is out of bounds of `abc`
            let s = String::from("abc"); let a: usize = 5; let b: usize = 10; println!("{}", &s[a..b]);   # [a..b] # start byte index 5 is out of bounds of `abc`
            let s = String::from("abcd"); let a: usize = 3; let b: usize = 1; println!("{}", &s[a..b]);   # [a..b] # begin > end (3 > 1) when slicing `abcd`
            let v = vec![i32::MIN, -1]; let a = v[0]; let b = v[1]; println!("{}", a % b);               # a % b # attempt to calculate the remainder with overflow
            let v = vec![i32::MIN, -1]; println!("{}", v[0] / v[1]);                                       # v[0] / v[1] # attempt to divide with overflow
            let a: u128 = u64::MAX as u128 + 1; let b = a * a - 1;                                         # a * a # attempt to multiply with overflow
            let n: u32 = 0; println!("{:?}", std::time::Duration::from_secs(3) / n);                       # std::time::Duration::from_secs(3) / n # divide by zero error when dividing duration by scalar
            """)
    void panicsWhereRustDoes(String body, String at, String message) {
        String src = "fn main() { " + body.trim() + " }";
        InterpreterTest.Run r = InterpreterTest.run(src, RunOptions.simulated(0));
        assertEquals(101, r.result().exitCode(), r.err());
        // Rust names the start of the expression that panicked (of an index, its `[`)
        assertEquals("thread 'main' panicked at src/main.rs:1:" + (src.indexOf(at.trim()) + 1) + ":\n" + message.trim() + "\n"
                + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n", r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            let mut v = vec![1, 2, 3]; let n = 5; let d: Vec<i32> = v.drain(1..n).collect(); println!("{:?}", d);      # # range end index 5 out of range for slice of length 3
            let mut v = vec![1, 2, 3]; let a: usize = 2; let b: usize = 1; let d: Vec<i32> = v.drain(a..b).collect(); # # slice index starts at 2 but ends at 1
            let mut v = vec![1, 2, 3]; let a: usize = 1; let d: Vec<i32> = v.drain(a..=3).collect();                  # # range end index 3 out of range for slice of length 3
            let mut v = vec![1, 2, 3, 4]; let d: Vec<i32> = v.drain(1..3).collect(); println!("{:?} {:?}", d, v); let lo = 3; let hi = 2; let e: Vec<i32> = v.drain(lo..hi).collect(); # [2, 3] [1, 4] # range start index 3 out of range for slice of length 2
            let d = std::time::Duration::from_secs(u64::MAX); let e = d + std::time::Duration::from_secs(1);          # # overflow when adding durations
            let e = std::time::Duration::from_secs(1) - std::time::Duration::from_secs(2);                            # # overflow when subtracting durations
            let n: u32 = 4_000_000_000; let e = std::time::Duration::from_secs(u64::MAX / 2) * n;                     # # overflow when multiplying duration by scalar
            """)
    void panicsInsideStdWithRustsMessage(String body, String out, String message) {
        InterpreterTest.Run r = InterpreterTest.run("fn main() { " + body.trim() + " }", RunOptions.simulated(0));
        assertEquals(101, r.result().exitCode(), r.err());
        assertEquals(out == null ? "" : out.trim() + "\n", r.out());
        assertTrue(r.err().matches("(?s)thread 'main' panicked at src/main.rs:\\d+:\\d+:\n\\Q" + message.trim() + "\\E\n.*"), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            let mut n = 0u64; for i in 0..u64::MAX { n += 1; if i == 9 { break; } } println!("{}", n); # 10
            let a: u64 = 1 << 63; let b: u64 = u64::MAX; println!("{} {} {} {}", a, b, a < b, b % 10); # 9223372036854775808 18446744073709551615 true 5
            println!("{:?}", (u64::MAX - 2..=u64::MAX).collect::<Vec<u64>>()); # [18446744073709551613, 18446744073709551614, 18446744073709551615]
            println!("{:?}", (1..).find(|x| x * x > 100)); # Some(11)
            println!("{:?}", (0u64..).step_by(usize::MAX / 2).take(3).collect::<Vec<_>>()); # [0, 9223372036854775807, 18446744073709551614]
            println!("{:?} {:?}", (0..u64::MAX).nth(1usize << 40), (5..8).last()); # Some(1099511627776) Some(7)
            """)
    void computesWhatRustComputesWithoutMaterialisingRanges(String body, String out) {
        InterpreterTest.Run r = InterpreterTest.run("fn main() { " + body.trim() + " }", RunOptions.simulated(0).withTimeout(20_000));
        assertEquals(0, r.result().exitCode(), r.err());
        assertEquals(out.trim() + "\n", r.out());
    }
}
