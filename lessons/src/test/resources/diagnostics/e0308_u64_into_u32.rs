// Integer types do not convert silently.
fn main() {
    let total: u64 = 1_000;
    let small: u32 = total;
    println!("{small}");
}
