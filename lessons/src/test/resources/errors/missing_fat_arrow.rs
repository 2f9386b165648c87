fn main() {
    let n = 3;
    match n {
        1 -> println!("one"),
        _ => println!("other"),
    }
}
