// Numeric code rustc accepts: literals adapting, casts, methods returning Self, shifts with other types.
fn main() {
    let a: u8 = 200;
    let b = a as u32 + 100;
    let c: u64 = 1 << 40;
    let d = c >> 3u8;
    let e = (b as f64).sqrt().round() as i64;
    let f = i32::pow(2, 10) + 2_i32.pow(3);
    let g = u64::MAX / 2 + u64::from(a);
    let h: i32 = 7 % 3 * -1;
    let i: f32 = 1.5 * 2.0;
    let j = usize::try_from(h.abs()).unwrap_or(0);
    println!("{b} {c} {d} {e} {f} {g} {h} {i} {j}");
}
