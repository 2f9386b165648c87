// String + String: the right-hand side must be a &str.
fn main() {
    let hello = String::from("hello ");
    let world = String::from("world");
    let both = hello + world;
    println!("{both}");
}
