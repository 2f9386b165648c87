// Vec::push takes the element type.
fn main() {
    let mut ids: Vec<u32> = Vec::new();
    ids.push("a1");
    println!("{ids:?}");
}
