// A String moved into another binding cannot be used again.
fn main() {
    let greeting = String::from("hello");
    let moved = greeting;
    println!("{greeting} {moved}");
}
