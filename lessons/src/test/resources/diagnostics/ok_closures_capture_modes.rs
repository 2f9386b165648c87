// Closures that capture by reference, by mutable reference and by value, used after.
fn main() {
    let name = String::from("n");
    let greet = || format!("hi {name}");
    println!("{} {}", greet(), name);
    let mut log = Vec::new();
    let mut add = |s: &str| log.push(s.to_string());
    add("a");
    add("b");
    println!("{:?}", log);
    let data = vec![1, 2];
    let owned = move || data.len();
    println!("{}", owned());
    let count = 3;
    let copy = move || count + 1;
    println!("{} {}", copy(), count);
}
