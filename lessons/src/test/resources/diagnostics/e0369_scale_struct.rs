// Multiplying a struct by a number with no `impl Mul<i32>`.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

fn main() {
    let m = Money { cents: 250 };
    let doubled = m * 2;
    println!("{:?}", doubled);
}
