// Numeric literals in all their forms, with their types flowing through arithmetic and formatting.
#[tokio::main]
async fn main() {
    let a = 1_000_000u64 * 3;
    let b = 0xdead_beefu32;
    let c = 0o17 + 0b11;
    let d = 1e6 as u64 + 1;
    let e = 2.5e-3_f64 * 1000.0;
    let f = 7_i8 - 10;
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);
    println!("{:x} {:#X} {:o} {:b}", b, b, c, f);
    let big = 18_446_744_073_709_551_615u64;
    println!("{} {}", big, big / 3);
    let small = -128i8;
    println!("{} {}", small, small as u8);
    let mixed = 1.5e1 + 2.0 * 3e-1;
    println!("{} {:.3} {:e}", mixed, mixed, mixed);
    let sci = [1e0, 1e1, 1e-1, 123e-2, 0.5e3];
    println!("{:?}", sci);
    let total: f64 = sci.iter().sum();
    println!("{}", total);
    let chars = ['a', '\x41', '\u{3b1}', '\'', '\\'];
    println!("{:?} {}", chars, chars.iter().collect::<String>());
    let u: u16 = 65_535;
    println!("{} {}", u, u.wrapping_add(1));
}
