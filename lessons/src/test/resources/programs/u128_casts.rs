// u128 and i128 casts are exact: u64::MAX as u128 * 3, u128::MAX, truncation to u64 and u32, sign extension, a float to u128
fn main() {
    let a: u64 = u64::MAX;
    let x = a as u128 * 3;
    println!("{}", x);
    println!("{}", x as u64);
    let y: u128 = u128::MAX;
    println!("{}", y);
    println!("{}", y as u64);
    println!("{}", (y >> 64) as u32);
    let z: i128 = -1;
    println!("{}", z as u128);
    println!("{}", (-5i64) as u128);
    println!("{}", 1u128 << 100);
    println!("{}", (1u128 << 100) / 7);
    let f: f64 = 1000000000000000000000000000000.0;
    println!("{}", f as u128);
    println!("{}", i128::MIN);
}
