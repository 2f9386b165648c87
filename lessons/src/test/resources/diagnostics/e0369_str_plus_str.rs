fn greet(name: &str) -> String {
    "hello " + name
}

fn main() {
    println!("{}", greet("bob"));
}
