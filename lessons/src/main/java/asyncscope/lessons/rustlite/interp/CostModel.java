package asyncscope.lessons.rustlite.interp;

/**
 * What running Rust-lite code costs in virtual time under the simulator: every executed stack-machine
 * instruction costs {@value #NANOS_PER_INSTRUCTION} ns of CPU time on the simulated thread that runs it
 * ({@link Exec} reports the count in batches), and {@code std::thread::sleep(d)} blocks it for d. The live
 * driver charges nothing: there the real computation takes real time.
 *
 * <p>Why 1 ns: it puts Rust-lite programs at the speed of an unoptimised (debug) Rust build, the build a
 * learner's {@code cargo run} makes. Measured on this project's machine with rustc at {@code -C opt-level=0}
 * against the instructions Rust-lite executes for the same loop:
 * <pre>
 *   loop                                         debug Rust     Rust-lite instructions   at 1 ns each
 *   for i in 0..n { sum += i }                   13-16 ns/iter  12 per iteration         12 ns
 *   while with if/else, %, *, +=                 7-8 ns/iter    28 per iteration         28 ns
 *   xorshift: ^=, <<, >>, wrapping_add, %        21-26 ns/iter  37 per iteration         37 ns
 *   a call, a struct field, %                    22-32 ns/iter  30 per iteration         30 ns
 *   for i in 0..n { v.push(i * i % 7) }          25-30 ns/iter  14 per iteration         14 ns
 *   v.push(format!("item {}", i))                270-320 ns     11 per iteration         11 ns
 * </pre>
 * (the geometric mean of the ratios is about 1 ns per instruction; natives doing much in one call, such as
 * {@code format!}, are undercharged).
 * So {@code for i in 0..5_000_000 { sum += i }} takes 60 ms of virtual time (a debug build: 65-80 ms; a
 * release build folds it away). A single constant keeps the charge free of per-instruction work in the
 * interpreter's loop; changing what the compiler emits for a construct changes its cost with it.
 */
public final class CostModel {
    /** Virtual CPU time of one executed instruction. */
    public static final long NANOS_PER_INSTRUCTION = 1;

    private CostModel() {}
}
