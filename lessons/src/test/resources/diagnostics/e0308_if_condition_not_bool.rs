// Rust has no truthiness: an integer is not a condition.
fn main() {
    let pending: usize = 3;
    if pending {
        println!("still waiting");
    }
}
