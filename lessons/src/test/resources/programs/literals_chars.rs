// Chars and byte literals in arithmetic, escapes, and iteration over bytes and chars.
#[tokio::main]
async fn main() {
    let digits = b"0123456789";
    let mut total = 0u32;
    for &d in digits.iter() {
        total += (d - b'0') as u32;
    }
    println!("total {}", total);
    let word = "Tokio";
    let codes: Vec<u32> = word.chars().map(|c| c as u32).collect();
    println!("{:?}", codes);
    let upper: String = word.bytes().map(|b| (b as char).to_ascii_uppercase()).collect();
    println!("{}", upper);
    let shifted: String = "abcxyz".chars().map(|c| (((c as u8 - b'a' + 3) % 26) + b'a') as char).collect();
    println!("{}", shifted);
    println!("{} {} {}", '\u{1F600}'.len_utf8(), 'é'.len_utf8(), 'a'.is_alphabetic());
    let raw = r"\d+\.\d*";
    println!("{} {}", raw, raw.len());
    println!("{}", b'A' as char);
    let hex = b"\x41\x42";
    println!("{:?} {}", hex, hex[1]);
    println!("{}", 1e3 as u32 + 2E2 as u32);
    println!("{} {}", 0x7f_i8, 0b1111_0000u8 >> 4);
}
