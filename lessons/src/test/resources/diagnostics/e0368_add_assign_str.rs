fn main() {
    let mut greeting = "hello";
    greeting += " world";
    println!("{}", greeting);
}
