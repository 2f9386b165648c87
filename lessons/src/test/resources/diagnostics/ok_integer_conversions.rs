// Integer conversions: as casts, From, TryFrom, u64 arithmetic with usize via as.
use std::convert::TryFrom;

fn main() {
    let n: usize = 300;
    let small = u8::try_from(n).unwrap_or(255);
    let wide = u64::from(small) * 2;
    let total = wide + n as u64;
    let back = total as usize;
    let signed: i32 = -5;
    let abs = signed.unsigned_abs();
    let f = total as f64 / 3.0;
    println!("{small} {wide} {total} {back} {abs} {f:.2}");
}
