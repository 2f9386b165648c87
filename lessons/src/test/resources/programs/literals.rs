// Literals: byte strings and byte chars, float exponents, integer suffixes and separators, raw strings, escapes.
#[tokio::main]
async fn main() {
    let bs = b"hi\n";
    println!("{:?} {}", bs, bs.len());
    let b = b'a';
    println!("{} {} {}", b, b'\n', b'\x7f');
    let arr: &[u8] = b"ABC";
    let sum: u32 = arr.iter().map(|&x| x as u32).sum();
    println!("{:?} {}", arr, sum);
    println!("{} {} {} {}", 1e-3, 2.5E10, 1e3, 6.02e23);
    println!("{} {} {}", 1_000_000, 0xFF_u8, 0b1010_1010);
    println!("{} {} {}", 0o777, 1_2_3i64, 10usize);
    println!("{} {} {}", 3u8, 200i16 - 300, 5_f64 / 2.0);
    let r = r"C:\path\no\escape";
    let r2 = r#"he said "hi" \n"#;
    let r3 = r##"a "# inside"##;
    println!("{} | {} | {}", r, r2, r3);
    println!("{}", "tab\tend \u{48}\u{49} \x41 \\ \' \"");
    let multi = "line one
line two";
    println!("{}", multi);
    let cont = "joined \
                together";
    println!("{}", cont);
    println!("{}", 'z' as u32 - 'a' as u32);
    println!("{} {}", '\u{263A}', '\x21');
    println!("{:?}", b"\x00\xff");
    let x = 1.5e2f32;
    println!("{} {}", x, 2e-2_f64);
    println!("{}", 1_000.000_1);
}
