package asyncscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asyncscope run}: output, exit codes and the summary. */
class RunCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = RunCommand.run(args, o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path write(String name, String src) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, src);
        return p;
    }

    @Test
    void printsExactlyWhatTheProgramPrints() throws IOException {
        Path p = write("ok.rs", """
                #[tokio::main]
                async fn main() {
                    let h = tokio::spawn(async { 40 + 2 });
                    println!("answer {}", h.await.unwrap());
                    eprintln!("to stderr");
                }
                """);
        for (String[] extra : new String[][] {{}, {"--live"}, {"--seed", "9", "--workers", "3"}}) {
            String[] args = new String[extra.length + 1];
            args[0] = p.toString();
            System.arraycopy(extra, 0, args, 1, extra.length);
            Result r = run(args);
            assertEquals(0, r.code());
            assertEquals("answer 42\n", r.out());
            assertEquals("to stderr\n", r.err());
        }
    }

    @Test
    void summaryGoesToStderrOnly() throws IOException {
        Path p = write("s.rs", "#[tokio::main]\nasync fn main() { tokio::spawn(async {}).await.unwrap(); println!(\"hi\"); }\n");
        Result r = run(p.toString(), "--summary");
        assertEquals("hi\n", r.out());
        assertTrue(r.err().matches("(?s)--- summary: virtual elapsed 0 ms, tasks 2, polls \\d+, wakes \\d+, steals \\d+, exit 0\\s*"), r.err());
    }

    @Test
    void exitCodes() throws IOException {
        assertEquals(101, run(write("p.rs", "fn main() { let v: Vec<i32> = vec![]; v[0]; }").toString()).code());
        Result compile = run(write("c.rs", "fn main() { let x = ; }").toString());
        assertEquals(1, compile.code());
        assertTrue(compile.err().startsWith("error: expected an expression, found `;`\n --> c.rs:1:21\n"), compile.err());
        assertEquals("", compile.out());
        assertEquals(2, run().code());
        assertEquals(2, run("--seed").code());
        assertEquals(2, run("x.rs", "--workers", "zero").code());
        assertEquals(2, run("x.rs", "--bogus").code());
        assertEquals(2, run(dir.resolve("missing.rs").toString()).code());
        assertEquals(1, run(write("e.rs", "fn main() -> Result<(), String> { Err(\"no\".to_string()) }").toString()).code());
    }

    @Test
    void aTimeLimitAndABudgetEndTheRunWithTheirOwnCodesAndSayWhatToDo() throws IOException {
        Result slow = run(write("slow.rs", "fn main() {\n    let mut i: u64 = 0;\n    loop {\n        i = i.wrapping_add(1);\n    }\n}\n")
                .toString(), "--timeout", "1");
        assertEquals(124, slow.code(), slow.err());
        assertTrue(slow.err().contains("error: the program was cancelled after 1000 ms, its time limit: look for a loop"),
                slow.err());
        assertTrue(slow.err().contains("`asyncscope run --timeout SECONDS` gives a longer limit"), slow.err());
        Result loud = run(write("loud.rs", "fn main() {\n    let s = \"x\".repeat(4095);\n    loop {\n        println!(\"{}\", s);\n    }\n}\n")
                .toString());
        assertEquals(134, loud.code(), loud.err());
        assertEquals(16 * 1024 * 1024, loud.out().length(), "the output budget, then nothing");
        assertTrue(loud.err().startsWith("error: program printed more than 16 MB, at src/main.rs:4:"), loud.err());
        assertEquals(2, run("x.rs", "--timeout", "0").code());
    }

    @Test
    void refusesWhatRustcRefusesWithItsCodeAndPlace() throws IOException {
        Result r = run(write("t.rs", "fn main() {\n    let z: u32 = \"hello\";\n}\n").toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("""
                error[E0308]: mismatched types
                 --> t.rs:2:18
                  |
                2 |     let z: u32 = "hello";
                  |            ---   ^^^^^^^ expected `u32`, found `&str`
                  |            |
                  |            expected due to this
                """), r.err());
    }

    @Test
    void warningsGoToStderrAndTheProgramStillRuns() throws IOException {
        Path p = write("w.rs", """
                async fn hello() {
                    println!("hello");
                }

                #[tokio::main]
                async fn main() {
                    hello();
                    println!("done");
                }
                """);
        Result r = run(p.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("done\n", r.out());
        assertTrue(r.err().startsWith("""
                warning: unused implementer of `Future` that must be used
                 --> w.rs:7:5
                  |
                7 |     hello();
                  |     ^^^^^^^
                  |
                  = note: futures do nothing unless you `.await` or poll them
                """), r.err());
        assertTrue(r.err().endsWith("warning: `w.rs` generated 1 warning\n"), r.err());
    }

    @Test
    void writesNativeAndChromeTraces() throws Exception {
        Path p = write("t.rs", "#[tokio::main]\nasync fn main() { tokio::spawn(async { 1 }).await.unwrap(); println!(\"traced\"); }\n");
        Path native1 = dir.resolve("a.trace");
        Path native2 = dir.resolve("b.trace");
        Path chrome = dir.resolve("c.json");
        Result r = run(p.toString(), "--seed", "5", "--trace", native1.toString(), "--chrome-trace", chrome.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("traced\n", r.out());
        run(p.toString(), "--seed", "5", "--trace", native2.toString());
        var t1 = asyncscope.engine.event.TraceFile.read(native1);
        var t2 = asyncscope.engine.event.TraceFile.read(native2);
        assertTrue(t1.events().size() > 5);
        assertEquals(t1.events(), t2.events(), "same seed, same trace");
        assertTrue(t1.program().contains("traced"));
        assertTrue(Files.readString(chrome).contains("traceEvents"));
    }
}
