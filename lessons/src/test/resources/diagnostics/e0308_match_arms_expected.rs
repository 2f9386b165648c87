// Match arms checked against a declared type.
fn main() {
    let n = 3;
    let name: &str = match n {
        1 => "one",
        2 => "two",
        _ => 0,
    };
    println!("{name}");
}
