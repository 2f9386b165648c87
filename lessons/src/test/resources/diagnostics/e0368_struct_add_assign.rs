#[derive(Debug)]
struct Money {
    cents: u64,
}

fn main() {
    let mut total = Money { cents: 0 };
    total += Money { cents: 150 };
    println!("{:?}", total);
}
