// Arithmetic needs both sides of the same integer type.
fn main() {
    let count: u32 = 10;
    let total: u64 = 1000;
    let avg = total / count;
    println!("{avg}");
}
