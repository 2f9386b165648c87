// A function that owns its String is given a string literal.
fn greet(name: String) -> String {
    format!("hello, {name}")
}

fn main() {
    let msg = greet("ferris");
    println!("{msg}");
}
