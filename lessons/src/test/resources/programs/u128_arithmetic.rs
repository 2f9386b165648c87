// u128 and i128 arithmetic beyond 64 bits: products, hex, negation, division, sorting, pow, checked_add at u128::MAX
fn main() {
    let a: u128 = u64::MAX as u128 + 1;
    let b = (a - 1) * (a - 1);
    println!("{} {:x} {}", a, b, b > a);
    let c: i128 = -(a as i128) * 3;
    println!("{} {} {}", c, c < 0, (c / 7) % 1000);
    let mut v = vec![b, a, 1];
    v.sort();
    println!("{:?}", v);
    println!("{}", u128::MAX.checked_add(1).is_none());
    println!("{} {}", u128::BITS, i128::MAX);
    let d: u128 = 7;
    println!("{}", d.pow(40));
    println!("{}", (b as f64) > 100000000000000000000.0);
    println!("{}", a == (1u128 << 64));
}
