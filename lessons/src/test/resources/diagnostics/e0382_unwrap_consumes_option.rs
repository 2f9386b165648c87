// Option::unwrap takes the Option by value.
fn main() {
    let maybe = Some(String::from("value"));
    let v = maybe.unwrap();
    println!("{v} {:?}", maybe);
}
