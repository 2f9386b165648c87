// Comparison needs both sides of the same type too.
fn main() {
    let len: usize = 4;
    let limit: i32 = 3;
    if len > limit {
        println!("too long");
    }
}
