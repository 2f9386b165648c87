// Literals past u64::MAX: only u128 and i128 hold them, by suffix or by the type the context gives.
fn main() {
    let a: u128 = 340282366920938463463374607431768211455;
    let b: i128 = -170141183460469231731687303715884105728;
    let c = 18446744073709551616u128;
    let d: i128 = 170141183460469231731687303715884105727;
    println!("{} {} {} {}", a, b, c, d);
    println!("{}", a / 3 + c);
    println!("{}", a == u128::MAX && b == i128::MIN && d == i128::MAX);
    let e: u128 = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff;
    println!("{:x} {}", e, e.count_ones());
    let f: i128 = 100000000000000000000 * 3 - 1;
    println!("{}", f);
    println!("{:?}", 18446744073709551616u128.checked_mul(18446744073709551616));
}
