// The example: a string literal where a number was declared.
fn main() {
    let z: u32 = "hello";
    println!("{z}");
}
